import type { Rule } from '../../core/rule.js';
import { readArgs } from './lib/args.js';
import { at, commandsRunning, display, type ShellDocument } from './lib/document.js';

const PROTECTED =
  /^(main|master|trunk|develop|production|prod|staging|release|stable|release\/.+|releases\/.+|gh-pages)$/;
/**
 * The branch GitHub Pages publishes from: static-site deploy guides (Vite's among them) build into
 * a fresh repository and force-push it there on every deploy. A site kept by hand on that branch
 * would lose its history, so it is still reported, without blocking.
 */
const PUBLISHING = /^gh-pages$/;
const FORCE = ['--force', '-f', '--force-with-lease', '--force-if-includes', '--mirror'];

export const forcePush: Rule<ShellDocument, 'force'> = {
  meta: {
    id: 'shell/force-push',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`git push --force` (or a `+refspec`, `--mirror`) to a protected branch: main, master, release branches.',
    messages: { force: 'git push {how} to {branch} rewrites its history and can discard commits others pushed' },
    examples: {
      invalid: [
        {
          code: 'git checkout main\ngit reset --soft v1.2.0\ngit push --force origin main\n',
          line: 3,
          path: 'scripts/release.sh',
        },
        { code: 'git push origin +HEAD:refs/heads/master\n', line: 1, path: 'scripts/x.sh' },
      ],
      valid: [
        { code: 'git push --force-with-lease origin "$BRANCH"\ngit push origin main\n', path: 'scripts/x.sh' },
        { code: 'git push -f origin feature/login\n', path: 'scripts/x.sh' },
        {
          code: 'cd dist && git init -b gh-pages && git add -A && git commit -m deploy\ngit push -f "$REMOTE" gh-pages\n',
          path: 'scripts/deploy-docs.sh',
        },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'git')) {
      const args = readArgs(command.argv, [
        '-C',
        '-c',
        '--git-dir',
        '--work-tree',
        '-o',
        '--push-option',
        '--repo',
        '--receive-pack',
        '--exec',
      ]);
      const operands = args.positionals.map((p) => p.value);
      if (operands[0] !== 'push') continue;
      const force = args.options.find((o) => FORCE.includes(o.name) || /^-[a-zA-Z]*f[a-zA-Z]*$/.test(o.name));
      const refspecs = operands.slice(2);
      for (const refspec of refspecs) {
        const plus = refspec.startsWith('+');
        const destination = (refspec.includes(':') ? refspec.split(':').pop()! : refspec.replace(/^\+/, '')).replace(
          /^refs\/heads\//,
          '',
        );
        if ((force || plus) && PROTECTED.test(destination)) {
          report({
            messageId: 'force',
            data: { how: force?.name ?? '+refspec', branch: display(destination) },
            ...at(command),
            ...(PUBLISHING.test(destination)
              ? { downgradedBecause: 'gh-pages is the publishing branch of a generated site, replaced on each deploy' }
              : {}),
          });
          break;
        }
      }
      if (force?.name === '--mirror')
        report({ messageId: 'force', data: { how: '--mirror', branch: 'every branch' }, ...at(command) });
    }
  },
};
