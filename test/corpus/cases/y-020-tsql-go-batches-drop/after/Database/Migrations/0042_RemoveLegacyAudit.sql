SET NOCOUNT ON;
GO
PRINT 'Removing legacy audit tables';
GO
DROP TABLE IF EXISTS [dbo].[AuditLegacy];
GO
IF OBJECT_ID(N'dbo.AuditArchive', N'U') IS NOT NULL
    DROP TABLE dbo.AuditArchive
GO
