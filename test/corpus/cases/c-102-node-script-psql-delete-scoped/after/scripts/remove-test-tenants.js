const { execFileSync } = require('child_process');

execFileSync(
  'psql',
  [process.env.DATABASE_URL, '-c', "DELETE FROM tenants WHERE slug LIKE 'e2e-%'"],
  { stdio: 'inherit' },
);
