import { db } from '../db';

export async function invite(teamId: string, email: string) {
  const expiresAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const [row] = await db('invitations').insert({ team_id: teamId, email, expires_at: expiresAt }).returning('*');
  return row;
}

export async function revoke(teamId: string, email: string) {
  await db('invitations').where({ team_id: teamId, email }).del();
}
