import type { Span } from '../../../core/types.js';
import { parseJson, type JsonValue } from '../../../parsers/json-strings.js';

/** One entry of a plan's `resource_changes`, with where it is written in the JSON. */
export interface PlanResourceChange {
  address: string;
  type: string;
  mode: string;
  actions: string[];
  /** The `"address": ...` member, or the entry itself when it has none. */
  span: Span;
  /** The whole entry. */
  unit: Span;
}

/** What the plan rules are given: the resource changes of a `terraform show -json` plan. */
export interface TerraformPlan {
  path: string;
  changes: PlanResourceChange[];
}

/** `terraform show -json` output of a saved plan: it has both of these top-level keys. */
export function isTerraformPlan(text: string): boolean {
  return text.includes('"resource_changes"') && text.includes('"format_version"');
}

/** Reads a plan's resource changes; throws on text that is not JSON, which the engine reports as unreadable. */
export function readPlan(path: string, text: string): TerraformPlan {
  const root = parseJson(text);
  const changes: PlanResourceChange[] = [];
  const list = memberOf(root, 'resource_changes');
  if (list?.type !== 'array') return { path, changes };
  for (const entry of list.items) {
    if (entry.type !== 'object') continue;
    const actions = memberOf(memberOf(entry, 'change'), 'actions');
    const addressMember = entry.members.find((m) => m.key.value === 'address');
    changes.push({
      address: stringOf(addressMember?.value) ?? '(no address)',
      type: stringOf(memberOf(entry, 'type')) ?? '',
      mode: stringOf(memberOf(entry, 'mode')) ?? 'managed',
      actions: actions?.type === 'array' ? actions.items.flatMap((a) => (a.type === 'string' ? [a.value] : [])) : [],
      span: addressMember ? { start: addressMember.key.span.start, end: addressMember.value.span.end } : entry.span,
      unit: entry.span,
    });
  }
  return { path, changes };
}

function memberOf(value: JsonValue | undefined, name: string): JsonValue | undefined {
  if (value?.type !== 'object') return undefined;
  return value.members.find((m) => m.key.value === name)?.value;
}

function stringOf(value: JsonValue | undefined): string | undefined {
  return value?.type === 'string' ? value.value : undefined;
}
