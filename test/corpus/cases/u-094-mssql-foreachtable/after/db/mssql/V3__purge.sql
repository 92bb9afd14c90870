EXEC sp_MSforeachtable 'DELETE FROM ?';
