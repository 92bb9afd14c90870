const { execSync } = require('child_process');

execSync('npm run migrate', { stdio: 'inherit' });
execSync(`psql "${process.env.DATABASE_URL}" -c 'DROP TABLE IF EXISTS legacy_orders CASCADE'`, {
  stdio: 'inherit',
});
