import type { Rule } from '../../core/rule.js';
import { firstChange, type GuardDocument } from './document.js';
import { claudeGuardKeys, isAgentGuard, isClaudeSettings } from './guard-files.js';

export const agentGuardChange: Rule<GuardDocument, 'changed'> = {
  meta: {
    id: 'guard/agent-guard-change',
    family: 'guard',
    kind: 'protection',
    defaultSeverity: 'block',
    description:
      "A change to a coding agent's guard configuration: Claude Code hooks and permissions, Cursor rules and hooks, Codex, Gemini and Windsurf rules and permission files.",
    messages: {
      changed:
        '{path} configures what a coding agent may run without asking; a change to it can let an agent run destructive commands unchecked',
    },
    examples: {
      invalid: [
        {
          code: '{\n  "permissions": {\n    "allow": ["Bash(*)"]\n  }\n}\n',
          base: '{\n  "permissions": {\n    "deny": ["Bash(rm -rf:*)"]\n  }\n}\n',
          line: 3,
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
      ],
    },
  },
  check(doc, report) {
    const path = isAgentGuard(doc.path) ? doc.path : doc.previousPath;
    if (path === undefined || !isAgentGuard(path)) return;
    const head = doc.status === 'removed' ? undefined : doc.text;
    if (isClaudeSettings(path) && claudeGuardKeys(head) === claudeGuardKeys(doc.baseText)) return;
    const at = firstChange(doc);
    if (at) report({ messageId: 'changed', data: { path }, ...at });
  },
};
