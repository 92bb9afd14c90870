import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/hook/state.ts
import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var PENDING_TTL_MS = 60 * 60 * 1e3;
var GRANT_TTL_MS = 15 * 60 * 1e3;
function stateDirOf(env) {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  return join(base, "two-key");
}
function actionHash(actions, root) {
  return createHash("sha256").update(JSON.stringify([root, actions])).digest("hex");
}
function key(dir) {
  mkdirSync(dir, { recursive: true, mode: 448 });
  const file = join(dir, "key");
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, randomBytes(32).toString("hex"), { mode: 384 });
    renameSync(tmp, file);
  }
  chmodSync(file, 384);
  return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
}
function mac(dir, kind, body) {
  return createHmac("sha256", key(dir)).update(`${kind}
${JSON.stringify(body)}`).digest("hex");
}
function writeSigned(dir, kind, name, body) {
  const folder = join(dir, kind);
  mkdirSync(folder, { recursive: true, mode: 448 });
  const signed = { body, mac: mac(dir, kind, body) };
  writeFileSync(join(folder, `${name}.json`), JSON.stringify(signed), { mode: 384 });
}
function readSigned(dir, kind, name) {
  const file = join(dir, kind, `${name}.json`);
  let signed;
  try {
    signed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
  const expected = Buffer.from(mac(dir, kind, signed.body), "hex");
  const given = Buffer.from(String(signed.mac), "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void 0;
  return signed.body;
}
var ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
function recordPending(dir, pending, now) {
  let id = "";
  for (let i = 0; i < 8; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  writeSigned(dir, "pending", id, { ...pending, id, expires: now + PENDING_TTL_MS });
  return id;
}
function readPending(dir, id, now) {
  if (!/^[A-Z0-9]{8}$/.test(id)) return void 0;
  const pending = readSigned(dir, "pending", id);
  return pending && pending.id === id && pending.expires > now ? pending : void 0;
}
function grant(dir, pending, now) {
  writeSigned(dir, "grants", pending.hash, { hash: pending.hash, expires: now + GRANT_TTL_MS });
  rmSync(join(dir, "pending", `${pending.id}.json`), { force: true });
}
function consumeGrant(dir, hash, now) {
  if (!/^[0-9a-f]{64}$/.test(hash)) return false;
  const body = readSigned(dir, "grants", hash);
  const file = join(dir, "grants", `${hash}.json`);
  if (!body) return false;
  rmSync(file, { force: true });
  return body.hash === hash && body.expires > now;
}

export {
  GRANT_TTL_MS,
  stateDirOf,
  actionHash,
  recordPending,
  readPending,
  grant,
  consumeGrant
};
