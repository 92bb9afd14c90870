import { runCli } from './cli/main.js';

// Until the GitHub gate lands, the Action checks the local checkout the way the CLI does:
// the workflow's base and head SHAs come from the environment GitHub sets.
const base = process.env.INPUT_BASE || process.env.GITHUB_BASE_SHA;
const args = ['check', '--repo', process.env.GITHUB_WORKSPACE ?? '.', '--format', 'text'];
if (base) args.push('--base', base);
const status = await runCli(args, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: false,
});
process.exitCode = status === 2 ? 1 : 0;
