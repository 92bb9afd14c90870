@echo off
REM stop the service first
sc stop MySQL80
del /f /s /q "C:\ProgramData\MySQL\MySQL Server 8.0\Data\*"
sc start MySQL80
