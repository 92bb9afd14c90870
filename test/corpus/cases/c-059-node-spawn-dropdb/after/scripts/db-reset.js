const { spawnSync } = require('child_process');

const dbName = process.env.PGDATABASE || 'shop';
spawnSync('dropdb', ['--if-exists', dbName], { stdio: 'inherit' });
spawnSync('createdb', [dbName], { stdio: 'inherit' });
