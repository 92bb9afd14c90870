CREATE OR ALTER PROCEDURE dbo.GetInvoices
    @CustomerId INT,
    @Offset INT = 0,
    @PageSize INT = 50
AS
BEGIN
    SET NOCOUNT ON;
    SELECT InvoiceId, IssuedAt, Total
    FROM dbo.Invoices
    WHERE CustomerId = @CustomerId
    ORDER BY IssuedAt DESC
    OFFSET @Offset ROWS FETCH NEXT @PageSize ROWS ONLY;
END
GO

IF EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IX_Invoices_Customer' AND object_id = OBJECT_ID('dbo.Invoices'))
    DROP INDEX IX_Invoices_Customer ON dbo.Invoices;
GO
CREATE INDEX IX_Invoices_Customer ON dbo.Invoices (CustomerId, IssuedAt DESC) INCLUDE (Total);
GO
