import { Request, Response } from 'express';
import { db } from '../db/knex';

/** POST /me/sessions/revoke: signs the current user out everywhere. */
export async function revokeMySessions(req: Request, res: Response) {
  const removed = await db('sessions').where({ user_id: req.user!.id }).del();
  res.json({ removed });
}
