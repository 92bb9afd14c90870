ALTER TABLE [dbo].[Users] DROP CONSTRAINT [DF_Users_IsLegacy];
GO
ALTER TABLE [dbo].[Users] DROP COLUMN [IsLegacy];
GO
