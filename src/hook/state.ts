import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Action } from './types.js';

/** How long a person has to approve a denied action, and how long an approval waits to be used. */
export const PENDING_TTL_MS = 60 * 60 * 1000;
export const GRANT_TTL_MS = 15 * 60 * 1000;

/**
 * Where two-key keeps runtime state, outside every repository: $XDG_STATE_HOME/two-key, else
 * ~/.local/state/two-key. The hook refuses commands that touch it.
 */
export function stateDirOf(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'two-key');
}

/** An action as a grant names it: the repository and exactly what runs or is written. */
export function actionHash(actions: readonly Action[], root: string): string {
  return createHash('sha256')
    .update(JSON.stringify([root, actions]))
    .digest('hex');
}

export interface Pending {
  id: string;
  hash: string;
  agent: string;
  cwd: string;
  /** What a person reads before approving: redacted. */
  summary: string;
  reasons: string[];
  expires: number;
}

interface Signed<T> {
  body: T;
  mac: string;
}

/** The signing key, made on first use, readable by its owner only. */
function key(dir: string): Buffer {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'key');
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, randomBytes(32).toString('hex'), { mode: 0o600 });
    renameSync(tmp, file);
  }
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

function mac(dir: string, kind: string, body: unknown): string {
  return createHmac('sha256', key(dir))
    .update(`${kind}\n${JSON.stringify(body)}`)
    .digest('hex');
}

function writeSigned(dir: string, kind: string, name: string, body: unknown): void {
  const folder = join(dir, kind);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const signed: Signed<unknown> = { body, mac: mac(dir, kind, body) };
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(signed), { mode: 0o600 });
}

function readSigned<T>(dir: string, kind: string, name: string): T | undefined {
  const file = join(dir, kind, `${name}.json`);
  let signed: Signed<T>;
  try {
    signed = JSON.parse(readFileSync(file, 'utf8')) as Signed<T>;
  } catch {
    return undefined;
  }
  const expected = Buffer.from(mac(dir, kind, signed.body), 'hex');
  const given = Buffer.from(String(signed.mac), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return signed.body;
}

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Records a denied action a person may approve; returns the id the agent is told to pass on. */
export function recordPending(dir: string, pending: Omit<Pending, 'id' | 'expires'>, now: number): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  writeSigned(dir, 'pending', id, { ...pending, id, expires: now + PENDING_TTL_MS } satisfies Pending);
  return id;
}

export function readPending(dir: string, id: string, now: number): Pending | undefined {
  if (!/^[A-Z0-9]{8}$/.test(id)) return undefined;
  const pending = readSigned<Pending>(dir, 'pending', id);
  return pending && pending.id === id && pending.expires > now ? pending : undefined;
}

/** Turns a pending approval into a grant for that exact action, once, for GRANT_TTL_MS. */
export function grant(dir: string, pending: Pending, now: number): void {
  writeSigned(dir, 'grants', pending.hash, { hash: pending.hash, expires: now + GRANT_TTL_MS });
  rmSync(join(dir, 'pending', `${pending.id}.json`), { force: true });
}

/** Whether a valid grant covers this action; a grant found is used up. */
export function consumeGrant(dir: string, hash: string, now: number): boolean {
  if (!/^[0-9a-f]{64}$/.test(hash)) return false;
  const body = readSigned<{ hash: string; expires: number }>(dir, 'grants', hash);
  const file = join(dir, 'grants', `${hash}.json`);
  if (!body) return false;
  rmSync(file, { force: true });
  return body.hash === hash && body.expires > now;
}
