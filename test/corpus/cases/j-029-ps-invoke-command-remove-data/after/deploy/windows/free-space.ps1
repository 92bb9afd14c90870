param([string]$Server = 'sql01')
Invoke-Command -ComputerName $Server -ScriptBlock {
    Remove-Item -Path 'D:\SQLData\*' -Recurse -Force
}
