import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  wordAlternation
} from "./chunk-WG42RVUK.js";
import {
  parsePostgres
} from "./chunk-25IFS2WD.js";
import {
  WRAPPER_PROGRAMS
} from "./chunk-FJFFMLKF.js";

// src/parsers/universal/candidates.ts
var LEADING_COMMENTS = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)*/;
var STATEMENT = /^(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO(?=\s*(?:\$|'|[EU]&?'|LANGUAGE\b))|RENAME|REPLACE|WITH|BEGIN|SET(?!\s+[-+])|USE|START\s+TRANSACTION|\\[a-z!])\b/i;
var NAME = String.raw`(?:[\w$]+|` + "`[^`]+`" + String.raw`|"[^"]+"|\[[^\]]+\])(?:\.(?:[\w$]+|` + "`[^`]+`" + String.raw`|"[^"]+"|\[[^\]]+\]))*`;
var BARE_STATEMENT = new RegExp(
  String.raw`^(?:DROP\s+(?:TABLE|DATABASE|SCHEMA|VIEW|MATERIALIZED\s+VIEW|TYPE|DOMAIN|EXTENSION|SEQUENCE|FUNCTION|INDEX|COLLECTION|KEYSPACE)\s+(?:IF\s+EXISTS\s+)?${NAME}(?:\s*,\s*${NAME})*(?:\s+(?:CASCADE|RESTRICT|PURGE))?|TRUNCATE\s+(?:TABLE\s+)?${NAME}(?:\s*,\s*${NAME})*(?:\s+(?:CASCADE|RESTRICT|RESTART\s+IDENTITY))*|DELETE\s+FROM\s+${NAME}|ALTER\s+TABLE\s+${NAME}\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?${NAME}(?:\s+CASCADE)?)\s*;?\s*$`,
  "i"
);
function statementText(text) {
  const body = text.slice(LEADING_COMMENTS.exec(text)?.[0].length ?? 0);
  return STATEMENT.test(body) ? body : void 0;
}
function parsesAsPostgres(text) {
  try {
    return parsePostgres(text).statements.length > 0;
  } catch {
    return false;
  }
}
function statementShaped(text) {
  const body = statementText(text);
  if (body === void 0) return void 0;
  const trimmed = body.trim();
  if (trimmed.startsWith("\\")) return void 0;
  return isSentenceCase(trimmed) ? void 0 : trimmed;
}
function mayBeSqlSnippet(snippet) {
  return statementShaped(snippet.text) !== void 0;
}
function isSqlSnippet(snippet) {
  const trimmed = statementShaped(snippet.text);
  if (trimmed === void 0) return false;
  if (parsesAsPostgres(trimmed)) return true;
  if (snippet.structured && BARE_STATEMENT.test(trimmed)) return true;
  return trimmed.endsWith(";") && !hasProse(trimmed);
}
function isSentenceCase(text) {
  const [first, second] = text.split(/\s+/, 2);
  return /^[A-Z][a-z]+$/.test(first ?? "") && /^[a-z]+$/.test(second ?? "");
}
function hasProse(text) {
  return /\b(?:the|a|an|then|before|after|once|you|we|please|should|will|must|when|if you)\s+\w+\s+\w+/i.test(text) && !/\bWHERE\b|\bFROM\b\s+\w+\s*;?$/i.test(text);
}
var PROGRAMS = /* @__PURE__ */ new Set([
  "rm",
  "find",
  "dd",
  "shred",
  "mkfs",
  "truncate",
  "rsync",
  "psql",
  "mysql",
  "mariadb",
  "sqlite3",
  "sqlcmd",
  "dropdb",
  "dropuser",
  "mysqladmin",
  "pg_restore",
  "mongo",
  "mongosh",
  "redis-cli",
  "cqlsh",
  "bq",
  "snowsql",
  "clickhouse-client",
  "terraform",
  "tofu",
  "terragrunt",
  "pulumi",
  "cdk",
  "sst",
  "serverless",
  "sls",
  "kubectl",
  "oc",
  "helm",
  "docker",
  "docker-compose",
  "podman",
  "aws",
  "gcloud",
  "gsutil",
  "az",
  "doctl",
  "heroku",
  "fly",
  "flyctl",
  "railway",
  "vercel",
  "render",
  "supabase",
  "firebase",
  "neonctl",
  "planetscale",
  "pscale",
  "git",
  "rails",
  "rake",
  "bundle",
  "bin/rails",
  "prisma",
  "npx",
  "pnpm",
  "yarn",
  "npm",
  "bunx",
  "python",
  "python3",
  "php",
  "dotnet",
  "mix",
  "knex",
  "sequelize",
  "typeorm",
  "drizzle-kit",
  "alembic",
  "flyway",
  "liquibase",
  "migrate",
  "dbmate",
  "goose",
  "atlas",
  "sqitch",
  "sh",
  "bash",
  "zsh",
  "eval",
  "ssh",
  "curl",
  "wget",
  // Framework and storage CLIs the catalog and the migration-tool rules read.
  "artisan",
  "bin/console",
  "manage.py",
  "django-admin",
  "mix",
  "azcopy",
  "rclone",
  "mc",
  "clickhouse",
  "wrangler"
]);
var PROGRAM_WORD = new RegExp(`\\b${wordAlternation(PROGRAMS)}\\b`, "g");
var SQL_WORDS = /\b(?:drop|truncate|delete|alter|update|merge|copy|exec|execute|grant|revoke)\b/i;
var ANY_PROGRAM = new RegExp(PROGRAM_WORD.source, "i");
function mayHoldAnything(text) {
  return SQL_WORDS.test(text) || ANY_PROGRAM.test(text);
}
function commandHintLines(text, skip) {
  const lines = [];
  let line = 0;
  let counted = 0;
  for (const m of text.matchAll(PROGRAM_WORD)) {
    if (skip?.(m.index)) continue;
    for (let nl = text.indexOf("\n", counted); nl >= 0 && nl < m.index; nl = text.indexOf("\n", nl + 1)) line++;
    counted = m.index;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}
function mayHoldCommand(text) {
  for (const segment of text.split(/\n|&&|\|\||;|\|/)) {
    const words = segment.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && (WRAPPER_PROGRAMS.has(words[i]) || /^\w+=/.test(words[i]) || words[i].startsWith("-")))
      i++;
    const candidates = i > 0 ? words.slice(i) : words.slice(0, 1);
    for (const word of candidates) {
      const program = word.replace(/^["'(]+/, "");
      if (PROGRAMS.has(program) || PROGRAMS.has(program.slice(program.lastIndexOf("/") + 1))) {
        if (!isSentence(segment)) return true;
      }
    }
  }
  return false;
}
function leadsWithProgram(text) {
  const first = text.split(/&&|\|\||;|\|/)[0] ?? "";
  if (/^\s*[\w.-]+\s*(?:=>|:=|:|=)\s/.test(first)) return false;
  return mayHoldCommand(first);
}
function isSentence(line) {
  const trimmed = line.trim();
  return /[A-Za-z]{2,}[.!?]$/.test(trimmed) && trimmed.split(/\s+/).length >= 3;
}

export {
  mayBeSqlSnippet,
  isSqlSnippet,
  mayHoldAnything,
  commandHintLines,
  mayHoldCommand,
  leadsWithProgram,
  isSentence
};
