import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts). */
export const paasDestroy = catalogRule(
  'shell/paas-destroy',
  'A platform CLI command that deletes data or whole services: Railway, Fly, Heroku, Supabase, Neon, PlanetScale, DigitalOcean.',
  {
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
);
