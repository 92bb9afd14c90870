import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function main() {
  await pool.query('TRUNCATE TABLE sessions, refresh_tokens');
  console.log('sessions cleared');
  await pool.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
