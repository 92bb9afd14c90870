EXEC sp_MSforeachtable 'UPDATE STATISTICS ?';
