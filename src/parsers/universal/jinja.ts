import { fromOffsets } from '../offset-map.js';
import type { Snippet } from './text-lines.js';

/**
 * SQL that a dbt macro or model builds inside Jinja tags, which the SQL family (reading the file
 * as SQL with its tags as holes) cannot see: `run_query("drop table " ~ relation)`,
 * `config(post_hook="truncate " ~ this)`, and the adapter methods that are SQL under another
 * name (`adapter.drop_relation(r)` runs `drop table … cascade`). A string joined with `~` or `+`
 * is read with each non-literal part standing in as a name (`x`), the way template holes are
 * filled elsewhere.
 */
export function jinjaSqlSnippets(text: string): Snippet[] {
  if (!text.includes('{%') && !text.includes('{{')) return [];
  const out: Snippet[] = [];
  for (const tag of text.matchAll(/\{%-?([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g)) {
    const body = tag[1] ?? tag[2] ?? '';
    const start = tag.index + tag[0].indexOf(body);
    out.push(...adapterCalls(body, start), ...joinedStrings(body, start));
  }
  return out;
}

/** dbt adapter methods and what each runs. */
const ADAPTER_SQL: Record<string, string> = {
  drop_relation: 'DROP TABLE x CASCADE',
  drop_schema: 'DROP SCHEMA x CASCADE',
  truncate_relation: 'TRUNCATE x',
};

function adapterCalls(body: string, start: number): Snippet[] {
  const out: Snippet[] = [];
  for (const m of body.matchAll(/\badapter\s*\.\s*(drop_relation|drop_schema|truncate_relation)\s*\(/g)) {
    const sql = ADAPTER_SQL[m[1]!]!;
    const at = start + m.index;
    out.push({
      text: sql,
      toFile: fromOffsets([...Array.from(sql, () => at), at + m[0].length]),
      context: `a dbt adapter.${m[1]} call`,
      structured: true,
    });
  }
  return out;
}

/** A run of string literals and other operands joined by `~` or `+`, read as one string. */
function joinedStrings(body: string, start: number): Snippet[] {
  const out: Snippet[] = [];
  const literal = /(['"])((?:\\.|(?!\1)[^\\])*)\1/y;
  let i = 0;
  while (i < body.length) {
    const q = body[i];
    if (q !== '"' && q !== "'") {
      i++;
      continue;
    }
    let text = '';
    const at: number[] = [];
    let pos = i;
    // Alternate literal, operator, operand … for as long as the chain goes on.
    for (;;) {
      literal.lastIndex = pos;
      const m = literal.exec(body);
      if (m) {
        for (let k = 0; k < m[2]!.length; k++) {
          text += m[2]![k];
          at.push(start + pos + 1 + k);
        }
        pos = literal.lastIndex;
      } else {
        const operand = /^[\w.]+(\([^()]*\))?/.exec(body.slice(pos));
        if (!operand) break;
        text += 'x';
        at.push(start + pos);
        pos += operand[0].length;
      }
      const join = /^\s*[~+]\s*/.exec(body.slice(pos));
      if (!join) break;
      pos += join[0].length;
    }
    if (text.trim().length >= 4) {
      at.push(start + pos);
      out.push({ text, toFile: fromOffsets(at), context: 'a string in a Jinja tag', structured: true });
    }
    i = Math.max(pos, i + 1);
  }
  return out;
}
