import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/core/rule.ts
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => data[key] ?? whole);
}

// src/core/checker.ts
function runRules(rules, input, rollback) {
  const findings = [];
  for (const rule of rules) {
    rule.check(input, (r) => {
      findings.push({
        ruleId: rule.meta.id,
        kind: rule.meta.kind,
        defaultSeverity: rule.meta.defaultSeverity,
        message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
        span: r.span,
        unit: r.unit ?? r.span,
        rollbackOnly: r.rollbackOnly ?? rollback(r.span),
        ...r.side === "base" ? { side: "base" } : {},
        ...r.downgradedBecause ? { downgradedBecause: r.downgradedBecause } : {}
      });
    });
  }
  return findings;
}

export {
  formatMessage,
  runRules
};
