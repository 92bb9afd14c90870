DECLARE @sql nvarchar(max) = N'TRUNCATE TABLE dbo.AuditLog';
EXEC sp_executesql @sql;
