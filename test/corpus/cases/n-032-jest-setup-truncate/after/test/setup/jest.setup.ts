import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL ?? 'postgres://localhost:5432/app_test' });

beforeEach(async () => {
  await pool.query('TRUNCATE users, orders, order_items RESTART IDENTITY CASCADE');
});

afterAll(async () => {
  await pool.query('DROP TABLE IF EXISTS jest_scratch');
  await pool.end();
});
