import { Request, Response } from 'express';
import { db } from '../db/knex';
import { logger } from '../logger';

/**
 * POST /admin/sessions/reset
 * Signs every user out after the auth provider migration.
 */
export async function resetSessions(_req: Request, res: Response) {
  const removed = await db('sessions').del();
  logger.info({ removed }, 'sessions reset');
  res.json({ removed });
}
