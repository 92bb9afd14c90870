import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  ormChecker
} from "./chunk-IM3RFE2U.js";
import {
  netReads,
  universalKindOf
} from "./chunk-RKFEUSH7.js";
import {
  UNKNOWN,
  readCode
} from "./chunk-JARE72S4.js";
import {
  commandContexts
} from "./chunk-6QULEKZ6.js";
import {
  cliSqlFindings,
  shellRules
} from "./chunk-3AJ22T4V.js";
import {
  embeddedSqlFindings
} from "./chunk-R3TQSVBK.js";
import {
  parseYamlWithPositions,
  scalarText
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist
} from "./chunk-ZBXWAF4J.js";
import {
  isShellSource
} from "./chunk-K4GG7FI2.js";
import {
  parseJson
} from "./chunk-QBLIXYYC.js";
import {
  loadPostgresParser,
  parsePostgres,
  parseShell,
  sqlChecker
} from "./chunk-3WNRY6BI.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets,
  mapSpan,
  shiftBy
} from "./chunk-GBH2K4QU.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/parsers/universal/candidates.ts
var LEADING_COMMENTS = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)*/;
var STATEMENT = /^(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO|RENAME|REPLACE|WITH|BEGIN|SET|USE|START\s+TRANSACTION|\\[a-z!])\b/i;
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
function isSqlSnippet(snippet) {
  const body = statementText(snippet.text);
  if (body === void 0) return false;
  const trimmed = body.trim();
  if (trimmed.startsWith("\\")) return false;
  if (isSentenceCase(trimmed)) return false;
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
  "clickhouse"
]);
var escape = (word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
var PROGRAM_WORD = new RegExp(
  `\\b(?:${[...PROGRAMS].sort((a, b) => b.length - a.length).map(escape).join("|")})\\b`,
  "g"
);
var SQL_WORDS = /\b(?:drop|truncate|delete|alter|update|merge|copy|exec|execute|grant|revoke)\b/i;
var ANY_PROGRAM = new RegExp(PROGRAM_WORD.source, "i");
function mayHoldAnything(text) {
  return SQL_WORDS.test(text) || ANY_PROGRAM.test(text);
}
function commandHintLines(text) {
  const lines = [];
  let line = 0;
  let counted = 0;
  for (const m of text.matchAll(PROGRAM_WORD)) {
    for (let nl = text.indexOf("\n", counted); nl >= 0 && nl < m.index; nl = text.indexOf("\n", nl + 1)) line++;
    counted = m.index;
    if (lines.at(-1) !== line) lines.push(line);
  }
  return lines;
}
var PREFIXES = /* @__PURE__ */ new Set(["sudo", "env", "exec", "time", "nohup", "command", "nice", "xargs"]);
function mayHoldCommand(text) {
  for (const segment of text.split(/\n|&&|\|\||;|\|/)) {
    const words = segment.trim().split(/\s+/);
    let i = 0;
    while (i < words.length && (PREFIXES.has(words[i]) || /^\w+=/.test(words[i]) || words[i].startsWith("-"))) i++;
    const word = words[i];
    if (word === void 0) continue;
    const program = word.replace(/^["'(]+/, "");
    if (PROGRAMS.has(program) || PROGRAMS.has(program.slice(program.lastIndexOf("/") + 1))) {
      if (!isSentence(segment)) return true;
    }
  }
  return false;
}
function leadsWithProgram(text) {
  return mayHoldCommand(text.split(/&&|\|\||;|\|/)[0] ?? "");
}
function isSentence(line) {
  const trimmed = line.trim();
  return /[A-Za-z]{2,}[.!?]$/.test(trimmed) && trimmed.split(/\s+/).length >= 3;
}

// src/parsers/universal/snippets.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_VALUES = 2e4;
function snippetsOf(kind, text) {
  switch (kind.kind) {
    case "code":
      return codeStrings(kind.language, text, 0, text.length);
    case "yaml":
      return yamlValues(text);
    case "json":
      return jsonValues(text);
    case "notebook":
      return notebookCells(text);
    case "toml":
    case "ini":
      return assignedValues(text, kind.kind);
    case "text":
      return textLines(text, "a text file");
    case "skipped":
      return [];
  }
}
function codeStrings(language, text, from, to) {
  const syntax = readCode(language, text);
  const out = [];
  for (const { node, value } of syntax.strings) {
    if (node.startIndex < from || node.endIndex > to) continue;
    const known = value.text.replaceAll(UNKNOWN, "x");
    if (known.trim().length < 4) continue;
    out.push({ text: known, toFile: fromOffsets(value.at), context: `a ${language} string`, structured: true });
  }
  return out;
}
function yamlValues(text) {
  const { documents, error } = parseYamlWithPositions(text);
  if (error !== void 0) return textLines(text, "a YAML file it could not parse");
  const out = [];
  for (const document of documents) {
    (0, import_yaml.visit)(document, {
      Scalar(key, node) {
        if (key === "key" || !(0, import_yaml.isScalar)(node)) return;
        const value = scalarText(node, text);
        if (value && out.length < MAX_VALUES) {
          out.push({ text: value.value, toFile: value.map, context: "a YAML value", structured: true });
        }
      }
    });
  }
  return out;
}
function jsonStrings(value, out) {
  const stack = [value];
  while (stack.length > 0 && out.length < MAX_VALUES) {
    const next = stack.pop();
    if (next.type === "string") out.push(next);
    else if (next.type === "array") stack.push(...[...next.items].reverse());
    else if (next.type === "object") stack.push(...next.members.map((m) => m.value).reverse());
  }
}
function parsedJson(text) {
  try {
    return parseJson(text);
  } catch {
    return void 0;
  }
}
function jsonValues(text) {
  const parsed = parsedJson(text);
  if (!parsed) return textLines(text, "a JSON file it could not parse");
  const strings = [];
  jsonStrings(parsed, strings);
  return strings.map((s) => ({ text: s.value, toFile: s.map, context: "a JSON value", structured: true }));
}
function cellSource(source) {
  const parts = source?.type === "string" ? [source] : source?.type === "array" ? source.items : [];
  let text = "";
  const at = [];
  for (const part of parts) {
    if (part.type !== "string") continue;
    for (let i = 0; i < part.value.length; i++) at.push(part.map(i));
    text += part.value;
  }
  if (text === "") return void 0;
  at.push(at[at.length - 1] + 1);
  return { text, toFile: fromOffsets(at) };
}
var CELL_MAGIC_SQL = /^%%(sql|bigquery|spark\.sql|sparksql)\b[^\n]*\n?/;
var CELL_MAGIC_SHELL = /^%%(bash|sh|script[ \t]+(ba)?sh|system)\b[^\n]*\n?/;
function notebookCells(text) {
  const parsed = parsedJson(text);
  if (!parsed || parsed.type !== "object") return textLines(text, "a notebook it could not parse");
  const cells = parsed.members.find((m) => m.key.value === "cells")?.value;
  if (!cells || cells.type !== "array") return [];
  const out = [];
  cells.items.forEach((cell, index) => {
    if (cell.type !== "object") return;
    const type = cell.members.find((m) => m.key.value === "cell_type")?.value;
    if (type?.type === "string" && type.value === "markdown") return;
    const source = cellSource(cell.members.find((m) => m.key.value === "source")?.value);
    if (!source) return;
    const context = `notebook cell ${index + 1}`;
    const magic = CELL_MAGIC_SQL.exec(source.text) ?? CELL_MAGIC_SHELL.exec(source.text);
    if (magic) {
      const skip = magic[0].length;
      const body = source.text.slice(skip);
      const toFile = (o) => source.toFile(o + skip);
      const structured = magic === CELL_MAGIC_SQL.exec(source.text);
      if (structured) out.push({ text: body, toFile, context, structured: true });
      else out.push(...linesOf(body, toFile, context));
      return;
    }
    out.push(...notebookLines(source.text, source.toFile, context));
  });
  return out;
}
function notebookLines(text, toFile, context) {
  const out = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const magic = /^[ \t]*(!|%sql[ \t]+|%system[ \t]+|%sx[ \t]+)/.exec(line);
    if (magic) {
      const start = offset + magic[0].length;
      out.push({ text: line.slice(magic[0].length), toFile: (o) => toFile(start + o), context, structured: true });
    } else {
      out.push(...pythonLiterals(line, (o) => toFile(offset + o), context));
    }
    offset += line.length + 1;
  }
  return out;
}
function pythonLiterals(line, toFile, context) {
  return quotedStrings(line, 0).map((q) => ({
    text: q.text,
    toFile: (o) => toFile(q.toLine(o)),
    context,
    structured: true
  }));
}
function quotedStrings(line, from) {
  const out = [];
  let i = from;
  while (i < line.length) {
    const c = line[i];
    if (c === "#" && out.length === 0 && line.slice(from, i).trim() === "") break;
    if (c !== '"' && c !== "'") {
      i++;
      continue;
    }
    const at = [];
    let text = "";
    let j = i + 1;
    while (j < line.length && line[j] !== c) {
      if (c === '"' && line[j] === "\\" && j + 1 < line.length) {
        const next = line[j + 1];
        text += next === "n" ? "\n" : next === "t" ? "	" : next;
        at.push(j);
        j += 2;
        continue;
      }
      text += line[j];
      at.push(j);
      j++;
    }
    at.push(j);
    out.push({ text, toLine: fromOffsets(at), end: j + 1 });
    i = j + 1;
  }
  return out;
}
function assignedValues(text, kind) {
  const out = [];
  const context = kind === "toml" ? "a TOML value" : "a configuration value";
  const lines = text.split("\n");
  let offset = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";") || trimmed.startsWith("[")) continue;
    const eq = kind === "toml" ? line.indexOf("=") : firstOf(line, "=", ":");
    const valueStart = eq < 0 ? 0 : eq + 1;
    const rest = line.slice(valueStart);
    const lead = rest.length - rest.trimStart().length;
    const value = rest.trim();
    const triple = value.startsWith('"""') ? '"""' : value.startsWith("'''") ? "'''" : void 0;
    if (triple) {
      const bodyStart = start + valueStart + lead + 3;
      const close = text.indexOf(triple, bodyStart);
      const bodyEnd = close < 0 ? text.length : close;
      const body = text.slice(bodyStart, bodyEnd).replace(/^\n/, "");
      const skip = text[bodyStart] === "\n" ? 1 : 0;
      out.push({ text: body, toFile: shiftBy(bodyStart + skip), context, structured: true });
      while (n + 1 < lines.length && offset <= bodyEnd) offset += lines[++n].length + 1;
      continue;
    }
    const quoted = quotedStrings(line, valueStart);
    if (quoted.length > 0) {
      for (const q of quoted) out.push({ text: q.text, toFile: (o) => start + q.toLine(o), context, structured: true });
    } else if (eq >= 0 && value !== "") {
      out.push({ text: value, toFile: shiftBy(start + valueStart + lead), context, structured: true });
    }
  }
  return out;
}
function firstOf(line, ...chars) {
  const found = chars.map((c) => line.indexOf(c)).filter((i) => i >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}
var COMMENT = /^[ \t]*(#|\/\/|--|;|\/\*|\*|REM\b|::|%)/i;
var PROMPT = /^[ \t]*(?:[\w.-]*=?[>#]|\$|>)[ \t]+/;
var SQL_START = /^[ \t]*(CREATE|ALTER|DROP|TRUNCATE|DELETE|UPDATE|INSERT|MERGE|GRANT|REVOKE|COPY|EXEC|EXECUTE|CALL|DO|RENAME|REPLACE|WITH)\b/i;
var CRON_SCHEDULE = /^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|(?:[\d*][\d*/,-]*[ \t]+){4}[\d*A-Za-z][\w*/,-]*)[ \t]+/;
function cronPrefix(line) {
  const schedule = CRON_SCHEDULE.exec(line)?.[0].length;
  if (schedule === void 0) return 0;
  const rest = line.slice(schedule);
  if (mayHoldCommand(rest)) return schedule;
  const user = /^[a-z_][\w-]*[ \t]+/.exec(rest)?.[0].length ?? 0;
  return user > 0 && mayHoldCommand(rest.slice(user)) ? schedule + user : schedule;
}
function textLines(text, context, near) {
  return linesOf(text, shiftBy(0), context, near);
}
var BLOCK_LINES = 40;
function linesOf(text, toFile, context, near) {
  const out = [];
  if (near?.length === 0) return out;
  const starts = lineStarts(text);
  const count = starts.length;
  const lineAt = (n) => text.slice(starts[n], n + 1 < count ? starts[n + 1] - 1 : text.length);
  let next = 0;
  for (let n = 0; n < count; n++) {
    if (near) {
      while (next < near.length && near[next] < n) next++;
      if (next === near.length) break;
      if (near[next] > n + BLOCK_LINES) {
        n = near[next] - BLOCK_LINES - 1;
        continue;
      }
    }
    const raw = lineAt(n).replace(/\r$/, "");
    if (raw.trim() === "" || COMMENT.test(raw)) continue;
    const prompt = PROMPT.exec(raw)?.[0].length ?? cronPrefix(raw);
    const line = raw.slice(prompt);
    const start = starts[n] + prompt;
    const where = `line ${n + 1} of ${context}`;
    if (SQL_START.test(line) && !line.trimEnd().endsWith(";")) {
      let end = n;
      while (end + 1 < count && end - n < BLOCK_LINES) {
        const next2 = lineAt(end + 1).trim();
        if (next2 === "") break;
        end++;
        if (next2.endsWith(";")) break;
      }
      if (end > n) {
        const block = text.slice(start, starts[end] + lineAt(end).replace(/\r$/, "").length);
        out.push({ text: block, toFile: (o) => toFile(start + o), context: where, structured: false });
        continue;
      }
    }
    const whole = { text: line, toFile: (o) => toFile(start + o), context: where, structured: false };
    out.push(whole);
    if (!SQL_START.test(line)) {
      for (const q of quotedStrings(line, 0)) {
        if (q.text.trim().length < 4) continue;
        out.push({
          text: q.text,
          toFile: (o) => whole.toFile(q.toLine(o)),
          context: where,
          structured: true,
          within: whole
        });
      }
    }
  }
  return out;
}
function lineStarts(text) {
  const starts = [0];
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) starts.push(nl + 1);
  return starts;
}
var TEMPLATE_HOLE = /\{\{[^{}\n]*\}\}|\{%-?[^%\n]*-?%\}|#\{[^{}\n]*\}|\$\{[^{}\n]*\}|\{[A-Za-z_][\w.]*\}/g;
function withTemplateHoles(snippet) {
  if (!/\{\{|\{%|[#$]\{|\{[A-Za-z_][\w.]*\}/.test(snippet.text)) return snippet;
  let text = "";
  const at = [];
  let from = 0;
  for (const m of snippet.text.matchAll(TEMPLATE_HOLE)) {
    for (let i = from; i < m.index; i++) {
      text += snippet.text[i];
      at.push(snippet.toFile(i));
    }
    if (!m[0].startsWith("{%")) {
      text += "x";
      at.push(snippet.toFile(m.index));
    }
    from = m.index + m[0].length;
  }
  for (let i = from; i < snippet.text.length; i++) {
    text += snippet.text[i];
    at.push(snippet.toFile(i));
  }
  at.push(snippet.toFile(snippet.text.length));
  return { ...snippet, text, toFile: fromOffsets(at) };
}
function snippetSpan(snippet) {
  const lead = snippet.text.length - snippet.text.trimStart().length;
  return { start: snippet.toFile(lead), end: snippet.toFile(snippet.text.trimEnd().length) };
}

// src/rules/universal/lib/snippet-commands.ts
function snippetCommands(snippet) {
  const parsed = parseShell(snippet.text);
  const commands = parsed.commands.filter((c) => !isSentence(snippet.text.slice(c.span.start, c.span.end))).map((c) => ({ ...c, origin: { throwaway: false, localHosts: [] } }));
  return { commands, assignments: parsed.assignments };
}
function commandInFile(snippet, command) {
  const toFile = snippet.toFile;
  return {
    ...command,
    span: mapSpan(toFile, command.span),
    argSpans: command.argSpans.map((s) => mapSpan(toFile, s)),
    envAssignments: command.envAssignments.map((e) => ({ ...e, span: mapSpan(toFile, e.span) })),
    ...command.stdinFrom ? { stdinFrom: mapSpan(toFile, command.stdinFrom) } : {},
    ...command.stdin ? { stdin: { text: command.stdin.text, map: (o) => toFile(command.stdin.map(o)) } } : {}
  };
}
function snippetContexts(path, fileText, snippets) {
  return snippets.flatMap((snippet) => {
    const { commands, assignments } = snippetCommands(snippet);
    return commandContexts(snippet.text, commands, assignments, { scriptWide: true, path, fileText }).map((c) => ({
      ...c,
      span: mapSpan(snippet.toFile, c.span)
    }));
  });
}

// src/rules/universal/unrecognised-sql.ts
var unrecognisedSql = {
  meta: {
    id: "universal/unrecognised-sql",
    family: "universal",
    kind: "destructive",
    defaultSeverity: "block",
    description: "Destructive SQL in a file or place no reader of two-key understands (a config value, a text runbook, a string in code, a notebook cell): it may run, so it needs approval.",
    messages: {
      sql: "{inner}; it is written in {context}, a context two-key has no reader for, so whatever runs it is unknown and it needs approval"
    },
    examples: {
      invalid: [
        {
          code: 'Release steps\n\npsql "$DATABASE_URL" <<EOF\nDROP TABLE legacy_orders;\nEOF\n',
          line: 4,
          path: "ops/release.txt"
        },
        { code: '[hooks]\npre_deploy = "TRUNCATE TABLE sessions, carts"\n', line: 2, path: "deploy/hooks.toml" },
        { code: "jobs:\n  cleanup:\n    sql: DROP TABLE `audit_log`\n", line: 3, path: "config/jobs.yaml" },
        { code: '{\n  "onRelease": "DELETE FROM users;"\n}\n', line: 2, path: "config/release.json" }
      ],
      valid: [
        { code: "Never run DROP TABLE users on the primary; ask the DBA first.\n", path: "ops/notes.txt" },
        { code: "Drop table users once the backfill is done.\n", path: "ops/plan.txt" },
        { code: "-- DROP TABLE users;\n# DROP TABLE users;\n", path: "ops/cleanup.conf" },
        {
          code: "queries:\n  recent: SELECT * FROM orders WHERE created_at > now() - interval '1 day'\n",
          path: "config/queries.yml"
        },
        { code: "Run `DROP TABLE users;` only in a sandbox.\n", path: "docs/runbook.md" }
      ]
    }
  },
  check(doc, report) {
    if (doc.sql.length === 0) return;
    const pieces = doc.sql.map((s) => ({
      text: s.text,
      toFile: s.toFile,
      call: s.context,
      unit: snippetSpan(s),
      rollbackOnly: false
    }));
    const contexts = new Map(pieces.map((p) => [p.unit.start, p.call]));
    for (const finding of embeddedSqlFindings(doc.path, pieces, doc.policy).findings) {
      if (!blocks(finding, doc)) continue;
      report({
        messageId: "sql",
        data: { inner: finding.message, context: contexts.get(finding.unit.start) ?? "this file" },
        span: finding.span,
        unit: finding.unit,
        // What the SQL or shell rule saw that makes it routine (a test database, a scratch table) holds here too.
        ...finding.downgradedBecause ? { downgradedBecause: finding.downgradedBecause } : {}
      });
    }
  }
};
function blocks(finding, doc) {
  if (finding.kind !== "destructive" || finding.rollbackOnly) return false;
  return (doc.policy.rules[finding.ruleId] ?? finding.defaultSeverity) === "block";
}

// src/rules/universal/unrecognised-command.ts
var unrecognisedCommand = {
  meta: {
    id: "universal/unrecognised-command",
    family: "universal",
    kind: "destructive",
    defaultSeverity: "block",
    description: "A destructive command in a file or place no reader of two-key understands (a config value, a text runbook, an extensionless script, a notebook cell): it may run, so it needs approval.",
    messages: {
      command: "{inner}; it is written in {context}, a context two-key has no reader for, so whatever runs it is unknown and it needs approval"
    },
    examples: {
      invalid: [
        { code: "Cutover\n\n$ terraform destroy -auto-approve\n", line: 3, path: "ops/cutover.txt" },
        {
          code: "[program:reset]\ncommand = dropdb --if-exists shop_production\n",
          line: 2,
          path: "deploy/supervisor.conf"
        },
        { code: '{\n  "postdeploy": "rm -rf /var/lib/postgresql/data"\n}\n', line: 2, path: "deploy/hooks.json" }
      ],
      valid: [
        { code: "terraform destroy removes every resource of the stack.\n", path: "ops/notes.txt" },
        { code: "[program:web]\ncommand = bundle exec puma -C config/puma.rb\n", path: "deploy/supervisor.conf" },
        { code: "Then run terraform destroy in the sandbox account.\n", path: "ops/sandbox.txt" }
      ]
    }
  },
  check(doc, report) {
    for (const snippet of doc.commands) {
      for (const finding of commandFindings(doc, snippet)) {
        if (!blocks(finding, doc)) continue;
        report({
          messageId: "command",
          data: { inner: finding.message, context: snippet.context },
          span: finding.span,
          unit: finding.unit,
          // What the SQL or shell rule saw that makes it routine (a test database, a scratch table) holds here too.
          ...finding.downgradedBecause ? { downgradedBecause: finding.downgradedBecause } : {}
        });
      }
    }
  }
};
function commandFindings(doc, snippet) {
  const unit = snippetSpan(snippet);
  const commands = snippetCommands(snippet).commands.map((c) => commandInFile(snippet, c));
  if (commands.length === 0) return [];
  const shellDoc = { path: doc.path, text: doc.text, commands };
  const findings = [...runRules(shellRules, shellDoc, () => false), ...cliSqlFindings(shellDoc, doc.policy).findings];
  return findings.map((f) => ({ ...f, unit: f.unit.start === f.unit.end ? unit : f.unit }));
}

// src/rules/universal/lib/index.ts
var universalRules = [unrecognisedSql, unrecognisedCommand];

// src/rules/universal/lib/checker.ts
var prepared = /* @__PURE__ */ new WeakMap();
var universalChecker = {
  family: "universal",
  rules: universalRules,
  appliesTo: netReads,
  async prepare(file) {
    const text = file.text;
    const found = { sql: [], commands: [] };
    prepared.set(file, found);
    if (text === "" || !mayHoldAnything(text)) return;
    const kind = universalKindOf(file.path, text);
    if (kind.kind === "code") await loadGrammar(kind.language);
    const sqlRead = ormChecker.appliesTo(file.path, text, void 0) || isSqlPath(file.path, text);
    const shellRead = isShellSource(file.path, text);
    const lines = kind.kind === "text" && sqlRead && !shellRead ? textLines(text, "a text file", commandHintLines(text)) : snippetsOf(kind, text);
    const snippets = shellRead ? lines.filter((s) => s.within === void 0) : lines;
    const asSql = /* @__PURE__ */ new Map();
    if (!sqlRead && snippets.length > 0) {
      await loadPostgresParser();
      for (const s of snippets) {
        const filled = withTemplateHoles(s);
        if (isSqlSnippet(filled)) asSql.set(s, filled);
      }
    }
    if (!shellRead) {
      found.commands = snippets.filter((s) => !asSql.has(s) && mayHoldCommand(s.text));
      if (found.commands.length > 0) await loadGrammar("bash");
    }
    const lineFirst = (line) => asSql.has(line) || found.commands.includes(line) && leadsWithProgram(line.text);
    const literalLines = new Set(
      [...asSql.keys(), ...found.commands].flatMap((s) => s.within && !lineFirst(s.within) ? [s.within] : [])
    );
    found.sql = [...asSql].filter(([s]) => !literalLines.has(s) && (s.within === void 0 || !lineFirst(s.within))).map(([, sql]) => sql);
    found.commands = found.commands.filter(
      (s) => !literalLines.has(s) && (s.within === void 0 || !lineFirst(s.within))
    );
  },
  check(file, policy) {
    const found = prepared.get(file) ?? { sql: [], commands: [] };
    const sql = sqlChecker.appliesTo(file.path, file.text, policy) ? [] : found.sql;
    const doc = { path: file.path, text: file.text, policy, sql, commands: found.commands };
    const findings = runRules(universalRules, doc, () => false);
    const commanded = findings.some((f) => f.ruleId === "universal/unrecognised-command");
    return { findings, notes: [], contexts: commanded ? snippetContexts(file.path, file.text, found.commands) : [] };
  }
};
function isSqlPath(path, text) {
  return /\.(sql|psql|pgsql|ddl)$|\.sql\.txt$/i.test(path) || sqlChecker.appliesTo(path, text, NO_SQL_PATHS);
}
var NO_SQL_PATHS = { families: { sql: { paths: [], dialects: {} } } };

export {
  universalChecker
};
