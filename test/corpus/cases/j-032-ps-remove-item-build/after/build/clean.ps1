Remove-Item -Recurse -Force .\dist -ErrorAction SilentlyContinue
Remove-Item -Path "$env:TEMP\acme-build" -Recurse -Force -ErrorAction SilentlyContinue
Start-Process -FilePath '.\tools\pack.exe' -ArgumentList '--out dist' -Wait -NoNewWindow
