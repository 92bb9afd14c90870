import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { pathToUri, render, type SarifRule } from '../../src/report/sarif.js';
import { HOSTILE_PATH, hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

/** The OASIS SARIF 2.1.0 schema (rtm.5, the one schemastore publishes), copied from @microsoft/jest-sarif (MIT). */
function sarifValidator() {
  const file = join(import.meta.dirname, '..', 'fixtures', 'sarif-2.1.0-rtm.5.schema.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // It is a draft-04 schema whose only draft-04-only feature is `id`; ajv 8 reads the rest as draft-07.
  const { $schema: _draft, id, ...rest } = schema;
  // One of its `pattern`s is not valid under the `u` flag ajv 8 uses by default.
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  const uriChars = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriChars.test(s));
  ajv.addFormat('uri-reference', (s: string) => uriChars.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: String(id), ...rest });
}

const rules: SarifRule[] = [
  { id: 'orm/unused', description: 'Not used by any finding', kind: 'destructive' },
  {
    id: 'sql/drop-table',
    description: 'DROP TABLE destroys a table and its rows',
    kind: 'destructive',
    helpUri: 'https://example.com/docs/rules/sql/drop-table.md',
  },
];

describe('sarif report', () => {
  const decision = sampleDecision();
  const out = render(decision, { rules, informationUri: 'https://example.com/two-key', version: '0.1.0' });
  const log = JSON.parse(out) as Log;
  const run = log.runs[0]!;
  const results = run.results!;

  it('is valid against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('names the schema, the version and the tool', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'two-key', informationUri: 'https://example.com/two-key' });
  });

  it('lists the rules the findings use, with what the rules option says about them', () => {
    const descriptors = run.tool.driver.rules!;
    expect(descriptors.map((r) => r.id)).toEqual([
      'sql/drop-table',
      'orm/rails-drop-table',
      'sql/delete-without-where',
      'iac/terraform-resource-removed',
    ]);
    expect(descriptors[0]).toMatchObject({
      shortDescription: { text: 'DROP TABLE destroys a table and its rows' },
      helpUri: 'https://example.com/docs/rules/sql/drop-table.md',
    });
    for (const result of results) expect(descriptors[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('maps blocking, warning and rollback-only to levels', () => {
    expect(results.map((r) => r.level)).toEqual(['error', 'note', 'error', 'error', 'error']);
  });

  it('turns the inclusive end column into an exclusive one', () => {
    expect(results[0]!.locations![0]!.physicalLocation!.region).toMatchObject({
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: 21,
      snippet: { text: 'DROP TABLE bookings;' },
    });
    expect(results[2]!.locations![0]!.physicalLocation!.region).toMatchObject({
      startLine: 5,
      startColumn: 2,
      endLine: 6,
      endColumn: 21,
    });
  });

  it('points at a repo-relative, encoded URI and keeps the side in the properties and the message', () => {
    const location = results[4]!.locations![0]!.physicalLocation!.artifactLocation!;
    expect(location).toEqual({
      uri: 'db/migrations/20261121_a%7Cb%3Cscript%3Ealert%281%29%3C/script%3E%40someone.sql',
      uriBaseId: '%SRCROOT%',
    });
    expect(decodeURIComponent(location.uri!)).toBe(HOSTILE_PATH);
    expect(results[3]!.properties).toEqual({ kind: 'destructive', side: 'base', rollbackOnly: false });
    expect(results[3]!.message.text).toContain('base version');
    expect(results[0]!.message.text).not.toContain('base version');
  });

  it('fingerprints a finding by rule, path and snippet, not by line', () => {
    const moved = sampleDecision();
    moved.findings[0] = { ...moved.findings[0]!, line: 40, endLine: 40 };
    const again = (JSON.parse(render(moved)) as Log).runs[0]!.results!;
    expect(again[0]!.partialFingerprints).toEqual(results[0]!.partialFingerprints);
    const fingerprints = results.map((r) => r.partialFingerprints!['twoKeyFinding/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('keeps identical findings in one file apart', () => {
    const twice = sampleDecision();
    twice.findings = [twice.findings[0]!, { ...twice.findings[0]!, line: 10, endLine: 10 }];
    const [first, second] = (JSON.parse(render(twice)) as Log).runs[0]!.results!;
    const a = first!.partialFingerprints!['twoKeyFinding/v1']!;
    const b = second!.partialFingerprints!['twoKeyFinding/v1']!;
    expect(a.endsWith(':1')).toBe(true);
    expect(b).toBe(a.replace(/:1$/, ':2'));
  });

  it('reports notes as tool execution notifications', () => {
    expect(run.invocations![0]!.toolExecutionNotifications!.map((n) => n.message.text)).toEqual([
      'skipped binary file assets/logo.png',
      'could not parse db/x.sql\\x1b]0;pwned\\x07',
    ]);
  });

  it('lets no raw control or bidi character through', () => {
    expect(hasUnsafeCharacters(out)).toBe(false);
  });

  it('encodes each path segment', () => {
    expect(pathToUri('a b/c#d?.sql')).toBe('a%20b/c%23d%3F.sql');
  });
});
