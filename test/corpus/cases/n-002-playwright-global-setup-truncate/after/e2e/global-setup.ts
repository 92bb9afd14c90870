import { Client } from 'pg';

export default async function globalSetup() {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  await client.query('TRUNCATE TABLE users, orders RESTART IDENTITY CASCADE');
  await client.end();
}
