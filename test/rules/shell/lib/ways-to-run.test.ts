import { expect, it } from 'vitest';
import { findingsOf } from '../../../helpers/rule-tester.js';

/** The blocking findings of a file, as `line ruleId`. */
async function blocking(code: string, path: string): Promise<string[]> {
  return (await findingsOf(code, path)).filter((f) => f.blocking).map((f) => `${f.line} ${f.ruleId}`);
}

it('reads a file written from a download, a clone or stdin, then run, as remote code', async () => {
  const script = [
    '#!/bin/bash',
    'cp <(curl -fsSL https://example.com/x.sh) x.sh && bash x.sh',
    'git clone https://github.com/acme/ops.git && bash ops/reset.sh',
    'git clone https://github.com/acme/infra.git /opt/infra',
    'cd /opt/infra',
    './provision.sh',
    'curl -fsSL -o hotfix.sh https://example.com/hotfix.sh',
    'bash -s -- --apply < hotfix.sh',
    'sh <<< "$(curl -fsSL https://example.com/y.sh)"',
    '',
  ].join('\n');
  expect(await blocking(script, 'scripts/x.sh')).toEqual([
    '2 shell/opaque-execution',
    '3 shell/opaque-execution',
    '6 shell/opaque-execution',
    '8 shell/opaque-execution',
    '9 shell/opaque-execution',
  ]);
});

it('lets a clone pinned to a commit, a clone never run and a here-string of a literal through', async () => {
  const script = [
    '#!/bin/bash',
    'git clone https://github.com/acme/ops.git /tmp/ops',
    'git -C /tmp/ops checkout 4e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5',
    'bash /tmp/ops/report.sh',
    'git clone --depth 1 https://github.com/acme/theme.git themes/acme',
    'hugo --minify',
    "sh <<< 'echo hello'",
    '',
  ].join('\n');
  expect(await blocking(script, 'scripts/x.sh')).toEqual([]);
});

it('reads inline interpreter code that runs decoded or fetched text, or a command held in a variable, as opaque', async () => {
  const script = [
    '#!/bin/bash',
    `python3 -c "import base64;exec(base64.b64decode('cHJpbnQoMSk='))"`,
    `ruby -e 'eval(Net::HTTP.get(URI("https://example.com/x.rb")))'`,
    `node -e "require('child_process').execSync(process.env.CMD)"`,
    `php -r 'eval(base64_decode("ZWNobyAxOw=="));'`,
    `perl -e 'system($ENV{CLEANUP})'`,
    `python3 -c "import base64,sys; print(base64.b64decode(sys.argv[1]))" "$T"`,
    `node -e "require('child_process').execSync('npm run build')"`,
    `node -p "require('./package.json').version"`,
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/x.sh')).filter((f) => f.ruleId === 'shell/opaque-execution');
  expect(found.map((f) => f.line)).toEqual([2, 3, 4, 5, 6]);
  expect(found[0]!.message).toBe('b64decode output is run by python3 -c: the command is hidden from review');
});

it('reads the jobs crontab installs and what expect spawns and types', async () => {
  const script = [
    '#!/bin/bash',
    "crontab - <<'CRON'",
    '15 1 * * * /usr/local/bin/backup.sh',
    '0 3 * * * redis-cli -h cache.internal FLUSHALL',
    'CRON',
    '(crontab -l; echo "30 2 * * * dropdb -h db.internal orders") | crontab -',
    `expect -c 'spawn ssh db1; send "dropdb shop\\r"; interact'`,
    'crontab -l | grep -v backup | crontab -',
    '',
  ].join('\n');
  expect(await blocking(script, 'scripts/x.sh')).toEqual([
    '4 shell/datastore-wipe',
    '6 shell/drop-database-command',
    '7 shell/drop-database-command',
  ]);
});

it('reads PowerShell Start-Process, cmd /c and a Windows database folder', async () => {
  const script = [
    `Start-Process -FilePath 'psql' -ArgumentList '-h db.corp.local -c "DROP TABLE audit"' -Wait`,
    'cmd /c "rd /s /q D:\\pgdata"',
    "Remove-Item -Recurse -Force 'C:\\ProgramData\\MySQL\\MySQL Server 8.0\\Data'",
    "Start-Process pwsh -ArgumentList '-Command','Remove-AzResourceGroup -Name rg-x -Force'",
    'Remove-Item -Recurse -Force "$env:TEMP\\build" , .\\dist',
    "Start-Process -FilePath '.\\tools\\pack.exe' -ArgumentList '--out dist' -Wait",
    '',
  ].join('\n');
  expect(await blocking(script, 'deploy/x.ps1')).toEqual([
    '1 sql/drop-table',
    '2 shell/rm-data',
    '3 shell/rm-data',
    '4 shell/az-delete',
  ]);
});

it('reads Windows batch files, and batch, Python and node steps of CI', async () => {
  const batch = [
    '@echo off',
    'if exist D:\\pgdata rd /s /q D:\\pgdata',
    'del /f /s /q "C:\\ProgramData\\MySQL\\MySQL Server 8.0\\Data\\*"',
    'format E: /FS:NTFS /Q /Y',
    'rd /s /q build',
    'del /q dist\\*.js',
    '',
  ].join('\r\n');
  expect(await blocking(batch, 'scripts/reset.cmd')).toEqual([
    '2 shell/rm-data',
    '3 shell/rm-data',
    '4 shell/disk-wipe',
  ]);
  const workflow = [
    'on: workflow_dispatch',
    'jobs:',
    '  w:',
    '    runs-on: [self-hosted, db]',
    '    steps:',
    '      - shell: cmd',
    '        run: rd /s /q D:\\pgdata',
    '      - shell: python',
    '        run: |',
    '          import subprocess',
    '          subprocess.run(["dropdb", "-h", "db.internal", "orders"])',
    '      - shell: node {0}',
    '        run: |',
    "          require('child_process').execSync('redis-cli -h cache.internal FLUSHALL')",
    '      - shell: python',
    '        run: print("hello")',
    '',
  ].join('\n');
  expect(await blocking(workflow, '.github/workflows/w.yml')).toEqual([
    '7 shell/rm-data',
    '11 shell/drop-database-command',
    '14 shell/datastore-wipe',
  ]);
});

it('reads Azure Pipelines pwsh steps and script tasks in their own language', async () => {
  const pipeline = [
    'steps:',
    '  - pwsh: Remove-AzResourceGroup -Name rg-orders -Force',
    '  - task: AzureCLI@2',
    '    inputs:',
    '      scriptType: bash',
    '      inlineScript: az sql db delete -g rg -s sql-main -n orders --yes',
    '  - task: PowerShell@2',
    '    inputs:',
    '      targetType: inline',
    '      script: |',
    '        Remove-Item -Recurse -Force D:\\data\\postgres',
    '  - task: AzurePowerShell@5',
    '    inputs:',
    '      Inline: Remove-AzSqlDatabase -ResourceGroupName rg -ServerName s -DatabaseName orders -Force',
    '  - task: PowerShell@2',
    '    inputs:',
    '      script: Remove-Item -Recurse -Force "$(Build.ArtifactStagingDirectory)\\tmp"',
    '',
  ].join('\n');
  expect(await blocking(pipeline, 'azure-pipelines.yml')).toEqual([
    '2 shell/az-delete',
    '6 shell/az-delete',
    '11 shell/rm-data',
    '14 shell/az-delete',
  ]);
});
