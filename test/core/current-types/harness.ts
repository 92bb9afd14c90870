import { check } from '../../../src/engine/engine.js';
import type { BaseTree } from '../../../src/core/types.js';
import { defaultPolicy } from '../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../helpers/change-set.js';

/** A base tree holding exactly these files. */
export function tree(files: Record<string, string>): BaseTree {
  return {
    list: (folder) => Object.keys(files).filter((p) => folder === '' || p.startsWith(folder.replace(/\/$/, '') + '/')),
    read: (path) => files[path],
  };
}

/** Judges one added migration against a base tree; the type-change findings, as the JSON reports them. */
export async function judge(path: string, text: string, base: Record<string, string> = {}) {
  const decision = await check(changeSetOf([addedFile(path, text)], { baseTree: tree(base) }), defaultPolicy());
  return {
    verdict: decision.verdict,
    findings: decision.findings
      .filter((f) => f.ruleId.endsWith('lossy-type-change'))
      .map((f) => ({
        ruleId: f.ruleId,
        line: f.line,
        blocking: f.blocking,
        message: f.message,
        ...(f.downgradedBecause === undefined ? {} : { downgradedBecause: f.downgradedBecause }),
      })),
  };
}
