import type { Rule } from '../../core/rule.js';
import { dynamicArgument, hasSubcommand, isLocalUrl, option, readArgs } from './lib/args.js';
import { commandsRunning, display, type ShellDocument } from './lib/document.js';

/** Options of the supabase CLI (global and `db reset`) that take a value. */
const WITH_VALUE = [
  '--db-url',
  '--workdir',
  '--profile',
  '--network-id',
  '--output',
  '-o',
  '--version',
  '--dns-resolver',
];

export const supabaseDbReset: Rule<ShellDocument, 'linked' | 'dbUrl' | 'dynamic'> = {
  meta: {
    id: 'shell/supabase-db-reset',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`supabase db reset --linked` or `--db-url` drops and recreates a remote database, not the local Docker stack.',
    messages: {
      linked:
        'supabase db reset --linked drops every table of the linked hosted project and recreates it from migrations',
      dbUrl:
        'supabase db reset --db-url drops every table of the database at that URL and recreates it from migrations',
      dynamic:
        'supabase db reset with an argument decided at run time ({arg}) may reset the linked project instead of the local stack',
    },
    examples: {
      invalid: [
        {
          code: '{\n  "scripts": {\n    "dev": "next dev",\n    "db:reset": "supabase db reset --linked"\n  }\n}\n',
          line: 4,
          path: 'package.json',
        },
        {
          code: '#!/usr/bin/env bash\nset -euo pipefail\nnpx supabase@1.176.10 db reset \\\n  --db-url "$DATABASE_URL"\n',
          line: 3,
          path: 'scripts/reset.sh',
        },
      ],
      valid: [
        { code: '{\n  "scripts": {\n    "db:reset": "supabase db reset"\n  }\n}\n', path: 'package.json' },
        {
          code: 'supabase db reset --db-url postgresql://postgres:postgres@127.0.0.1:54322/postgres\n',
          path: 'scripts/x.sh',
        },
        { code: '# supabase db reset --linked\necho "supabase db reset --linked"\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'supabase')) {
      const args = readArgs(command.argv, WITH_VALUE);
      if (!hasSubcommand(args, 'db', 'reset')) continue;
      const unit = command.span;
      const linked = option(args, '--linked');
      const dbUrl = option(args, '--db-url');
      const dynamic = dynamicArgument(args);
      if (linked && linked.value !== 'false') report({ messageId: 'linked', span: command.span, unit });
      else if (dbUrl && !isLocalUrl(dbUrl.value ?? '')) report({ messageId: 'dbUrl', span: command.span, unit });
      else if (dynamic !== undefined)
        report({ messageId: 'dynamic', data: { arg: display(dynamic) }, span: command.span, unit });
    }
  },
};
