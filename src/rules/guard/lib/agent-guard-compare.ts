import { visit, type Node } from 'yaml';
import type { Span } from '../../../core/types.js';
import { parseYaml, spanOf, valueAt } from '../../../parsers/yaml/positions.js';
import { isClaudeSettings } from './guard-files.js';
import { samePlain, sortKeys } from './workflow.js';

/** A way the head version of an agent's guard file lets the agent do more unasked. */
export interface Loosening {
  reason: string;
  span?: Span;
  side?: 'base';
}

export interface AgentGuardComparison {
  /** The versions guard the same way: only order, layout or unrelated settings changed. */
  same: boolean;
  loosenings: Loosening[];
}

/** Permission modes that still ask before running commands. */
const ASKING_MODES = ['default', 'plan'];

export function compareAgentGuard(
  path: string,
  baseText: string | undefined,
  headText: string | undefined,
): AgentGuardComparison {
  if (headText === undefined) return { same: false, loosenings: [{ reason: `removes ${path}`, side: 'base' }] };
  if (baseText === undefined) return { same: false, loosenings: [{ reason: `adds ${path}` }] };
  if (isClaudeSettings(path)) return compareClaudeSettings(baseText, headText);
  // Rules files and other tools' settings: the same lines in another order or layout guard the same way.
  const same = sameLines(baseText, headText);
  return { same, loosenings: same ? [] : [{ reason: `changes what ${path} tells or lets the agent do` }] };
}

function sameLines(a: string, b: string): boolean {
  const lines = (t: string) =>
    t
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '')
      .sort();
  return lines(a).join('\n') === lines(b).join('\n');
}

interface Settings {
  data: Record<string, unknown>;
  root: Node | null;
}

function readSettings(text: string): Settings | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, root: parseYaml(text).documents[0]?.root ?? null };
}

/**
 * Claude Code settings: the permission lists and hooks are the guard. A new `allow` entry, a
 * dropped `deny` or `ask` entry, a mode that stops asking, or a hook removed or changed loosens;
 * the same entries in another order, a new deny or a new hook do not.
 */
function compareClaudeSettings(baseText: string, headText: string): AgentGuardComparison {
  const base = readSettings(baseText);
  const head = readSettings(headText);
  if (!head) return { same: false, loosenings: [{ reason: 'makes the settings unreadable as JSON' }] };
  if (!base) return { same: false, loosenings: [] };
  const loosenings: Loosening[] = [];
  const perms = (s: Settings) => record(s.data.permissions);
  for (const entry of strings(perms(head).allow)) {
    if (!strings(perms(base).allow).includes(entry)) {
      loosenings.push({ reason: `allows ${entry} without asking`, ...at(head, ['permissions', 'allow'], entry) });
    }
  }
  for (const list of ['deny', 'ask']) {
    for (const entry of strings(perms(base)[list])) {
      if (!strings(perms(head)[list]).includes(entry)) {
        loosenings.push({
          reason: `no longer ${list === 'deny' ? 'denies' : 'asks before'} ${entry}`,
          ...at(base, ['permissions', list], entry),
          side: 'base',
        });
      }
    }
  }
  for (const entry of strings(perms(head).additionalDirectories)) {
    if (!strings(perms(base).additionalDirectories).includes(entry)) {
      loosenings.push({
        reason: `lets the agent work in ${entry} too`,
        ...at(head, ['permissions', 'additionalDirectories'], entry),
      });
    }
  }
  const mode = perms(head).defaultMode;
  if (!samePlain(mode, perms(base).defaultMode) && !(typeof mode === 'string' && ASKING_MODES.includes(mode))) {
    loosenings.push({
      reason: `sets the permission mode to ${String(mode)}`,
      ...at(head, ['permissions', 'defaultMode']),
    });
  }
  for (const key of Object.keys({ ...perms(base), ...perms(head) })) {
    if (['allow', 'deny', 'ask', 'additionalDirectories', 'defaultMode'].includes(key)) continue;
    if (!samePlain(perms(base)[key], perms(head)[key])) {
      loosenings.push({ reason: `changes permissions.${key}`, ...at(head, ['permissions', key]) });
    }
  }
  if (head.data.disableAllHooks === true && base.data.disableAllHooks !== true) {
    loosenings.push({ reason: 'disables every hook', ...at(head, ['disableAllHooks']) });
  }
  const headHooks = hookEntries(head.data.hooks);
  for (const hook of hookEntries(base.data.hooks)) {
    if (!headHooks.some((h) => h.key === hook.key)) {
      loosenings.push({
        reason: `removes or changes the ${hook.event} hook ${hook.label}`,
        ...at(base, ['hooks', hook.event], hook.command),
        side: 'base',
      });
    }
  }
  const guardOf = (s: Settings) => ({
    permissions: sortLists(perms(s)),
    hooks: hookEntries(s.data.hooks)
      .map((h) => h.key)
      .sort(),
    disableAllHooks: s.data.disableAllHooks ?? false,
  });
  return { same: samePlain(guardOf(base), guardOf(head)), loosenings };
}

/** Each hook command with the event and matcher it runs on, as a comparable key. */
function hookEntries(hooks: unknown): { event: string; key: string; label: string; command?: string }[] {
  return Object.entries(record(hooks)).flatMap(([event, groups]) =>
    (Array.isArray(groups) ? groups : []).flatMap((group: unknown) => {
      const { matcher, hooks: inner } = record(group);
      return (Array.isArray(inner) ? inner : [group]).map((hook: unknown) => ({
        event,
        key: JSON.stringify(sortKeys({ event, matcher: matcher ?? null, hook })),
        label: JSON.stringify(record(hook).command ?? hook),
        ...(typeof record(hook).command === 'string' ? { command: record(hook).command as string } : {}),
      }));
    }),
  );
}

function sortLists(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v]),
  );
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Where an entry (or the key itself) is written: the string anywhere under the key. */
function at(settings: Settings, keys: string[], entry?: string): { span?: Span } {
  const node = valueAt(settings.root, ...keys);
  let item: Node | undefined;
  if (entry !== undefined && node) {
    visit(node, {
      Scalar(_, scalar) {
        if (!item && scalar.value === entry) item = scalar;
      },
    });
  }
  const span = spanOf(item ?? node);
  return span ? { span } : {};
}
