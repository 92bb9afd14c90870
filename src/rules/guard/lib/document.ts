import type { CheckedFile } from '../../../core/checker.js';
import { LineIndex } from '../../../core/lines.js';
import type { Span } from '../../../core/types.js';
import { diffLines } from '../../../parsers/diff.js';

/** What the guard rules are given: one changed file, both versions, and what the gate relies on. */
export interface GuardDocument extends CheckedFile {
  /** Repository paths of the policy files the base policy extends: editing one edits the policy. */
  policyFiles?: readonly string[];
  /** Workflow names that the gate (a workflow running two-key, at the base) waits for with `workflow_run`. */
  gateTriggerNames?: readonly string[];
}

/** Where a finding goes: a span in the head (or, with side `base`, the base) version. */
export interface Place {
  span?: Span;
  side?: 'base';
}

/**
 * Where a change to a file is: the first line it added or modified, or, when it only removed
 * lines (or removed the file), the first removed line of the base version.
 */
export function firstChange(doc: GuardDocument): { span: Span; side?: 'base' } | undefined {
  const head = doc.status === 'removed' ? undefined : doc.text;
  const changed = diffLines(doc.baseText, head);
  const added = changed.headChangedLines[0];
  if (head !== undefined && added) return { span: lineSpan(head, added.start) };
  const removed = changed.baseChangedLines[0];
  if (doc.baseText !== undefined && removed) return { span: lineSpan(doc.baseText, removed.start), side: 'base' };
  return undefined;
}

/** The place itself, or the first change when the comparison could not name one. */
export function placeOf(doc: GuardDocument, place: Place): { span: Span; side?: 'base' } | undefined {
  if (place.span) return place.side === 'base' ? { span: place.span, side: 'base' } : { span: place.span };
  return firstChange(doc);
}

/** The head version, or undefined when the change removes the file. */
export function headOf(doc: GuardDocument): string | undefined {
  return doc.status === 'removed' ? undefined : doc.text;
}

export function lineSpan(text: string, line: number): Span {
  const lines = new LineIndex(text);
  const start = offsetOfLine(text, line);
  return { start, end: start + Math.max(1, lines.line(line).length) };
}

function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return offset;
    offset = next + 1;
  }
  return offset;
}

/** Documentation describes guards; it cannot switch one off. */
export function isDocumentation(path: string): boolean {
  return /\.(md|mdx|markdown|rst|adoc|txt)$/i.test(path);
}
