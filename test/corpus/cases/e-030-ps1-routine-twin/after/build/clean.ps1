$ErrorActionPreference = 'Stop'
Remove-Item -Recurse -Force .\dist, .\obj -ErrorAction SilentlyContinue
Invoke-WebRequest -Uri https://api.example.com/openapi.json -OutFile openapi.json
Invoke-Sqlcmd -ServerInstance localhost -Query "SELECT name FROM sys.databases"
# Remove-AzResourceGroup is never run from here
