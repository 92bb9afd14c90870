@echo off
sqlcmd -S sql-prod.corp.local -E -Q "DROP DATABASE OrdersOld"
