import type { ShellText } from './commands.js';

/**
 * A crontab given on stdin (`crontab -` fed by a heredoc or a pipe) as the script its jobs run:
 * each line's schedule (`m h dom mon dow` or `@daily`), comments and `NAME=value` lines become
 * spaces, and the text after an unescaped `%` (the job's stdin) too, so every command keeps its
 * place in the text and each job is judged as a command line of its own.
 */
export function crontabScript(table: ShellText): ShellText {
  const lines = table.text.split('\n');
  const out = lines.map((line) => {
    if (/^\s*(#|$)/.test(line) || /^\s*[A-Za-z_]\w*\s*=/.test(line)) return ' '.repeat(line.length);
    const schedule = line.trimStart().startsWith('@') ? /^\s*@\w+\s+/.exec(line) : /^\s*(\S+\s+){5}/.exec(line);
    if (!schedule) return ' '.repeat(line.length);
    const command = line.slice(schedule[0].length);
    const stdinAt = command.search(/(?<!\\)%/);
    const kept = stdinAt < 0 ? command : command.slice(0, stdinAt) + ' '.repeat(command.length - stdinAt);
    return ' '.repeat(schedule[0].length) + kept;
  });
  return { text: out.join('\n'), map: table.map };
}

/** `crontab -`, `crontab -u app -`, or `crontab` with no file: it installs what stdin gives it. */
export function crontabReadsStdin(argv: readonly string[]): boolean {
  let operand: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-u') {
      i++;
      continue;
    }
    if (/^-[lreiT]$/.test(word)) return false;
    if (word !== '-' && word.startsWith('-')) continue;
    operand ??= word;
  }
  return operand === undefined || operand === '-';
}
