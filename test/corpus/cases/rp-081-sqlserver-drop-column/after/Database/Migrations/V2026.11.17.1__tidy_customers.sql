IF EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IX_Customers_Email' AND object_id = OBJECT_ID('dbo.Customers'))
    DROP INDEX IX_Customers_Email ON dbo.Customers;
GO
CREATE UNIQUE INDEX IX_Customers_Email ON dbo.Customers (Email) WHERE Email IS NOT NULL;
GO
ALTER TABLE dbo.Customers DROP CONSTRAINT DF_Customers_LegacyCreditLimit;
GO
ALTER TABLE dbo.Customers DROP COLUMN LegacyCreditLimit;
GO
