import { SaxesParser } from 'saxes';
import { shiftBy } from '../offset-map.js';
import { DecodedBuilder } from './decoded-string.js';
import type { LiquibaseChange, LiquibaseChangeSet } from './liquibase-model.js';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Element {
  name: string;
  attributes: Map<string, string>;
  start: number;
  end: number;
  children: Element[];
  text: DecodedBuilder;
}

/**
 * Reads a Liquibase XML changelog with saxes (a conforming XML parser that reports offsets), so
 * a change's line and every character of its SQL are where the file has them. Throws on XML
 * that is not well formed: the engine reports the file as unreadable.
 */
export function readLiquibaseXml(src: string): LiquibaseChangeSet[] {
  const root = parseXml(src);
  const changeSets: LiquibaseChangeSet[] = [];
  const visit = (element: Element) => {
    if (local(element.name) === 'changeSet') {
      const changeSet: LiquibaseChangeSet = { changes: [], rollback: [] };
      for (const child of element.children) {
        const name = local(child.name);
        if (name === 'rollback') {
          const sql = child.text.finish();
          if (sql.text.trim()) changeSet.rollback.push(sqlChange(child, sql));
          changeSet.rollback.push(...child.children.map(toChange));
        } else if (!['comment', 'preConditions', 'validCheckSum', 'tagDatabase'].includes(name)) {
          changeSet.changes.push(toChange(child));
        }
      }
      changeSets.push(changeSet);
    } else element.children.forEach(visit);
  };
  visit(root);
  return changeSets;
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function sqlChange(element: Element, sql: { text: string; toFile: (n: number) => number }): LiquibaseChange {
  return {
    type: 'sql',
    attributes: new Map(),
    span: { start: element.start, end: element.start + element.name.length + 1 },
    unit: { start: element.start, end: element.end },
    columns: [],
    hasWhere: false,
    sql,
  };
}

function toChange(element: Element): LiquibaseChange {
  const type = local(element.name);
  const change: LiquibaseChange = {
    type,
    attributes: element.attributes,
    span: { start: element.start, end: element.start + element.name.length + 1 },
    unit: { start: element.start, end: element.end },
    columns: element.children.filter((c) => local(c.name) === 'column').map((c) => c.attributes.get('name') ?? '?'),
    hasWhere: element.children.some((c) => local(c.name) === 'where' && c.text.finish().text.trim() !== ''),
  };
  const typed = element.children.filter((c) => local(c.name) === 'column' && c.attributes.has('type'));
  if (typed.length > 0) {
    change.columnTypes = new Map(typed.map((c) => [c.attributes.get('name') ?? '?', c.attributes.get('type')!]));
  }
  if (type === 'sql' || type === 'createProcedure') change.sql = element.text.finish();
  return change;
}

function parseXml(src: string): Element {
  const parser = new SaxesParser({ position: true });
  const document: Element = {
    name: '#document',
    attributes: new Map(),
    start: 0,
    end: src.length,
    children: [],
    text: new DecodedBuilder(),
  };
  const stack: Element[] = [document];
  let lastEnd = 0;
  let tagStart = 0;
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentagstart', (tag) => {
    // saxes has read `<name` and one more character.
    tagStart = parser.position - tag.name.length - 2;
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const [name, value] of Object.entries(tag.attributes)) attributes.set(local(name), String(value));
    const element: Element = {
      name: tag.name,
      attributes,
      start: tagStart,
      end: parser.position,
      children: [],
      text: new DecodedBuilder(),
    };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
    lastEnd = parser.position;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.end = parser.position;
    lastEnd = parser.position;
  });
  parser.on('text', (text) => {
    // The text event comes once saxes has read the `<` after the text.
    const end = parser.position - 1;
    stack[stack.length - 1]!.text.append(decodeText(src, lastEnd, end, text));
    lastEnd = end;
  });
  parser.on('cdata', (text) => {
    const start = lastEnd + '<![CDATA['.length;
    const end = parser.position - ']]>'.length;
    stack[stack.length - 1]!.text.append(decodeText(src, start, end, text, false));
    lastEnd = parser.position;
  });
  for (const event of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) {
    parser.on(event, () => {
      lastEnd = parser.position;
    });
  }
  parser.write(src).close();
  if (failure) throw new Error(`is not well-formed XML: ${failure.message.split('\n')[0]}`);
  return document;
}

/** Decodes `src[start, end)` as XML text (entities, CRLF as LF); if that disagrees with the parser, maps it all to its start. */
function decodeText(src: string, start: number, end: number, expected: string, entities = true): DecodedBuilder {
  const builder = new DecodedBuilder();
  for (let i = start; i < end; i++) {
    const char = src[i];
    if (char === '\r') {
      builder.decoded('\n', i, src[i + 1] === '\n' ? i + 2 : i + 1);
      if (src[i + 1] === '\n') i++;
      continue;
    }
    if (entities && char === '&') {
      const close = src.indexOf(';', i);
      const name = close > i ? src.slice(i + 1, close) : '';
      const value = name.startsWith('#x')
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? String.fromCodePoint(parseInt(name.slice(1), 10))
          : ENTITIES[name];
      if (value !== undefined) {
        builder.decoded(value, i, close + 1);
        i = close;
        continue;
      }
    }
    builder.verbatim(src, i, i + 1);
  }
  if (builder.finish().text === expected) return builder;
  const fallback = new DecodedBuilder();
  const at = shiftBy(start)(0);
  return fallback.decoded(expected, at, end);
}
