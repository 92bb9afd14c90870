@echo off
echo Preparing the backup volume E:
format E: /FS:NTFS /V:Backups /Q /Y
mkdir E:\backups
