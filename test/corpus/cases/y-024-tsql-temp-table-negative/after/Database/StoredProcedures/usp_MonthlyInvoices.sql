CREATE OR ALTER PROCEDURE dbo.usp_MonthlyInvoices @Month date
AS
BEGIN
    SET NOCOUNT ON;
    IF OBJECT_ID('tempdb..#inv') IS NOT NULL DROP TABLE #inv;
    SELECT InvoiceId, CustomerId, Total INTO #inv
    FROM dbo.Invoices WHERE InvoiceMonth = @Month;
    SELECT CustomerId, SUM(Total) AS Total FROM #inv GROUP BY CustomerId;
    DROP TABLE #inv;
END
GO
