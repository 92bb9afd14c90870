import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  DYNAMIC,
  isDynamic,
  isTestDatabase
} from "./chunk-UD7HIGTY.js";
import {
  baseName
} from "./chunk-FJFFMLKF.js";

// src/rules/shell/lib/args.ts
function readArgs(argv, withValue) {
  const parsed = { positionals: [], options: [] };
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") {
      for (let j = i + 1; j < argv.length; j++) parsed.positionals.push({ value: argv[j], index: j });
      break;
    }
    if (!word.startsWith("-") || word === "-") {
      parsed.positionals.push({ value: word, index: i });
      continue;
    }
    const long = word.startsWith("--");
    const eq = word.indexOf("=");
    const name = long ? eq > 0 ? word.slice(0, eq) : word : word.slice(0, 2);
    if (!withValue.includes(name)) {
      parsed.options.push(long && eq > 0 ? { name, value: word.slice(eq + 1), index: i } : { name: word, index: i });
      continue;
    }
    const attached = long ? eq > 0 ? word.slice(eq + 1) : void 0 : word.length > 2 ? word.slice(2) : void 0;
    if (attached !== void 0) {
      parsed.options.push({ name, value: attached, index: i });
    } else {
      parsed.options.push({ name, value: argv[i + 1] ?? "", index: i });
      i++;
    }
  }
  return parsed;
}
function option(args, ...names) {
  return lastOf(args.options, (o) => names.includes(o.name));
}
function hasSubcommand(args, ...path) {
  return path.every((word, i) => args.positionals[i]?.value === word);
}
function dynamicArgument(args) {
  return args.positionals.find((p) => isDynamic(p.value))?.value ?? args.options.find((o) => isDynamic(o.name))?.name;
}
function isLocalHost(host) {
  if (isDynamic(host)) return false;
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(h) || h === "::1" || h.startsWith("/");
}
function isLocalUrl(url) {
  if (isDynamic(url)) return false;
  try {
    return isLocalHost(new URL(url).hostname);
  } catch {
    return false;
  }
}
function hasOption(args, ...names) {
  return args.options.some((o) => names.includes(o.name));
}

// src/rules/shell/lib/document.ts
function commandsRunning(doc, ...programs) {
  return doc.commands.filter((c) => programs.includes(programOf(c)));
}
function programOf(command) {
  return baseName(command.argv[0] ?? "");
}
function envValue(command, name) {
  return lastOf(command.envAssignments, (e) => e.name === name)?.value;
}
function isLocalTarget(command, host) {
  if (command.wrappers.some((w) => /^(kubectl|oc) (exec|run|debug)$/.test(w))) return false;
  return isLocalHost(host) || command.origin.localHosts.includes(host);
}
function isDisposableTarget(command, host) {
  if (host !== void 0) return isLocalTarget(command, host);
  return command.origin.throwaway;
}
var ELSEWHERE = /* @__PURE__ */ new Set(["ssh", "kubectl exec", "oc exec", "heroku run", "heroku run:detached", "ansible"]);
function runsOnThrowaway(command) {
  return command.origin.throwaway && !command.wrappers.some((w) => ELSEWHERE.has(w));
}
function lastOf(items, test) {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return void 0;
}
function display(value) {
  return value.replaceAll(DYNAMIC, "\u2026");
}
function at(command) {
  return { span: command.span, unit: command.span };
}

// src/rules/shell/lib/database-cli.ts
var CLIS = {
  psql: {
    dialect: "postgres",
    withValue: [
      "-c",
      "--command",
      "-d",
      "--dbname",
      "-f",
      "--file",
      "-h",
      "--host",
      "-p",
      "--port",
      "-U",
      "--username",
      "-v",
      "--set",
      "--variable",
      "-o",
      "--output",
      "-P",
      "--pset",
      "-F",
      "-R",
      "-T",
      "-L",
      "--log-file"
    ],
    sqlOptions: ["-c", "--command"],
    host: (args, command) => {
      const explicit = option(args, "-h", "--host")?.value;
      if (explicit !== void 0) return explicit;
      const target = option(args, "-d", "--dbname")?.value ?? args.positionals[0]?.value;
      return (target !== void 0 ? hostOfTarget(target) : void 0) ?? envValue(command, "PGHOST");
    },
    database: (args) => {
      const target = option(args, "-d", "--dbname")?.value ?? args.positionals[0]?.value;
      return target !== void 0 ? databaseOfTarget(target) : void 0;
    }
  },
  mysql: {
    dialect: "mysql",
    withValue: [
      "-e",
      "--execute",
      "-h",
      "--host",
      "-u",
      "--user",
      "-P",
      "--port",
      "-D",
      "--database",
      "-S",
      "--socket",
      "--protocol"
    ],
    sqlOptions: ["-e", "--execute"],
    host: (args, command) => option(args, "-h", "--host")?.value ?? envValue(command, "MYSQL_HOST"),
    database: (args) => option(args, "-D", "--database")?.value ?? args.positionals[0]?.value
  },
  // ClickHouse's client takes SQL with --query/-q (MySQL-like quoting), Snowflake's with -q/--query.
  "clickhouse-client": {
    dialect: "mysql",
    withValue: ["--query", "-q", "--host", "-h", "--port", "--user", "-u", "--password", "--database", "-d"],
    sqlOptions: ["--query", "-q"],
    host: (args, command) => option(args, "-h", "--host")?.value ?? envValue(command, "CLICKHOUSE_HOST"),
    database: (args) => option(args, "-d", "--database")?.value
  },
  snowsql: {
    dialect: "postgres",
    withValue: [
      "-q",
      "--query",
      "-a",
      "--accountname",
      "-u",
      "--username",
      "-d",
      "--dbname",
      "-s",
      "--schemaname",
      "-w",
      "-r",
      "-c",
      "-f"
    ],
    sqlOptions: ["-q", "--query"],
    host: (args) => option(args, "-a", "--accountname")?.value,
    database: (args) => option(args, "-d", "--dbname")?.value
  },
  sqlcmd: {
    dialect: "sqlserver",
    withValue: ["-Q", "-q", "-S", "-d", "-U", "-P", "-i", "-o"],
    sqlOptions: ["-Q", "-q"],
    host: (args) => option(args, "-S")?.value?.replace(/^tcp:/i, "").split(/[,\\]/)[0],
    database: (args) => option(args, "-d")?.value
  }
};
function databaseCliCall(command) {
  const program = programOf(command);
  if (program === "sqlite3") return sqliteCall(command);
  if (program === "wrangler") return d1Call(command);
  const syntax = CLIS[program === "mariadb" ? "mysql" : program];
  if (!syntax) return void 0;
  const args = readArgs(command.argv, syntax.withValue);
  const sql = [];
  const dynamic = [];
  for (const o of args.options) {
    if (!syntax.sqlOptions.includes(o.name) || o.value === void 0) continue;
    const index = command.argv[o.index] === o.name ? o.index + 1 : o.index;
    addSql(command, index, o.value, o.name, sql, dynamic);
  }
  if (command.stdin) sql.push({ text: command.stdin.text, toFile: command.stdin.map, via: "stdin" });
  const host = syntax.host(args, command);
  const database = syntax.database(args);
  const local = isDisposableTarget(command, host) || database !== void 0 && isTestDatabase(database);
  return { program, dialect: syntax.dialect, sql, dynamic, local };
}
function sqliteCall(command) {
  const args = readArgs(command.argv, ["-cmd", "-separator", "-nullvalue", "-init"]);
  const sql = [];
  const dynamic = [];
  for (const p of args.positionals.slice(1)) addSql(command, p.index, p.value, "an argument", sql, dynamic);
  for (const o of args.options)
    if (o.name === "-cmd" && o.value !== void 0) addSql(command, o.index + 1, o.value, "-cmd", sql, dynamic);
  if (command.stdin) sql.push({ text: command.stdin.text, toFile: command.stdin.map, via: "stdin" });
  const file = args.positionals[0]?.value ?? ":memory:";
  const local = command.origin.throwaway || file === ":memory:" || isTestDatabase(file) || /(^|\/)(tmp|test|tests|spec)\//.test(file);
  return { program: "sqlite3", dialect: "sqlite", sql, dynamic, local };
}
function d1Call(command) {
  if (command.argv[1] !== "d1" || command.argv[2] !== "execute") return void 0;
  const args = readArgs(command.argv, ["--command", "--file", "--env", "-e", "--config", "-c", "--persist-to"]);
  const sql = [];
  const dynamic = [];
  for (const o of args.options) {
    if (o.name !== "--command" || o.value === void 0) continue;
    const index = command.argv[o.index] === o.name ? o.index + 1 : o.index;
    addSql(command, index, o.value, o.name, sql, dynamic);
  }
  const local = !args.options.some((o) => o.name === "--remote");
  return { program: "wrangler d1", dialect: "sqlite", sql, dynamic, local };
}
function addSql(command, index, value, via, sql, dynamic) {
  if (!value.replaceAll(DYNAMIC, "").trim()) {
    dynamic.push(via);
    return;
  }
  const span = command.argSpans[index];
  if (!span) return;
  const text = value.replaceAll(DYNAMIC, "x");
  const length = text.length;
  sql.push({ text, toFile: (offset) => offset < length ? span.start : span.end, via });
}
function hostOfTarget(target) {
  if (isDynamic(target)) return DYNAMIC;
  if (/^postgres(ql)?:\/\//i.test(target)) {
    try {
      return new URL(target).hostname || void 0;
    } catch {
      return DYNAMIC;
    }
  }
  return /(?:^|\s)host\s*=\s*'?([^\s']+)/.exec(target)?.[1];
}
function databaseOfTarget(target) {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    try {
      return new URL(target).pathname.slice(1) || void 0;
    } catch {
      return void 0;
    }
  }
  return /(?:^|\s)dbname\s*=\s*'?([^\s']+)/.exec(target)?.[1] ?? (target.includes("=") ? void 0 : target);
}

export {
  commandsRunning,
  programOf,
  envValue,
  isLocalTarget,
  isDisposableTarget,
  runsOnThrowaway,
  lastOf,
  display,
  at,
  readArgs,
  option,
  hasSubcommand,
  dynamicArgument,
  isLocalHost,
  isLocalUrl,
  hasOption,
  databaseCliCall
};
