import type { Rule } from '../../core/rule.js';
import { hasOption, readArgs } from './lib/args.js';
import { at, commandsRunning, display, type ShellDocument } from './lib/document.js';

const WITH_VALUE = [
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--project-directory',
  '--env-file',
  '--profile',
  '-H',
  '--host',
  '--context',
  '--filter',
  '-t',
  '--timeout',
];

export const dockerVolumeRemove: Rule<ShellDocument, 'volume' | 'composeDown' | 'systemPrune'> = {
  meta: {
    id: 'shell/docker-volume-remove',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`docker volume rm`/`prune`, `docker compose down -v`, `docker system prune --volumes`: named volumes and the data in them are deleted.',
    messages: {
      volume: 'docker volume {verb} {what} deletes the volumes and the data in them',
      composeDown: '{program} down -v deletes the named volumes of the project, database data included',
      systemPrune: 'docker system prune --volumes deletes every volume no container uses',
    },
    examples: {
      invalid: [
        { code: 'ssh db-host docker volume rm pg_data\ndocker volume prune -f\n', line: 2, path: 'scripts/x.sh' },
        { code: 'reset:\n\tdocker compose -f compose.prod.yml down -v\n', line: 2, path: 'Makefile' },
      ],
      valid: [
        { code: 'docker compose down\ndocker volume ls\n', path: 'scripts/x.sh' },
        {
          code: 'jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker compose down -v\n',
          path: '.github/workflows/ci.yml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'docker', 'docker-compose', 'podman')) {
      if (command.origin.throwaway) continue;
      const args = readArgs(command.argv, WITH_VALUE);
      const operands = args.positionals.map((p) => p.value);
      const compose = command.argv[0]!.endsWith('docker-compose')
        ? operands
        : operands[0] === 'compose'
          ? operands.slice(1)
          : undefined;
      if (operands[0] === 'volume' && ['rm', 'remove', 'prune'].includes(operands[1] ?? '')) {
        report({
          messageId: 'volume',
          data: { verb: operands[1]!, what: display(operands.slice(2).join(' ') || 'unused') },
          ...at(command),
        });
      } else if (compose?.[0] === 'down' && hasOption(args, '-v', '--volumes')) {
        report({
          messageId: 'composeDown',
          data: { program: command.argv[0]!.endsWith('docker-compose') ? 'docker-compose' : 'docker compose' },
          ...at(command),
        });
      } else if (operands[0] === 'system' && operands[1] === 'prune' && hasOption(args, '--volumes')) {
        report({ messageId: 'systemPrune', ...at(command) });
      }
    }
  },
};
