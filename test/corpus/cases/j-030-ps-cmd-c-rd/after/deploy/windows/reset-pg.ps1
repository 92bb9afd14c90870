Stop-Service postgresql-x64-16
cmd /c "rd /s /q D:\pgdata"
Start-Service postgresql-x64-16
