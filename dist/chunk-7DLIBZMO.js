import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  snippetSpan,
  textLines,
  withTemplateHoles
} from "./chunk-DDB6ZLY5.js";
import {
  commandHintLines,
  isSqlSnippet,
  leadsWithProgram,
  mayBeSqlSnippet,
  mayHoldAnything,
  mayHoldCommand
} from "./chunk-HU7KHN2P.js";
import {
  netReads,
  universalKindOf
} from "./chunk-GYFR6RYJ.js";
import {
  readsMigration
} from "./chunk-UIYDHM7P.js";
import {
  isBatchScript,
  isShellSource
} from "./chunk-SGP6KUTB.js";
import {
  sqlAnalysisOf
} from "./chunk-O5EZW7AY.js";
import {
  loadPostgresParser
} from "./chunk-25IFS2WD.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  readsSql
} from "./chunk-7HYHVU3F.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import {
  fromOffsets
} from "./chunk-GBH2K4QU.js";

// src/parsers/universal/jinja.ts
function jinjaSqlSnippets(text) {
  if (!text.includes("{%") && !text.includes("{{")) return [];
  const out = [];
  for (const tag of text.matchAll(/\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g)) {
    const body = tag[1] ?? tag[2] ?? "";
    const start = tag.index + tag[0].indexOf(body);
    out.push(...adapterCalls(body, start), ...joinedStrings(body, start));
  }
  return out;
}
var ADAPTER_SQL = {
  drop_relation: "DROP TABLE x CASCADE",
  drop_schema: "DROP SCHEMA x CASCADE",
  truncate_relation: "TRUNCATE x"
};
function adapterCalls(body, start) {
  const out = [];
  for (const m of body.matchAll(/\badapter\s*\.\s*(drop_relation|drop_schema|truncate_relation)\s*\(/g)) {
    const sql = ADAPTER_SQL[m[1]];
    const at = start + m.index;
    out.push({
      text: sql,
      toFile: fromOffsets([...Array.from(sql, () => at), at + m[0].length]),
      context: `a dbt adapter.${m[1]} call`,
      structured: true
    });
  }
  return out;
}
function joinedStrings(body, start) {
  const out = [];
  const literal = /(['"])((?:\\.|(?!\1)[^\\])*)\1/y;
  let i = 0;
  while (i < body.length) {
    const q = body[i];
    if (q !== '"' && q !== "'") {
      i++;
      continue;
    }
    let text = "";
    const at = [];
    let pos = i;
    for (; ; ) {
      literal.lastIndex = pos;
      const m = literal.exec(body);
      if (m) {
        for (let k = 0; k < m[2].length; k++) {
          text += m[2][k];
          at.push(start + pos + 1 + k);
        }
        pos = literal.lastIndex;
      } else {
        const operand = /^[\w.]+(\([^()]*\))?/.exec(body.slice(pos));
        if (!operand) break;
        text += "x";
        at.push(start + pos);
        pos += operand[0].length;
      }
      const join = /^\s*[~+]\s*/.exec(body.slice(pos));
      if (!join) break;
      pos += join[0].length;
    }
    if (text.trim().length >= 4) {
      at.push(start + pos);
      out.push({ text, toFile: fromOffsets(at), context: "a string in a Jinja tag", structured: true });
    }
    i = Math.max(pos, i + 1);
  }
  return out;
}

// src/rules/universal/lib/lazy-readers.ts
var readers;
async function loadReaders() {
  readers ??= await import("./chunk-WTXHOWEQ.js");
}
function loadedReaders() {
  if (!readers) throw new Error("the universal rules are used before their readers were loaded");
  return readers;
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
    for (const finding of loadedReaders().embeddedSqlFindings(doc.path, pieces, doc.policy).findings) {
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
  const { cliSqlFindings, commandInFile, shellRules, snippetCommands } = loadedReaders();
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
    if (text === "") return;
    const templated = jinjaSqlSnippets(text);
    if (templated.length > 0) {
      await loadPostgresParser();
      found.templated = templated.filter((s) => isSqlSnippet(withTemplateHoles(s))).map(withTemplateHoles);
      if (found.templated.length > 0) await loadReaders();
    }
    if (!mayHoldAnything(text)) return;
    const kind = universalKindOf(file.path, text);
    if (kind.kind === "code") await loadGrammar(kind.language);
    const sqlRead = readsMigration(file.path, text) || isSqlPath(file.path, text);
    const shellRead = isShellSource(file.path, text) && !isBatchScript(file.path);
    const lines = kind.kind === "text" && sqlRead && !shellRead ? textLines(text, "a text file", commandHintLines(text, await sentToTheServer(file))) : kind.kind === "text" ? textLines(text, "a text file") : (
      // The structured readers (YAML, JSON, code) are imported with the first file that needs them.
      (await import("./chunk-JV6FU33L.js")).snippetsOf(kind, text)
    );
    const snippets = shellRead ? lines.filter((s) => s.within === void 0) : lines;
    const asSql = /* @__PURE__ */ new Map();
    if (!sqlRead) {
      const shaped = snippets.map((s) => [s, withTemplateHoles(s)]).filter(([, f]) => mayBeSqlSnippet(f));
      if (shaped.length > 0) await loadPostgresParser();
      for (const [s, filled] of shaped) if (isSqlSnippet(filled)) asSql.set(s, filled);
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
    if (found.sql.length > 0 || found.commands.length > 0) await loadReaders();
  },
  check(file, policy) {
    const found = prepared.get(file) ?? { sql: [], commands: [] };
    const sql = [...readsSql(file.path, file.text, policy) ? [] : found.sql, ...found.templated ?? []];
    const doc = { path: file.path, text: file.text, policy, sql, commands: found.commands };
    const findings = runRules(universalRules, doc, () => false);
    const commanded = findings.some((f) => f.ruleId === "universal/unrecognised-command");
    const contexts = commanded ? loadedReaders().snippetContexts(file.path, file.text, found.commands) : [];
    return { findings, notes: [], contexts };
  }
};
async function sentToTheServer(file) {
  const analysis = sqlAnalysisOf(file);
  if (!analysis) return void 0;
  const { beginsAsSql } = await import("./chunk-FBIUNDW2.js");
  const { statements, dialect } = analysis;
  const begins = /* @__PURE__ */ new Map();
  return (offset) => {
    let low = 0;
    let high = statements.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const span = statements[mid].span;
      if (offset < span.start) high = mid - 1;
      else if (offset >= span.end) low = mid + 1;
      else {
        let sql = begins.get(mid);
        if (sql === void 0) begins.set(mid, sql = beginsAsSql(file.text, span, dialect));
        return sql;
      }
    }
    return false;
  };
}
function isSqlPath(path, text) {
  return /\.(sql|psql|pgsql|ddl)$|\.sql\.txt$/i.test(path) || readsSql(path, text, NO_SQL_PATHS);
}
var NO_SQL_PATHS = { families: { sql: { paths: [], dialects: {} } } };

export {
  universalChecker
};
