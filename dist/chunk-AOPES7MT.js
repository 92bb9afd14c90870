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
  diffLines
} from "./chunk-O7FLODLP.js";
import {
  LineIndex
} from "./chunk-O3AVP3WD.js";

// src/rules/guard/lib/document.ts
function firstChange(doc) {
  const head = doc.status === "removed" ? void 0 : doc.text;
  const changed = diffLines(doc.baseText, head);
  const added = changed.headChangedLines[0];
  if (head !== void 0 && added) return { span: lineSpan(head, added.start) };
  const removed = changed.baseChangedLines[0];
  if (doc.baseText !== void 0 && removed) return { span: lineSpan(doc.baseText, removed.start), side: "base" };
  return void 0;
}
function placeOf(doc, place) {
  if (place.span) return place.side === "base" ? { span: place.span, side: "base" } : { span: place.span };
  return firstChange(doc);
}
function headOf(doc) {
  return doc.status === "removed" ? void 0 : doc.text;
}
function lineSpan(text, line) {
  const lines = new LineIndex(text);
  const start = offsetOfLine(text, line);
  return { start, end: start + Math.max(1, lines.line(line).length) };
}
function offsetOfLine(text, line) {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return offset;
    offset = next + 1;
  }
  return offset;
}
function isDocumentation(path) {
  return /\.(md|mdx|markdown|rst|adoc|txt)$/i.test(path);
}

// src/rules/guard/safety-bypass.ts
var BYPASS_VARIABLES = {
  PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION: "Prisma's refusal to run destructive commands an AI agent started",
  DISABLE_DATABASE_ENVIRONMENT_CHECK: "Rails' refusal to drop or reset a production database",
  DCG_BYPASS: "the destructive-command guard's refusal to run destructive commands"
};
var VARIABLE_SET = /(?<![\w-])(PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION|DISABLE_DATABASE_ENVIRONMENT_CHECK|DCG_BYPASS)["']?(?:[ \t]*(?:=>|=|:)[ \t]*|[ \t]+)(?![ \t]|["']{2}|$|#)/gm;
var FLYWAY_CLEAN = /(?<![\w-])(?:flyway\.)?(?:cleanDisabled|clean-disabled|clean_disabled|FLYWAY_CLEAN_DISABLED|SPRING_FLYWAY_CLEAN_DISABLED)["']?[ \t]*(?:=|:|>)[ \t]*["']?false\b/gi;
var NO_VERIFY = /(?<![\w-])--no-verify(?![\w-])/g;
var PROTECTED_ENVIRONMENTS = /\bprotected_environments\s*=\s*(?:\[\s*\]|%w[[({]\s*[\])}])/g;
var MAY_HOLD_A_SWITCH = new RegExp(
  wordAlternation([
    "prisma_user_consent_for_dangerous_ai_action",
    "disable_database_environment_check",
    "dcg_bypass",
    "cleandisabled",
    "clean-disabled",
    "clean_disabled",
    "--no-verify",
    "protected_environments"
  ]),
  "i"
);
var safetyBypass = {
  meta: {
    id: "guard/safety-bypass",
    family: "guard",
    kind: "protection",
    defaultSeverity: "block",
    description: "Switches off a tool's own guard against destroying data: PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION, DISABLE_DATABASE_ENVIRONMENT_CHECK, DCG_BYPASS, Flyway cleanDisabled=false, `--no-verify`, empty Rails protected environments.",
    messages: {
      variable: "{name} switches off {what}",
      flywayClean: "cleanDisabled=false lets `flyway clean` drop every object in the schemas Flyway manages",
      noVerify: "--no-verify skips the git hooks that run pre-commit guards",
      protectedEnvironments: "an empty protected_environments list lets Rails drop or reset the production database"
    },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  rebuild:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bin/rails db:drop db:create\n        env:\n          DISABLE_DATABASE_ENVIRONMENT_CHECK: "1"\n',
          line: 7,
          path: ".github/workflows/rebuild-db.yml"
        },
        {
          code: "#!/bin/sh\nexport PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION=yes\nnpx prisma migrate reset --force\n",
          line: 2,
          path: "scripts/reset.sh"
        },
        { code: "flyway.url=jdbc:postgresql://db/app\nflyway.cleanDisabled=false\n", line: 2, path: "flyway.conf" },
        {
          code: '{\n  "scripts": {\n    "release": "git commit -am release --no-verify && git push"\n  }\n}\n',
          line: 3,
          path: "package.json"
        },
        {
          code: "Rails.application.configure do\n  config.active_record.protected_environments = []\nend\n",
          line: 2,
          path: "config/environments/production.rb"
        }
      ],
      valid: [
        { code: "flyway.cleanDisabled=true\n", path: "flyway.conf" },
        { code: "Never set `DCG_BYPASS=1` or use `--no-verify`.\n", path: "docs/safety.md" },
        { code: 'env:\n  DISABLE_DATABASE_ENVIRONMENT_CHECK: ""\n', path: ".github/workflows/x.yml" }
      ]
    }
  },
  check(doc, report) {
    if (isDocumentation(doc.path) || doc.status === "removed") return;
    const { text } = doc;
    if (!MAY_HOLD_A_SWITCH.test(text)) return;
    for (const m of text.matchAll(VARIABLE_SET)) {
      if (inComment(text, m.index)) continue;
      const name = m[1];
      report({ messageId: "variable", data: { name, what: BYPASS_VARIABLES[name] }, span: spanOf(m.index, name) });
    }
    for (const m of text.matchAll(FLYWAY_CLEAN)) {
      if (!inComment(text, m.index)) report({ messageId: "flywayClean", span: spanOf(m.index, m[0]) });
    }
    for (const m of text.matchAll(NO_VERIFY)) {
      if (!inComment(text, m.index)) report({ messageId: "noVerify", span: spanOf(m.index, m[0]) });
    }
    for (const m of text.matchAll(PROTECTED_ENVIRONMENTS)) {
      if (!inComment(text, m.index)) report({ messageId: "protectedEnvironments", span: spanOf(m.index, m[0]) });
    }
  }
};
function spanOf(start, matched) {
  return { start, end: start + matched.length };
}
function inComment(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^\s*(#|\/\/|--|;|\*|<!--)/.test(text.slice(lineStart, offset));
}

export {
  firstChange,
  placeOf,
  headOf,
  safetyBypass
};
