import { pool } from '../db';

export async function resetSessions() {
  await pool.query('TRUNCATE TABLE sessions');
}
