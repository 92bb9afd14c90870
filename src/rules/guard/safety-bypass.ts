import type { Rule } from '../../core/rule.js';
import { wordAlternation } from '../../core/word-alternation.js';
import type { Span } from '../../core/types.js';
import { isDocumentation, type GuardDocument } from './lib/document.js';

type MessageId = 'variable' | 'flywayClean' | 'noVerify' | 'protectedEnvironments';

/** Variables whose presence switches a tool's own refusal to destroy data off. */
const BYPASS_VARIABLES: Record<string, string> = {
  PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION: "Prisma's refusal to run destructive commands an AI agent started",
  DISABLE_DATABASE_ENVIRONMENT_CHECK: "Rails' refusal to drop or reset a production database",
  DCG_BYPASS: "the destructive-command guard's refusal to run destructive commands",
};

/** `NAME=value`, `NAME: value`, `"NAME": "value"`, `ENV NAME value`, `NAME => value`, with a non-empty value. */
const VARIABLE_SET =
  /(?<![\w-])(PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION|DISABLE_DATABASE_ENVIRONMENT_CHECK|DCG_BYPASS)["']?(?:[ \t]*(?:=>|=|:)[ \t]*|[ \t]+)(?![ \t]|["']{2}|$|#)/gm;

/** Flyway's `cleanDisabled` (conf, Gradle, Maven, Spring, env) set to false lets `flyway clean` drop every object. */
const FLYWAY_CLEAN =
  /(?<![\w-])(?:flyway\.)?(?:cleanDisabled|clean-disabled|clean_disabled|FLYWAY_CLEAN_DISABLED|SPRING_FLYWAY_CLEAN_DISABLED)["']?[ \t]*(?:=|:|>)[ \t]*["']?false\b/gi;

/** `git commit --no-verify` skips the pre-commit hooks that run guards. */
const NO_VERIFY = /(?<![\w-])--no-verify(?![\w-])/g;

/** Rails: an empty list of protected environments lets `db:drop` run against production. */
const PROTECTED_ENVIRONMENTS = /\bprotected_environments\s*=\s*(?:\[\s*\]|%w[[({]\s*[\])}])/g;

/** A word each pattern above needs, case-blind (FLYWAY_CLEAN ignores case). */
const MAY_HOLD_A_SWITCH = new RegExp(
  wordAlternation([
    'prisma_user_consent_for_dangerous_ai_action',
    'disable_database_environment_check',
    'dcg_bypass',
    'cleandisabled',
    'clean-disabled',
    'clean_disabled',
    '--no-verify',
    'protected_environments',
  ]),
  'i',
);

export const safetyBypass: Rule<GuardDocument, MessageId> = {
  meta: {
    id: 'guard/safety-bypass',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      "Switches off a tool's own guard against destroying data: PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION, DISABLE_DATABASE_ENVIRONMENT_CHECK, DCG_BYPASS, Flyway cleanDisabled=false, `--no-verify`, empty Rails protected environments.",
    messages: {
      variable: '{name} switches off {what}',
      flywayClean: 'cleanDisabled=false lets `flyway clean` drop every object in the schemas Flyway manages',
      noVerify: '--no-verify skips the git hooks that run pre-commit guards',
      protectedEnvironments: 'an empty protected_environments list lets Rails drop or reset the production database',
    },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  rebuild:\n    runs-on: ubuntu-latest\n    steps:\n      - run: bin/rails db:drop db:create\n        env:\n          DISABLE_DATABASE_ENVIRONMENT_CHECK: "1"\n',
          line: 7,
          path: '.github/workflows/rebuild-db.yml',
        },
        {
          code: '#!/bin/sh\nexport PRISMA_USER_CONSENT_FOR_DANGEROUS_AI_ACTION=yes\nnpx prisma migrate reset --force\n',
          line: 2,
          path: 'scripts/reset.sh',
        },
        { code: 'flyway.url=jdbc:postgresql://db/app\nflyway.cleanDisabled=false\n', line: 2, path: 'flyway.conf' },
        {
          code: '{\n  "scripts": {\n    "release": "git commit -am release --no-verify && git push"\n  }\n}\n',
          line: 3,
          path: 'package.json',
        },
        {
          code: 'Rails.application.configure do\n  config.active_record.protected_environments = []\nend\n',
          line: 2,
          path: 'config/environments/production.rb',
        },
      ],
      valid: [
        { code: 'flyway.cleanDisabled=true\n', path: 'flyway.conf' },
        { code: 'Never set `DCG_BYPASS=1` or use `--no-verify`.\n', path: 'docs/safety.md' },
        { code: 'env:\n  DISABLE_DATABASE_ENVIRONMENT_CHECK: ""\n', path: '.github/workflows/x.yml' },
      ],
    },
  },
  check(doc, report) {
    if (isDocumentation(doc.path) || doc.status === 'removed') return;
    const { text } = doc;
    // The patterns below start with a look-behind, which V8 tries at every position: a text that
    // holds none of their words (most files) is passed over in one scan.
    if (!MAY_HOLD_A_SWITCH.test(text)) return;
    for (const m of text.matchAll(VARIABLE_SET)) {
      if (inComment(text, m.index)) continue;
      const name = m[1]!;
      report({ messageId: 'variable', data: { name, what: BYPASS_VARIABLES[name]! }, span: spanOf(m.index, name) });
    }
    for (const m of text.matchAll(FLYWAY_CLEAN)) {
      if (!inComment(text, m.index)) report({ messageId: 'flywayClean', span: spanOf(m.index, m[0]) });
    }
    for (const m of text.matchAll(NO_VERIFY)) {
      if (!inComment(text, m.index)) report({ messageId: 'noVerify', span: spanOf(m.index, m[0]) });
    }
    for (const m of text.matchAll(PROTECTED_ENVIRONMENTS)) {
      if (!inComment(text, m.index)) report({ messageId: 'protectedEnvironments', span: spanOf(m.index, m[0]) });
    }
  },
};

function spanOf(start: number, matched: string): Span {
  return { start, end: start + matched.length };
}

/** A line that starts as a comment in the languages these settings are written in. */
function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*(#|\/\/|--|;|\*|<!--)/.test(text.slice(lineStart, offset));
}
