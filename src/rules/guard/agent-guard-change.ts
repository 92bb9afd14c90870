import type { Rule } from '../../core/rule.js';
import { placeOf, type GuardDocument } from './lib/document.js';
import { guardComparisons } from './lib/guard-comparisons.js';

export const agentGuardChange: Rule<GuardDocument, 'loosened'> = {
  meta: {
    id: 'guard/agent-guard-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      "A change that loosens a coding agent's guard configuration: Claude Code permissions allowed, denied commands or hooks removed; Cursor, Codex, Gemini and Windsurf rules and permission files rewritten.",
    messages: {
      loosened:
        '{path}: this change {reason}; it configures what a coding agent may run without asking, so loosening it can let an agent run destructive commands unchecked',
    },
    examples: {
      invalid: [
        {
          code: '{\n  "permissions": {\n    "allow": ["Bash(*)"]\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          line: 3,
          path: '.claude/settings.json',
        },
        {
          code: '{\n  "permissions": {\n    "deny": []\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": [\n      "Bash(rm -rf:*)"\n    ]\n  }\n}\n',
          line: 4,
          side: 'base',
          path: '.claude/settings.json',
        },
        {
          code: '{\n  "hooks": {}\n}\n',
          base: '{\n  "hooks": {\n    "PreToolUse": [\n      {\n        "matcher": "Bash",\n        "hooks": [{ "type": "command", "command": "./guard.sh" }]\n      }\n    ]\n  }\n}\n',
          line: 6,
          side: 'base',
          path: '.claude/settings.json',
        },
        { code: 'Always ask before running migrations.\n', line: 1, path: '.cursor/rules/db.mdc' },
      ],
      valid: [
        {
          code: '{\n  "model": "opus",\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          base: '{\n  "model": "sonnet",\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          path: '.claude/settings.json',
        },
        {
          code: '{\n  "permissions": {\n    "deny": ["Bash(psql:*)", "Bash(rm -rf:*)"]\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)", "Bash(psql:*)"]\n  }\n}\n',
          path: '.claude/settings.json',
        },
      ],
    },
  },
  check(doc, report) {
    for (const c of guardComparisons(doc).filter((g) => g.kind === 'agent')) {
      for (const w of c.weakenings) {
        const at = placeOf(doc, w);
        if (at) report({ messageId: 'loosened', data: { path: c.label, reason: w.reason }, ...at });
      }
    }
  },
};
