import { describe, expect, it } from 'vitest';
import { HELP_TEXT, UsageError, parseArgs } from '../../src/cli/args.js';

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected a UsageError for ${JSON.stringify(argv)}`);
}

describe('parseArgs', () => {
  it('gives check its defaults', () => {
    expect(parseArgs(['check'])).toEqual({ command: 'check', repo: '.', format: 'text' });
  });

  it('reads every check option, in both forms', () => {
    expect(
      parseArgs([
        'check',
        '--repo',
        '/src/app',
        '--base=origin/main',
        '--head',
        'feature/x',
        '--policy=two-key.yml',
        '--pr-author',
        'octocat',
        '--branch=claude/cleanup',
        '--pr-body',
        'body.md',
        '--format=json',
      ]),
    ).toEqual({
      command: 'check',
      repo: '/src/app',
      base: 'origin/main',
      head: 'feature/x',
      policy: 'two-key.yml',
      prAuthor: 'octocat',
      branch: 'claude/cleanup',
      prBodyFile: 'body.md',
      format: 'json',
    });
  });

  it('accepts every format', () => {
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      expect(parseArgs(['check', '--format', format])).toMatchObject({ format });
    }
  });

  it('keeps values after = verbatim, dashes and = included', () => {
    expect(parseArgs(['check', '--head=-weird', '--repo=a=b'])).toMatchObject({ head: '-weird', repo: 'a=b' });
  });

  it('takes a lone - as a value', () => {
    expect(parseArgs(['check', '--pr-body', '-'])).toMatchObject({ prBodyFile: '-' });
    expect(parseArgs(['check', '--terraform-plan', 'plan.json'])).toMatchObject({ terraformPlanFile: 'plan.json' });
  });

  it('rejects a bad format', () => {
    expect(usageError(['check', '--format', 'xml'])).toBe(
      'invalid --format "xml": expected text, json, markdown or sarif',
    );
  });

  it('rejects unknown options', () => {
    expect(usageError(['check', '--bogus'])).toBe('unknown option "--bogus" (see two-key --help)');
    expect(usageError(['check', '--bogus=1'])).toBe('unknown option "--bogus" (see two-key --help)');
    expect(usageError(['check', '-x'])).toBe('unknown option "-x" (see two-key --help)');
    expect(usageError(['--verbose'])).toBe('unknown option "--verbose" (see two-key --help)');
  });

  it('rejects a missing value', () => {
    expect(usageError(['check', '--base'])).toBe('option --base needs a value');
    expect(usageError(['check', '--base='])).toBe('option --base needs a value');
    expect(usageError(['check', '--base', '--head', 'x'])).toBe('option --base needs a value');
  });

  it('rejects an option given twice', () => {
    expect(usageError(['check', '--base', 'a', '--base=b'])).toBe('option --base given more than once');
  });

  it('rejects stray arguments', () => {
    expect(usageError(['check', 'main'])).toBe('check takes no arguments, got "main"');
    expect(usageError(['check', '--', '--base'])).toBe('check takes no arguments, got "--base"');
  });

  it('keeps messages on one line whatever the input', () => {
    expect(usageError(['check', '--format', 'a\nb'])).toBe(
      'invalid --format "a\\nb": expected text, json, markdown or sarif',
    );
    expect(usageError(['nope\r\n'])).toBe(
      'unknown command "nope\\r\\n": expected check, explain, init, hook-git, hook, approve or doctor',
    );
  });

  it('rejects unknown and missing commands', () => {
    expect(usageError(['chek'])).toBe(
      'unknown command "chek": expected check, explain, init, hook-git, hook, approve or doctor',
    );
    expect(usageError([])).toBe('missing command: try two-key check, or two-key --help');
  });

  it('reads explain', () => {
    expect(parseArgs(['explain', 'sql/drop-table'])).toEqual({ command: 'explain', rule: 'sql/drop-table' });
    expect(parseArgs(['explain', '--', '-odd'])).toEqual({ command: 'explain', rule: '-odd' });
    expect(usageError(['explain'])).toBe('explain needs a rule id, as in: two-key explain sql/drop-table');
    expect(usageError(['explain', 'a', 'b'])).toBe('explain takes one rule id, got also "b"');
    expect(usageError(['explain', '--format=json', 'a'])).toBe('unknown option "--format=json" (see two-key --help)');
  });

  it('reads help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', '--base', 'main', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', '--bogus', '--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['explain', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('does not take --help after -- as a request for help', () => {
    expect(usageError(['check', '--', '--help'])).toBe('check takes no arguments, got "--help"');
  });

  it('documents every check option in the help text', () => {
    for (const option of [
      '--repo',
      '--base',
      '--head',
      '--policy',
      '--pr-author',
      '--branch',
      '--pr-body',
      '--terraform-plan',
      '--format',
    ]) {
      expect(HELP_TEXT).toContain(option);
    }
  });
});
