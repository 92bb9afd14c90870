@echo off
setlocal
net stop postgresql-x64-16
if exist D:\pgdata rd /s /q D:\pgdata
initdb -D D:\pgdata -U postgres
net start postgresql-x64-16
