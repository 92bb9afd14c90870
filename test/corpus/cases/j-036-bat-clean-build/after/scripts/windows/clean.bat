@echo off
if exist build rd /s /q build
del /f /q dist\*.js
call npm ci
call npm run build
