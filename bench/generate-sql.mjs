// Writes a deterministic corpus of realistic Postgres migrations for the throughput bench:
// ~20 MB in ~2000 files of varying size under OUT/corpus, plus one ~50 MB file made by
// concatenating corpus files under OUT/large (kept apart: it exercises a different code path,
// the per-statement fallback above the whole-file parse limit, and a different memory profile).
//
//   node bench/generate-sql.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULTS = { seed: 20260401, files: 2000, totalBytes: 20e6, largeBytes: 50e6 };

/** mulberry32: tiny, fast and good enough; the point is the same corpus on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (s) => s.trim().split(/\s+/);
const NOUNS = words(`user account order invoice payment product shipment session audit_event tenant
  subscription coupon address review ledger_entry webhook api_key report`);
const TYPES = words('bigint integer text varchar(255) boolean timestamptz numeric(12,2) jsonb uuid date text[] inet');
// Quotes, Unicode, SQL inside strings, a tab: what trips up a tokenizer.
const WORDS = "alpha|Ünïcödé|O'Brien|lorem ipsum|naïve café|x; DROP TABLE users; --|$1|tab\there|東京|ok".split('|');

function makeGen(r) {
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const table = () => `${pick(['', '', 'public.', 'billing.'])}${pick(NOUNS)}s${pick(['', '', '_v2', '_archive'])}`;
  const col = () => `${pick(NOUNS)}_${pick(['id', 'name', 'status', 'created_at', 'total', 'flags', 'meta', 'note'])}`;
  const str = () => `'${pick(WORDS).replace(/'/g, "''")}'`;
  const value = (type) =>
    type.startsWith('bool')
      ? pick(['true', 'false'])
      : /int|numeric/.test(type)
        ? String(int(0, 1e6))
        : type === 'jsonb'
          ? `'{"k": ${int(0, 99)}, "s": "v"}'::jsonb`
          : type.startsWith('timestamp')
            ? `now() - interval '${int(1, 90)} days'`
            : str();

  const createTable = () => {
    const t = table();
    const cols = Array.from({ length: int(5, 40) }, (_, i) => {
      const type = pick(TYPES);
      const extra = pick([
        '',
        '',
        ' NOT NULL',
        ` DEFAULT ${value(type)}`,
        ' UNIQUE',
        ` CHECK (length(${col()}::text) < 500)`,
      ]);
      return `    ${col()}_${i} ${type}${extra}`;
    });
    return `-- ${pick(NOUNS)} storage\nCREATE TABLE IF NOT EXISTS ${t} (\n    id bigserial PRIMARY KEY,\n${cols.join(',\n')},\n    tenant_id bigint REFERENCES tenants(id) ON DELETE CASCADE\n);\nCOMMENT ON TABLE ${t} IS ${str()};\n`;
  };
  const createIndex = () =>
    `CREATE ${pick(['', 'UNIQUE '])}INDEX ${pick(['', 'CONCURRENTLY '])}IF NOT EXISTS idx_${int(1, 1e6)} ON ${table()} USING ${pick(['btree', 'gin', 'brin'])} (${col()}${pick(['', `, ${col()}`])})${pick(['', ` WHERE deleted_at IS NULL`])};\n`;
  const alter = () =>
    pick([
      () => `ALTER TABLE ${table()} ADD COLUMN IF NOT EXISTS ${col()} ${pick(TYPES)} DEFAULT NULL;\n`,
      () => `ALTER TABLE ${table()} DROP COLUMN IF EXISTS ${col()};\n`,
      () => `ALTER TABLE ${table()} ALTER COLUMN ${col()} TYPE ${pick(TYPES)} USING ${col()}::${pick(TYPES)};\n`,
      () =>
        `ALTER TABLE ONLY ${table()}\n    ADD CONSTRAINT fk_${int(1, 1e6)} FOREIGN KEY (${col()}) REFERENCES ${table()}(id) NOT VALID;\n`,
    ])();
  const insert = () => {
    const types = Array.from({ length: int(2, 8) }, () => pick(TYPES));
    const rows = Array.from({ length: int(10, 500) }, () => `    (${types.map(value).join(', ')})`);
    return `INSERT INTO ${table()} (${types.map((_, i) => `${col()}_${i}`).join(', ')}) VALUES\n${rows.join(',\n')}\nON CONFLICT DO NOTHING;\n`;
  };
  const update = () =>
    `UPDATE ${table()} SET ${col()} = ${str()}, updated_at = now()\n WHERE ${col()} IN (${Array.from({ length: int(1, 30) }, () => int(1, 1e6)).join(', ')}) AND status <> 'archived';\n`;
  const del = () =>
    `DELETE FROM ${table()} WHERE created_at < now() - interval '${int(30, 900)} days' AND ${col()} IS NULL;\n`;
  const doBlock = () =>
    `DO $$\nDECLARE\n    r record;\nBEGIN\n    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status_${int(1, 999)}') THEN\n        CREATE TYPE status_${int(1, 999)} AS ENUM ('new', 'active', 'closed');\n    END IF;\n    FOR r IN SELECT id FROM ${table()} WHERE ${col()} IS NULL LOOP\n        UPDATE ${table()} SET ${col()} = 'x' WHERE id = r.id; -- backfill\n    END LOOP;\nEND\n$$;\n`;
  const fn = () => {
    const name = `trg_${pick(NOUNS)}_${int(1, 9999)}`;
    return `/* keeps updated_at current; see ticket ${int(100, 9999)} */\nCREATE OR REPLACE FUNCTION ${name}() RETURNS trigger\n    LANGUAGE plpgsql AS $fn$\nBEGIN\n    NEW.updated_at := now();\n    IF TG_OP = 'DELETE' THEN\n        INSERT INTO audit_events (tbl, row_id, note) VALUES (TG_TABLE_NAME, OLD.id, 'it''s gone; $$ not a quote');\n        RETURN OLD;\n    END IF;\n    RETURN NEW;\nEND;\n$fn$;\nCREATE TRIGGER ${name} BEFORE UPDATE OR DELETE ON ${table()}\n    FOR EACH ROW EXECUTE FUNCTION ${name}();\n`;
  };
  // Rare destructive statements, so the analyser has findings to report, as real corpora do.
  const destructive = () =>
    pick([
      `DROP TABLE IF EXISTS ${table()} CASCADE;\n`,
      `TRUNCATE ${table()};\n`,
      `DROP INDEX IF EXISTS idx_${int(1, 1e6)};\n`,
    ]);
  const comment = () =>
    `-- ${pick(WORDS)}: DROP TABLE in a comment is not a statement\n/* block comment\n   spanning lines; DELETE FROM x; */\n`;

  const weighted = [
    [createTable, 5],
    [createIndex, 6],
    [alter, 8],
    [insert, 3],
    [update, 5],
    [del, 3],
    [doBlock, 2],
    [fn, 2],
    [destructive, 1],
    [comment, 3],
  ];
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  const statement = () => {
    let x = r() * total;
    for (const [f, w] of weighted) if ((x -= w) < 0) return f();
    return comment();
  };
  return { int, pick, statement };
}

/** Sizes: 90% small (300 B-20 KB), 10% medium (20-400 KB), log-uniform, scaled to the total. */
function fileSizes(r, files, totalBytes) {
  const logUniform = (lo, hi) => Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));
  const raw = Array.from({ length: files }, () => (r() < 0.9 ? logUniform(300, 20e3) : logUniform(20e3, 400e3)));
  const scale = totalBytes / raw.reduce((a, b) => a + b, 0);
  return raw.map((s) => Math.max(200, Math.round(s * scale)));
}

/** Writes the corpus; returns { corpusDir, largeFile, files, bytes, largeBytes }. */
export function generateCorpus(outDir, options = {}) {
  const { seed, files, totalBytes, largeBytes } = { ...DEFAULTS, ...options };
  const r = rng(seed);
  const g = makeGen(r);
  const corpusDir = join(outDir, 'corpus');
  const texts = [];
  let bytes = 0;
  fileSizes(r, files, totalBytes).forEach((target, i) => {
    // Nested like a monorepo's services, so DIR arguments are searched recursively.
    const dir = join(corpusDir, `service-${i % 17}`, 'migrations');
    mkdirSync(dir, { recursive: true });
    const parts = [];
    let size = 0;
    // A few files carry psql meta-commands, as shipped extension scripts do: the parser
    // rejects them, so the fallback path is exercised in realistic proportion.
    if (r() < 0.03) parts.push('\\echo Use "CREATE EXTENSION" to load this file. \\quit\n');
    parts.push(g.pick(['BEGIN;\n', '', '', "SET statement_timeout = 0;\nSET lock_timeout = '5s';\n"]));
    // Stop short rather than overshoot: one 500-row INSERT would otherwise dwarf a small file.
    for (let misses = 0; size < target && misses < 20;) {
      const s = g.statement();
      const n = Buffer.byteLength(s) + 1;
      if (size > 0 && size + n > target * 1.1) {
        misses++;
      } else {
        parts.push(s);
        size += n;
      }
    }
    const text = parts.join('\n');
    writeFileSync(join(dir, `V${String(i + 1).padStart(4, '0')}__${g.pick(NOUNS)}.sql`), text);
    texts.push(text);
    bytes += Buffer.byteLength(text);
  });

  // The large file: whole corpus files back to back (statements never cut in half), minus
  // those with psql meta-commands: a \quit mid-file would make the rest of it meaningless.
  const largeDir = join(outDir, 'large');
  mkdirSync(largeDir, { recursive: true });
  const clean = texts.filter((t) => !t.startsWith('\\'));
  const largeParts = [];
  let large = 0;
  for (let i = 0; large < largeBytes; i = (i + 1) % clean.length) {
    largeParts.push(clean[i]);
    large += Buffer.byteLength(clean[i]) + 1;
  }
  const largeFile = join(largeDir, 'large.sql');
  writeFileSync(largeFile, largeParts.join('\n'));
  return { corpusDir, largeFile, files: texts.length, bytes, largeBytes: large };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: node bench/generate-sql.mjs OUT_DIR');
  const res = generateCorpus(out);
  console.log(
    `${res.files} files, ${(res.bytes / 1e6).toFixed(1)} MB in ${res.corpusDir}; ${(res.largeBytes / 1e6).toFixed(1)} MB in ${res.largeFile}`,
  );
}
