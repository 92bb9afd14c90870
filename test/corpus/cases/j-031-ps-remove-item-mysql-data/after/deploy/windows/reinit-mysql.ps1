Stop-Service MySQL80
Remove-Item -Recurse -Force 'C:\ProgramData\MySQL\MySQL Server 8.0\Data'
& 'C:\Program Files\MySQL\MySQL Server 8.0\bin\mysqld.exe' --initialize-insecure
Start-Service MySQL80
