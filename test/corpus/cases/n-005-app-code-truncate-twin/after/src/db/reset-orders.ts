import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function resetOrders() {
  await pool.query('TRUNCATE users, orders, order_items RESTART IDENTITY CASCADE');
}
