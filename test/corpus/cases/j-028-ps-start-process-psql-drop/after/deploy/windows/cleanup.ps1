$ErrorActionPreference = 'Stop'
Write-Host 'Removing the legacy audit table'
Start-Process -FilePath 'psql' -ArgumentList '-h reporting-db.corp.local -U admin reporting -c "DROP TABLE audit_legacy"' -NoNewWindow -Wait
