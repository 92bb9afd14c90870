import type { Rule } from '../../core/rule.js';
import { DYNAMIC } from '../../parsers/shell/commands.js';
import { isDataPath, normalised, SYSTEM_TREE } from './lib/data-paths.js';
import {
  at,
  commandsRunning,
  display,
  runsOnThrowaway,
  type DocumentCommand,
  type ShellDocument,
} from './lib/document.js';

/** Variables the system or the CI runner always sets: a path led by one is not `/...` when it is unset. */
const ALWAYS_SET = /^"?\$\{?(TMPDIR|TMP|TEMP|RUNNER_TEMP|PWD|HOME|GITHUB_WORKSPACE|CI_PROJECT_DIR|XDG_[A-Z_]+)\}?"?\//;
/** The same in PowerShell and batch: `$env:TEMP\x`, `$PSScriptRoot\x`, `%TEMP%\x`, which Windows always sets. */
const ALWAYS_SET_WINDOWS =
  /^["']?(\$(env:(TEMP|TMP|USERPROFILE|LOCALAPPDATA|APPDATA|RUNNER_TEMP|AGENT_TEMPDIRECTORY|PIPELINE_WORKSPACE|GITHUB_WORKSPACE|BUILD_[A-Z_]+|SYSTEM_DEFAULTWORKINGDIRECTORY)|PSScriptRoot|HOME|PWD)\b|%(TEMP|TMP|USERPROFILE|LOCALAPPDATA|APPDATA|CD|~dp0)%?)[\\/]/i;

/** The home folder itself, however written: `~`, `"$HOME"`, `${HOME}/`, `$HOME/*`. */
function isWholeHome(written: string): boolean {
  return /^(~|"?\$\{?HOME\}?"?)\/?"?\*?$/.test(written);
}

export const rmData: Rule<ShellDocument, 'dataPath' | 'unsetVariable' | 'findDelete'> = {
  meta: {
    id: 'shell/rm-data',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`rm -r` of a database data directory, backups or a whole tree, or of a path that starts with a variable that may be unset (`rm -rf "$DIR/"*`); `find ... -delete` on the same.',
    messages: {
      dataPath: 'rm {flags} {path} deletes data files that no backup on this machine can bring back',
      unsetVariable: 'rm {flags} {path}: if the variable is empty the path becomes the root of the filesystem',
      findDelete: 'find {path} -delete deletes data files under it',
    },
    examples: {
      invalid: [
        {
          code: '#!/usr/bin/env bash\nPGVER=16\nDATA_DIR="/var/lib/postgresql/${PGVER}/main"\nsudo rm -rf "${DATA_DIR:?}"/*\n',
          line: 4,
          path: 'ops/restore-db.sh',
        },
        { code: 'rm -rf "$BUILD_ROOT/"*\n', line: 1, path: 'scripts/x.sh' },
        { code: 'find /var/backups/postgres -mtime +1 -delete\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: 'rm -rf node_modules dist "${TMPDIR:?}/build"\nfind . -name "*.pyc" -delete\n', path: 'scripts/x.sh' },
        { code: 'RUN rm -rf /var/lib/apt/lists/*\n', path: 'Dockerfile' },
        // A note, not blocking: a retention sweep of backups older than 30 days.
        { code: "find /var/backups/postgres -name 'app-*.dump' -mtime +30 -delete\n", path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'rm', 'find')) {
      if (runsOnThrowaway(command)) continue;
      if (command.argv[0]!.endsWith('find')) {
        if (!command.argv.includes('-delete')) continue;
        const roots = command.argv
          .slice(1)
          .filter((a, i, all) => !a.startsWith('-') && !all.slice(0, i).some((b) => b.startsWith('-')));
        const root = roots.find((r) => isDataPath(r));
        const retention = retentionOf(command.argv);
        if (root)
          report({
            messageId: 'findDelete',
            data: { path: display(root) },
            ...at(command),
            ...(retention ? { downgradedBecause: retention } : {}),
          });
        continue;
      }
      const flags = command.argv.slice(1).filter((a) => /^-[a-zA-Z]+$/.test(a) || /^--(recursive|force)$/.test(a));
      if (!flags.some((f) => /^-[a-zA-Z]*[rR]/.test(f) || f === '--recursive')) continue;
      const paths = command.argv.slice(1).filter((a) => !a.startsWith('-'));
      for (const path of paths) {
        const data = { flags: flags.join(' '), path: display(path) };
        const target = normalised(path);
        if (
          isDataPath(target.replace(/\/+\*?$/, '') || target) ||
          SYSTEM_TREE.test(target) ||
          isWholeHome(writtenWord(doc, command, path))
        ) {
          report({ messageId: 'dataPath', data, ...at(command) });
          break;
        }
        if (startsWithUnguardedVariable(doc, command, path)) {
          report({ messageId: 'unsetVariable', data, ...at(command) });
          break;
        }
      }
    }
  },
};

/** A retention window this long keeps the backups taken before a bad change until someone notices. */
const RETENTION_MIN_DAYS = 7;

/**
 * Why `find <dir> ... -delete` is a retention sweep, not a wipe: every file it deletes must be
 * older than a week (`-mtime +7`, `-ctime +30`, `-mmin +10080`), so the newest ones stay. An OR
 * (`-o`, `,`) or a negation in the expression can reach younger files, and a shorter window
 * keeps too little, and a test after `-delete` comes too late: those still block.
 */
function retentionOf(argv: readonly string[]): string | undefined {
  if (argv.some((a) => a === '-o' || a === '-or' || a === ',' || a === '!' || a === '-not')) return undefined;
  // find evaluates left to right: a test after -delete bounds nothing.
  const end = argv.indexOf('-delete');
  let days: number | undefined;
  for (let i = 1; i < end - 1; i++) {
    const value = /^\+(\d+)$/.exec(argv[i + 1]!)?.[1];
    if (value === undefined) continue;
    const n = Number(value);
    if (argv[i] === '-mtime' || argv[i] === '-ctime') days = Math.max(days ?? 0, n);
    else if (argv[i] === '-mmin' || argv[i] === '-cmin') days = Math.max(days ?? 0, Math.floor(n / 1440));
  }
  if (days === undefined || days < RETENTION_MIN_DAYS) return undefined;
  return `retention: it deletes only files older than ${days} days, so the newest ones stay`;
}

/** `"$DIR/"*` or `$DIR/data`: a path led by an expansion with no `:?` guard, which is `/...` when the variable is empty. */
function startsWithUnguardedVariable(doc: ShellDocument, command: DocumentCommand, path: string): boolean {
  if (!path.startsWith(DYNAMIC + '/')) return false;
  const written = writtenWord(doc, command, path);
  return (
    !/^"?\$\{\w+:?\?/.test(written) &&
    !/^"?\$\(/.test(written) &&
    !ALWAYS_SET.test(written) &&
    !ALWAYS_SET_WINDOWS.test(written) &&
    !holdsTemporaryDirectory(doc, command, written)
  );
}

/**
 * `dir="$(mktemp -d)"` set by the script itself before the command, and never set otherwise: the
 * variable holds a fresh directory mktemp made (under `set -e` a failed mktemp ends the script),
 * so `$dir/x` is never `/x`.
 */
function holdsTemporaryDirectory(doc: ShellDocument, command: DocumentCommand, written: string): boolean {
  const name = /^"?\$\{?(\w+)/.exec(written)?.[1];
  if (!name) return false;
  const before = (doc.assignments ?? []).filter((a) => a.name === name && a.span.end <= command.span.start);
  const fromMktemp = (a: (typeof before)[number]) => {
    const statement = doc.text.slice(a.span.start, a.span.end).trim();
    const value = statement.slice(statement.indexOf('=') + 1).replace(/^(["'])(.*)\1$/s, '$2');
    return /^\$\(\s*mktemp\b[^)]*\s(?:-d|--directory)\b[^)]*\)$/.test(value);
  };
  return before.some((a) => a.unconditional) && before.every(fromMktemp);
}

/** An argument as written in the file (quotes and expansions included); empty when it has no span. */
function writtenWord(doc: ShellDocument, command: DocumentCommand, word: string): string {
  const span = command.argSpans[command.argv.indexOf(word)];
  return span ? doc.text.slice(span.start, span.end) : '';
}
