import { pool } from '../db';

export async function resetProjects(): Promise<void> {
  await pool.query('DROP TABLE projects');
}
