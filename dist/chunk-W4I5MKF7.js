import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  parserFor
} from "./chunk-BG6M7MHB.js";

// src/parsers/migrations/js/syntax.ts
var SCRIPT = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/i;
function isScriptPath(path) {
  return SCRIPT.test(path);
}
function scriptGrammar(path) {
  if (/\.tsx$/i.test(path)) return "tsx";
  if (/\.[cm]?ts$/i.test(path)) return "typescript";
  return "javascript";
}
function parseScript(path, text) {
  const tree = parserFor(scriptGrammar(path)).parse(text);
  if (!tree) throw new Error(`${path}: the ${scriptGrammar(path)} parser returned no tree`);
  return tree;
}
function spanOf(node) {
  return { start: node.startIndex, end: node.endIndex };
}
function callsIn(tree) {
  return tree.rootNode.descendantsOfType("call_expression").filter((n) => n !== null);
}
function calledName(call) {
  const callee = call.childForFieldName("function");
  if (!callee) return void 0;
  if (callee.type === "identifier") return callee.text;
  if (callee.type === "member_expression") return callee.childForFieldName("property")?.text;
  return void 0;
}
function receiverOf(call) {
  const callee = call.childForFieldName("function");
  if (callee?.type !== "member_expression") return void 0;
  return callee.childForFieldName("object") ?? void 0;
}
function argumentsOf(call) {
  const args = call.childForFieldName("arguments");
  return args ? args.namedChildren.filter((n) => n !== null && n.type !== "comment") : [];
}
function calleeText(call) {
  const callee = call.childForFieldName("function");
  if (!callee) return call.text;
  return /[()\n]/.test(callee.text) ? calledName(call) ?? callee.text : callee.text;
}
function chainCalls(receiver) {
  const calls = [];
  let current = receiver;
  while (current) {
    if (current.type === "call_expression") {
      calls.unshift(current);
      current = receiverOf(current) ?? void 0;
    } else if (current.type === "member_expression") {
      current = current.childForFieldName("object") ?? void 0;
    } else if (current.type === "await_expression" || current.type === "parenthesized_expression") {
      current = current.namedChild(0) ?? void 0;
    } else break;
  }
  return calls;
}
var FUNCTIONS = /* @__PURE__ */ new Set([
  "function_expression",
  "function",
  "arrow_function",
  "function_declaration",
  "generator_function_declaration",
  "method_definition"
]);
function functionName(fn) {
  const own = fn.childForFieldName("name");
  if (own) return own.text;
  const parent = fn.parent;
  if (!parent) return void 0;
  if (parent.type === "variable_declarator") return parent.childForFieldName("name")?.text;
  if (parent.type === "pair") return parent.childForFieldName("key")?.text.replace(/^['"]|['"]$/g, "");
  if (parent.type === "assignment_expression") {
    const left = parent.childForFieldName("left");
    if (left?.type === "member_expression") return left.childForFieldName("property")?.text;
    return left?.text;
  }
  return void 0;
}
function inDown(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (!FUNCTIONS.has(current.type)) continue;
    const name = functionName(current);
    if (name === "down") return true;
    if (name === "up") return false;
  }
  return false;
}
function isFragment(call) {
  let current = call;
  while (current.parent && current.parent.type === "parenthesized_expression") current = current.parent;
  const parent = current.parent;
  if (!parent) return false;
  return ["arguments", "pair", "array", "variable_declarator", "template_substitution", "binary_expression"].includes(
    parent.type
  );
}
function objectPairs(node) {
  const pairs = /* @__PURE__ */ new Map();
  if (node?.type !== "object") return pairs;
  for (const child of node.namedChildren) {
    if (child?.type === "pair") {
      const key = child.childForFieldName("key");
      const value = child.childForFieldName("value");
      if (key && value) pairs.set(key.text.replace(/^['"]|['"]$/g, ""), value);
    } else if (child?.type === "shorthand_property_identifier") {
      pairs.set(child.text, child);
    }
  }
  return pairs;
}

// src/parsers/migrations/js/recognise.ts
var UP_EXPORT = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s+up\s*\(|\bexport\s+const\s+up\s*=|\b(?:async\s+)?up\s*\(\s*[\w{]|\bup\s*:\s*(?:async\s*)?(?:function\b|\()/;
var MIGRATIONS_DIR = /(?:^|\/)(?:migrations?|migrate)\//i;
function definesUp(path, text) {
  return isScriptPath(path) && UP_EXPORT.test(text);
}
function inMigrationsDir(path) {
  return MIGRATIONS_DIR.test(path);
}

// src/parsers/migrations/recognise.ts
var RAILS_CLASS = /^[ \t]*class[ \t]+[\w:]+[ \t]*<[ \t]*(?:::)?ActiveRecord::Migration\b/m;
var RAILS_PATH = /(?:^|\/)db\/migrate\/\d+_\w+\.rb$/;
function isRailsMigration(path, text) {
  if (!path.endsWith(".rb")) return false;
  return RAILS_PATH.test(path) || RAILS_CLASS.test(text);
}
var DJANGO_CLASS = /^class[ \t]+\w+[ \t]*\([ \t]*(?:migrations\.)?Migration[ \t]*\)[ \t]*:/m;
var DJANGO_MIGRATION_PATH = /(?:^|\/)migrations\/\d{4}_\w+\.py$/;
function isDjangoMigration(path, text) {
  if (!path.endsWith(".py")) return false;
  if (DJANGO_CLASS.test(text) && text.includes("django")) return true;
  return DJANGO_MIGRATION_PATH.test(path) && /^from django\.db import\b.*\bmigrations\b/m.test(text);
}
var ALEMBIC_REVISION = /^revision(?:[ \t]*:[ \t]*str)?[ \t]*=/m;
var ALEMBIC_UPGRADE = /^def[ \t]+upgrade\w*[ \t]*\(/m;
var ALEMBIC_IMPORT = /^[ \t]*(?:from[ \t]+alembic\b[^\n]*\bimport\b|import[ \t]+alembic\b)/m;
var ALEMBIC_OP_CALL = /^[ \t]+(?:op|batch_op)\.\w+\(/m;
var VERSIONS_DIR = /(?:^|\/)(?:versions|migrations|alembic)\//;
function isAlembicMigration(path, text) {
  if (!path.endsWith(".py") || !ALEMBIC_UPGRADE.test(text)) return false;
  if (ALEMBIC_REVISION.test(text) || ALEMBIC_IMPORT.test(text)) return true;
  return VERSIONS_DIR.test(path) && ALEMBIC_OP_CALL.test(text);
}
var DOCTRINE_CLASS = /\bextends\s+(?:\\?Doctrine\\Migrations\\)?AbstractMigration\b/;
function isDoctrineMigration(path, text) {
  return /\.php$/i.test(path) && DOCTRINE_CLASS.test(text);
}
var LARAVEL_CLASS = /\bextends\s+(?:\\?Illuminate\\Database\\Migrations\\)?Migration\b/;
var LARAVEL_PATH = /(^|\/)database\/migrations\/[^/]+\.php$/i;
function isLaravelMigration(path, text) {
  if (!/\.php$/i.test(path)) return false;
  return LARAVEL_CLASS.test(text) || LARAVEL_PATH.test(path) && !/\bAbstractMigration\b/.test(text);
}
var ECTO_MIGRATION = /\buse\s+Ecto\.Migration\b/;
function isEctoMigration(path, text) {
  return /\.exs?$/i.test(path) && ECTO_MIGRATION.test(text);
}
var EF_MIGRATION_CLASS = /:\s*(?:Microsoft\.EntityFrameworkCore\.Migrations\.)?Migration\b/;
var EF_UP_METHOD = /\bUp\s*\(\s*(?:Microsoft\.EntityFrameworkCore\.Migrations\.)?MigrationBuilder\b/;
function isEfCoreMigration(path, text) {
  return /\.cs$/i.test(path) && EF_MIGRATION_CLASS.test(text) && EF_UP_METHOD.test(text);
}
var XML_CHANGELOG = /<(?:\w+:)?databaseChangeLog\b/;
var YAML_CHANGELOG = /^databaseChangeLog:/m;
var JSON_CHANGELOG = /^\s*\{\s*"databaseChangeLog"\s*:/;
function isLiquibaseChangelog(path, text) {
  if (/\.xml$/i.test(path)) return XML_CHANGELOG.test(text);
  if (/\.ya?ml$/i.test(path)) return YAML_CHANGELOG.test(text);
  if (/\.json$/i.test(path)) return JSON_CHANGELOG.test(text);
  return false;
}
var TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bqueryRunner\b/;
function isTypeormMigration(path, text) {
  return definesUp(path, text) && TYPEORM.test(text);
}
var SEQUELIZE = /\bqueryInterface\b|\bsequelize-cli\b|\bQueryInterface\b/;
function isSequelizeMigration(path, text) {
  return definesUp(path, text) && SEQUELIZE.test(text);
}
var KNEX = /\bknex\b/i;
var MONGO = /\bmigrate-mongo\b|\b(db|client)\.(collection|createCollection|dropCollection|dropDatabase|getCollection)\(/;
function isKnexMigration(path, text) {
  if (!definesUp(path, text)) return false;
  if (isTypeormMigration(path, text) || isSequelizeMigration(path, text)) return false;
  if (KNEX.test(text)) return true;
  return inMigrationsDir(path) && !MONGO.test(text);
}
function isPrismaSchema(path) {
  return /\.prisma$/i.test(path);
}
function isAtlasSchema(path, text) {
  return /\.hcl$/i.test(path) && !/(^|\/)atlas\.hcl$/i.test(path) && /^[ \t]*table[ \t]+"[^"]+"[ \t]*\{/m.test(text) && /\bschema[ \t]*=[ \t]*schema\./.test(text);
}
var migrationRecognisers = [
  isRailsMigration,
  isDjangoMigration,
  isAlembicMigration,
  isDoctrineMigration,
  isLaravelMigration,
  isEctoMigration,
  isEfCoreMigration,
  isLiquibaseChangelog,
  isTypeormMigration,
  isSequelizeMigration,
  isKnexMigration,
  isPrismaSchema,
  isAtlasSchema
];
function isFrameworkMigration(path, text) {
  return migrationRecognisers.some((recognises) => recognises(path, text));
}

export {
  scriptGrammar,
  parseScript,
  spanOf,
  callsIn,
  calledName,
  receiverOf,
  argumentsOf,
  calleeText,
  chainCalls,
  inDown,
  isFragment,
  objectPairs,
  isRailsMigration,
  DJANGO_MIGRATION_PATH,
  isDjangoMigration,
  isAlembicMigration,
  isDoctrineMigration,
  isLaravelMigration,
  isEctoMigration,
  isEfCoreMigration,
  isLiquibaseChangelog,
  isTypeormMigration,
  isSequelizeMigration,
  isKnexMigration,
  isPrismaSchema,
  isAtlasSchema,
  isFrameworkMigration
};
