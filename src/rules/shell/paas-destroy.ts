import type { Rule } from '../../core/rule.js';
import { reportCatalog, type CliCatalog } from './catalog.js';
import type { ShellDocument } from './document.js';

const COMMON = [
  '--service',
  '-s',
  '--environment',
  '-e',
  '--project',
  '-p',
  '-a',
  '--app',
  '--config',
  '-c',
  '-r',
  '--remote',
  '--org',
  '--project-id',
  '--region',
  '-o',
  '--output',
];

const CATALOGS: CliCatalog[] = [
  {
    programs: ['railway'],
    withValue: COMMON,
    entries: [
      { path: 'volume delete', destroys: 'the volume and its data' },
      { path: 'down', destroys: 'the latest deployment of the service' },
      { path: 'environment delete', destroys: 'the environment with its services and volumes' },
      { path: 'service delete', destroys: 'the service and its volumes' },
    ],
  },
  {
    programs: ['fly', 'flyctl'],
    withValue: COMMON,
    entries: [
      { path: 'volumes destroy', destroys: 'the volume and its data' },
      { path: 'volumes delete', destroys: 'the volume and its data' },
      { path: 'volume destroy', destroys: 'the volume and its data' },
      { path: 'apps destroy', destroys: 'the app with its volumes' },
      { path: 'apps delete', destroys: 'the app with its volumes' },
      { path: 'postgres destroy', destroys: 'the Postgres cluster and its data' },
    ],
  },
  {
    programs: ['heroku'],
    withValue: COMMON,
    entries: [
      { path: 'pg:reset', destroys: 'every table of the Heroku Postgres database' },
      { path: 'apps:destroy', destroys: 'the app with its add-ons and their data' },
      { path: 'addons:destroy', destroys: 'the add-on and its data' },
    ],
  },
  {
    programs: ['supabase'],
    withValue: ['--project-ref', '--workdir'],
    entries: [{ path: 'projects delete', destroys: 'the hosted project and its database' }],
  },
  {
    programs: ['neonctl', 'neon'],
    withValue: ['--project-id', '--api-key', '--org-id', '-o', '--output'],
    entries: [
      { path: 'branches delete', destroys: 'the branch and its data' },
      { path: 'branch delete', destroys: 'the branch and its data' },
      { path: 'projects delete', destroys: 'the project and every branch' },
      { path: 'databases delete', destroys: 'the database' },
    ],
  },
  {
    programs: ['pscale'],
    withValue: ['--org', '--service-token', '--service-token-id', '-f', '--format'],
    entries: [
      { path: 'database delete', destroys: 'the database and every branch' },
      { path: 'branch delete', destroys: 'the branch and its data' },
    ],
  },
  {
    programs: ['doctl'],
    withValue: ['-t', '--access-token', '-o', '--output', '--context'],
    entries: [
      { path: 'databases delete', destroys: 'the managed database cluster' },
      { path: 'compute volume delete', destroys: 'the volume and its data' },
    ],
  },
];

export const paasDestroy: Rule<ShellDocument, 'destroys'> = {
  meta: {
    id: 'shell/paas-destroy',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A platform CLI command that deletes data or whole services: Railway, Fly, Heroku, Supabase, Neon, PlanetScale, DigitalOcean.',
    messages: { destroys: '{command} deletes {destroys}' },
    examples: {
      invalid: [
        { code: 'railway volume delete --volume pg-data --yes\n', line: 1, path: 'scripts/x.sh' },
        { code: 'release: heroku pg:reset DATABASE_URL --confirm acme\nweb: bin/start\n', line: 1, path: 'Procfile' },
        { code: 'nuke:\n  fly apps destroy acme-api --yes\n', line: 2, path: 'justfile' },
        {
          code: 'neonctl branches delete preview-123 --project-id p1\npscale database delete acme --force\n',
          line: 2,
          path: 'scripts/x.sh',
        },
      ],
      valid: [{ code: 'railway up --service api --environment staging --detach\nfly deploy\n', path: 'scripts/x.sh' }],
    },
  },
  check(doc, report) {
    for (const catalog of CATALOGS) reportCatalog(doc, catalog, report);
  },
};
