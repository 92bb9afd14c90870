import type { Rule } from '../../core/rule.js';
import { heldDataBefore, type SqlDocument } from './lib/document.js';
import { codeTokens, isWord, mayHold, statementAt } from './lib/tokens.js';
import type { SqlToken } from '../../parsers/sql/tokenizer.js';

/** A dotted name from `tokens[i]` on: `proj.ds.events`, `` `proj.ds.events` ``, `"a"."b"`. */
function nameAt(tokens: SqlToken[], i: number): { name: string[]; next: number } {
  const name: string[] = [];
  let j = i;
  while (tokens[j] && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'quoted-ident')) {
    name.push(...tokens[j]!.value.split('.'));
    if (tokens[j + 1]?.text !== '.') return { name, next: j + 1 };
    j += 2;
  }
  return { name, next: j };
}

/** `ADD [CONSTRAINT [c]] UNIQUE|PRIMARY KEY` among the clauses from `from` to the statement's end. */
function addsUniqueKey(tokens: SqlToken[], from: number, end: number): boolean {
  for (let j = from; j < tokens.length && tokens[j]!.start < end; j++) {
    if (!isWord(tokens[j], 'ADD')) continue;
    let k = j + 1;
    if (isWord(tokens[k], 'CONSTRAINT'))
      k += isWord(tokens[k + 1], 'UNIQUE') || isWord(tokens[k + 1], 'PRIMARY') ? 1 : 2;
    if (isWord(tokens[k], 'UNIQUE') || isWord(tokens[k], 'PRIMARY')) return true;
  }
  return false;
}

/**
 * Why a `CREATE OR REPLACE TABLE` makes a new table, when the migrations before it say so: there
 * are earlier migrations in its folder, and none of them names the table at all (so none created
 * it, under any spelling). Without that history the table may exist, and the replace blocks.
 */
function notInHistory(doc: SqlDocument, name: string[]): string | undefined {
  const earlier = doc.earlierMigrationTexts;
  const last = name.at(-1)?.toLowerCase();
  if (earlier.length === 0 || !last) return undefined;
  const word = new RegExp(`(^|[^\\w$])${last.replace(/[^\w$]/g, '\\$&')}($|[^\\w$])`, 'i');
  if (earlier.some((text) => word.test(text))) return undefined;
  return `no earlier migration of this folder (${earlier.length} read) names ${name.join('.')}: the replace creates it`;
}

export const tableDiscarded: Rule<SqlDocument, 'replace' | 'blackhole' | 'ignoreDuplicates'> = {
  meta: {
    id: 'sql/table-discarded',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A table whose rows are thrown away without a DROP: `CREATE OR REPLACE TABLE` over an existing table (BigQuery, Snowflake, Databricks), MySQL `ENGINE=BLACKHOLE`, which discards every row, or MariaDB `ALTER IGNORE TABLE ... ADD UNIQUE`, which deletes every duplicate row.',
    messages: {
      replace: 'CREATE OR REPLACE TABLE {name} replaces the existing table and every row in it',
      blackhole: 'ENGINE=BLACKHOLE on {name} discards every row the table holds and every row written to it',
      ignoreDuplicates:
        'ALTER IGNORE TABLE {name} adding a unique or primary key deletes every row that duplicates an earlier one',
    },
    examples: {
      invalid: [
        {
          code: 'CREATE OR REPLACE TABLE `acme.analytics.events` AS\nSELECT * FROM `acme.analytics.events_v2`;',
          line: 1,
          path: 'warehouse/bigquery/V3__events.sql',
        },
        { code: 'ALTER TABLE orders ENGINE=BLACKHOLE;', line: 1, path: 'db/mysql/V9__archive.sql' },
        {
          code: 'ALTER IGNORE TABLE users\n  ADD UNIQUE INDEX uq_email (email);',
          line: 1,
          path: 'db/mariadb/V11__dedupe.sql',
        },
      ],
      valid: [
        {
          code: 'CREATE TABLE `acme.analytics.daily` (id INT64);\nCREATE OR REPLACE TABLE `acme.analytics.daily` AS SELECT 1 AS id;',
          path: 'warehouse/bigquery/V4.sql',
        },
        { code: 'ALTER TABLE orders ENGINE=InnoDB;', path: 'db/mysql/V10__engine.sql' },
        'CREATE OR REPLACE VIEW recent AS SELECT 1;',
        { code: 'ALTER TABLE users ADD UNIQUE INDEX uq_email (email);', path: 'db/mysql/V12__unique.sql' },
        { code: 'ALTER IGNORE TABLE users ADD INDEX idx_email (email);', path: 'db/mariadb/V13__index.sql' },
      ],
    },
  },
  check(doc, report) {
    // OR REPLACE followed by TABLE, with only space or a comment between (most files replace functions).
    if (
      !mayHold(
        doc,
        /REPLACE\s+(TRANSIENT\s+)?TABLE|REPLACE\s*(--|\/\*|#)|BLACKHOLE|IGNORE\s+TABLE|IGNORE\s*(--|\/\*|#)/i,
      )
    )
      return;
    const tokens = codeTokens(doc);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (isWord(t, 'CREATE') && isWord(tokens[i + 1], 'OR') && isWord(tokens[i + 2], 'REPLACE')) {
        let j = i + 3;
        // A TEMP table is the session's own; a TRANSIENT one (Snowflake) replaces the stored table as any other.
        const temporary = isWord(tokens[j], 'TEMP') || isWord(tokens[j], 'TEMPORARY');
        while (isWord(tokens[j], 'TEMP') || isWord(tokens[j], 'TEMPORARY') || isWord(tokens[j], 'TRANSIENT')) j++;
        if (!isWord(tokens[j], 'TABLE') || temporary) continue;
        const { name } = nameAt(tokens, j + 1);
        if (name.length === 0 || !heldDataBefore(doc, name, t.start)) continue;
        const newTable = notInHistory(doc, name);
        report({
          messageId: 'replace',
          data: { name: name.join('.') },
          span: { start: t.start, end: tokens[j]!.end },
          unit: statementAt(doc, t),
          ...(newTable ? { downgradedBecause: newTable } : {}),
        });
      }
      if (isWord(t, 'ALTER') && isWord(tokens[i + 1], 'IGNORE') && isWord(tokens[i + 2], 'TABLE')) {
        const stmt = statementAt(doc, t);
        const { name, next } = nameAt(tokens, i + 3);
        if (name.length > 0 && addsUniqueKey(tokens, next, stmt.end)) {
          report({
            messageId: 'ignoreDuplicates',
            data: { name: name.join('.') },
            span: { start: t.start, end: tokens[i + 2]!.end },
            unit: stmt,
          });
        }
      }
      if (isWord(t, 'ENGINE') && tokens[i + 1]?.text === '=' && isWord(tokens[i + 2], 'BLACKHOLE')) {
        const stmt = statementAt(doc, t);
        const head = tokens.filter((k) => k.start >= stmt.start && k.start < t.start);
        if (!isWord(head[0], 'ALTER') || !isWord(head[1], 'TABLE')) continue;
        const { name } = nameAt(head, 2);
        report({
          messageId: 'blackhole',
          data: { name: name.join('.') },
          span: { start: t.start, end: tokens[i + 2]!.end },
          unit: stmt,
        });
      }
    }
  },
};
