param([string]$Environment = 'staging')
$ErrorActionPreference = 'Stop'
Write-Host "Tearing down $Environment"
Remove-AzSqlDatabase -ResourceGroupName "rg-shop-$Environment" -ServerName "sql-shop-$Environment" -DatabaseName shop -Force
Remove-AzResourceGroup -Name "rg-shop-$Environment" -Force
