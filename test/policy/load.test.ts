import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/policy/defaults.js';
import { PolicyError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/policy/load.js';

const FILE = '.github/two-key.yml';
const KNOWN = ['sql/drop-table', 'sql/truncate', 'shell/rm-rf'];

function errorOf(text: string): PolicyError {
  try {
    loadPolicy(text, FILE, () => undefined, { knownRuleIds: KNOWN });
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

describe('loadPolicy errors', () => {
  it('reports an unknown key with a suggestion', () => {
    const e = errorOf('paths:\n  include: ["**"]\nrule:\n  sql/drop-table: block\n');
    expect(e.message).toBe(`${FILE}:3:1: unknown key "rule" (did you mean "rules"?)`);
    expect([e.file, e.line, e.column]).toEqual([FILE, 3, 1]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(errorOf('paths:\n  zzzzzz: []\n').message).toBe(
      `${FILE}:2:3: unknown key "zzzzzz"; expected one of include, exclude, nonBlocking, rollback`,
    );
  });

  it('reports a wrong type at the value', () => {
    expect(errorOf('paths:\n  include: "**"\n').message).toBe(`${FILE}:2:12: expected a list, got "**"`);
    expect(errorOf('agents:\n  extraApprovals: 1.5\n').message).toBe(`${FILE}:2:19: expected a whole number, got 1.5`);
    expect(errorOf('agents:\n  warnBlocks: "yes"\n').message).toBe(`${FILE}:2:15: expected true or false, got "yes"`);
  });

  it('reports a bad severity', () => {
    expect(errorOf('rules:\n  sql/drop-table: blok\n').message).toBe(
      `${FILE}:2:19: expected one of off, warn, block, got "blok"`,
    );
  });

  it('reports an unknown rule id at its key', () => {
    expect(errorOf('rules:\n  sql/truncate: warn\n  sql/drop-tabel: block\n').message).toBe(
      `${FILE}:3:3: unknown rule id "sql/drop-tabel" (did you mean "sql/drop-table"?)`,
    );
  });

  it('reports an approval rule pattern that matches no rule', () => {
    const text = 'approvals:\n  rules:\n    - match: { rules: ["sqll/*"] }\n      count: 1\n';
    expect(errorOf(text).message).toBe(`${FILE}:3:24: rule pattern "sqll/*" matches no known rule`);
  });

  it('accepts any rule id when no list is given', () => {
    expect(loadPolicy('rules:\n  made/up: warn\n', FILE).rules).toEqual({ 'made/up': 'warn' });
  });

  it('reports a YAML syntax error as a PolicyError', () => {
    expect(errorOf('paths:\n  include: [a\nrules: {}\n').message).toBe(
      `${FILE}:3:1: YAML syntax error: flow sequence in block collection must be sufficiently indented and end with a ]`,
    );
    expect(errorOf('rules:\n  a/b: warn\n  a/b: block\n').message).toBe(
      `${FILE}:3:3: key "a/b" appears twice in the same mapping`,
    );
  });

  it('reports every problem, in file order', () => {
    const e = errorOf('rules:\n  sql/drop-table: blok\npaths:\n  includ: []\n');
    expect(e.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:19', '4:3']);
    expect(e.message.split('\n')).toHaveLength(2);
  });

  it('explains empty values, bad reviewers and unreachable counts', () => {
    expect(errorOf('paths:\n  exclude:\n').message).toBe(`${FILE}:2:3: "exclude" has no value; give a list`);
    expect(errorOf('approvals:\n  default:\n    from: [acme/dba]\n').message).toBe(
      `${FILE}:3:12: expected a user ("alice" or "@alice") or a team ("@org/team"), got "acme/dba"`,
    );
    expect(errorOf('approvals:\n  default:\n    count: 3\n    from: [alice, bob]\n').message).toBe(
      `${FILE}:3:12: needs 3 approvals but "from" names only 2 users`,
    );
    expect(errorOf('approvals:\n  rules:\n    - match: {}\n      count: 2\n').message).toBe(
      `${FILE}:3:14: a match needs at least one of kinds, rules, paths`,
    );
    expect(errorOf('approvals:\n  rules:\n    - count: 2\n').message).toBe(`${FILE}:3:7: missing required key "match"`);
  });

  it('rejects paths written from the file system root', () => {
    expect(errorOf('paths:\n  exclude: ["./vendor/**"]\n').message).toBe(
      `${FILE}:2:13: paths are relative to the repository root and start without "/" or "./", got "./vendor/**"`,
    );
  });

  it('rejects a top level that is not a mapping', () => {
    expect(errorOf('- rules\n').message).toBe(`${FILE}:1:1: expected a mapping of policy keys at the top level`);
  });
});

describe('loadPolicy results', () => {
  it('gives the default policy for an empty file', () => {
    expect(loadPolicy('', FILE)).toEqual(defaultPolicy());
    expect(loadPolicy('# nothing yet\n', FILE)).toEqual(defaultPolicy());
  });

  it('normalizes reviewers to @login and @org/team', () => {
    const policy = loadPolicy(
      'approvals:\n  default: { from: [alice, "@bob", "@acme/dba"] }\n  rules:\n    - match: { kinds: [secret] }\n      count: 1\n',
      FILE,
    );
    expect(policy.approvals.default).toEqual({ count: 1, from: ['@alice', '@bob', '@acme/dba'] });
    expect(policy.approvals.rules).toEqual([{ match: { kinds: ['secret'] }, count: 1, from: [] }]);
  });
});
