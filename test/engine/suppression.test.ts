import { describe, expect, it } from 'vitest';
import { findSuppressions } from '../../src/engine/suppression.js';

describe('findSuppressions', () => {
  it('finds markers at their lines, in any case and comment style, and ignores a mere mention', () => {
    const text = [
      'a',
      '-- two-key: allow sql/drop-table -- ok',
      'b',
      '',
      'DROP x; -- Two-Key: allow sql/*',
      '# two-key mention only',
      '// two-key: allow shell/rm-rf',
    ].join('\n');
    expect(findSuppressions(text)).toEqual([
      { line: 2, ruleIds: ['sql/drop-table'], reason: 'ok' },
      { line: 5, ruleIds: ['sql/*'], reason: '' },
      { line: 7, ruleIds: ['shell/rm-rf'], reason: '' },
    ]);
  });
});
