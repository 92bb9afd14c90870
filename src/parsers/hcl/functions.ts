import type { HclValue } from './evaluate.js';

/**
 * Terraform's pure built-in functions over known values. A call whose inputs are known but that
 * fails in Terraform (`regex` without a match, `element` of an empty list) throws FunctionError,
 * so `can()` and `try()` see the failure; a call this file cannot compute returns undefined and
 * the caller treats it as unknown. Impure functions (timestamp, uuid, file) are never computed.
 */
export class FunctionError extends Error {}

type Fn = (args: HclValue[]) => HclValue | undefined;

const isObject = (v: HclValue): v is { [key: string]: HclValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: HclValue | undefined): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
const num = (v: HclValue | undefined): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))
      ? Number(v)
      : undefined;
const fail = (message: string): never => {
  throw new FunctionError(message);
};

/**
 * An RE2 pattern as a JavaScript RegExp: leading `(?i)`-style flags become flags and `(?P<n>` a
 * named group. Anything without a faithful translation is undefined (unknown), never a guess.
 */
export function re2(pattern: string, global = false): RegExp | undefined {
  let body = pattern;
  let flags = global ? 'g' : '';
  const leading = /^\(\?([imsU]+)\)/.exec(body);
  if (leading) {
    if (leading[1]!.includes('U')) return undefined;
    flags += leading[1]!;
    body = body.slice(leading[0].length);
  }
  if (/\(\?[a-zA-Z-]+[:)]/.test(body) || /\\[zApPQE]/.test(body.replace(/\\\\/g, ''))) return undefined;
  body = body.replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(body, flags);
  } catch {
    return undefined;
  }
}

function groupsOf(match: RegExpExecArray): HclValue {
  if (match.groups) return Object.fromEntries(Object.entries(match.groups).map(([k, v]) => [k, v ?? '']));
  return match.slice(1).map((g) => g ?? '');
}

function regexAll(pattern: HclValue, text: HclValue): HclValue | undefined {
  if (typeof pattern !== 'string' || typeof text !== 'string') return undefined;
  const regex = re2(pattern, true);
  if (!regex) return undefined;
  const out: HclValue[] = [];
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    out.push(match.length > 1 ? groupsOf(match) : match[0]);
    if (match[0] === '') regex.lastIndex++;
  }
  return out;
}

function format(spec: string, args: HclValue[]): string | undefined {
  let next = 0;
  let ok = true;
  const text = spec.replace(
    /%([-+# 0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g,
    (whole, flagText: string, width: string, precision: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      if (flagText || width) ok = false;
      const value = args[next++];
      if (value === undefined) return fail('format: not enough arguments');
      switch (verb) {
        case 's':
        case 'v': {
          const s = verb === 'v' && typeof value === 'object' && value !== null ? JSON.stringify(value) : str(value);
          if (s === undefined) ok = false;
          return s ?? whole;
        }
        case 'q':
          return JSON.stringify(str(value) ?? fail('format: %q of a non-string'));
        case 't':
          return typeof value === 'boolean' ? String(value) : fail('format: %t of a non-bool');
        case 'd': {
          const n = num(value);
          return n !== undefined && Number.isInteger(n) ? String(n) : fail('format: %d of a non-integer');
        }
        case 'f': {
          const n = num(value) ?? fail('format: %f of a non-number');
          return n.toFixed(precision === undefined ? 6 : Number(precision));
        }
        default:
          ok = false;
          return whole;
      }
    },
  );
  return ok ? text : undefined;
}

function flatten(list: HclValue[]): HclValue[] {
  return list.flatMap((v) => (Array.isArray(v) ? flatten(v) : [v]));
}

function same(a: HclValue, b: HclValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sortedObject(entries: [string, HclValue][]): { [key: string]: HclValue } {
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const FUNCTIONS: Record<string, Fn> = {
  tobool: ([v]) =>
    typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : v === null ? null : fail('tobool'),
  tonumber: ([v]) => (v === null ? null : (num(v) ?? fail('tonumber'))),
  tostring: ([v]) => (v === null ? null : (str(v) ?? fail('tostring'))),
  toset: ([v]) => (Array.isArray(v) ? v.filter((x, i) => v.findIndex((y) => same(x, y)) === i) : undefined),
  tolist: ([v]) => (Array.isArray(v) ? v : undefined),
  tomap: ([v]) => (v !== undefined && isObject(v) ? v : undefined),
  length: ([v]) =>
    typeof v === 'string'
      ? [...v].length
      : Array.isArray(v)
        ? v.length
        : v !== undefined && isObject(v)
          ? Object.keys(v).length
          : fail('length'),
  keys: ([v]) => (v !== undefined && isObject(v) ? Object.keys(v).sort() : undefined),
  values: ([v]) =>
    v !== undefined && isObject(v)
      ? Object.keys(v)
          .sort()
          .map((k) => v[k]!)
      : undefined,
  lower: ([v]) => str(v)?.toLowerCase(),
  upper: ([v]) => str(v)?.toUpperCase(),
  title: ([v]) => str(v)?.replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([v]) => str(v)?.trim(),
  trimprefix: ([v, p]) => {
    const s = str(v);
    const prefix = str(p);
    return s === undefined || prefix === undefined ? undefined : s.startsWith(prefix) ? s.slice(prefix.length) : s;
  },
  trimsuffix: ([v, p]) => {
    const s = str(v);
    const suffix = str(p);
    return s === undefined || suffix === undefined
      ? undefined
      : suffix && s.endsWith(suffix)
        ? s.slice(0, -suffix.length)
        : s;
  },
  startswith: ([v, p]) => (typeof v === 'string' && typeof p === 'string' ? v.startsWith(p) : undefined),
  endswith: ([v, p]) => (typeof v === 'string' && typeof p === 'string' ? v.endsWith(p) : undefined),
  strcontains: ([v, p]) => (typeof v === 'string' && typeof p === 'string' ? v.includes(p) : undefined),
  substr: ([v, o, l]) => {
    const s = str(v);
    if (s === undefined || typeof o !== 'number' || typeof l !== 'number') return undefined;
    const chars = [...s];
    const start = o < 0 ? chars.length + o : o;
    return chars.slice(start, l < 0 ? undefined : start + l).join('');
  },
  replace: ([v, from, to]) => {
    const s = str(v);
    const f = str(from);
    const t = str(to);
    if (s === undefined || f === undefined || t === undefined) return undefined;
    if (f.length > 1 && f.startsWith('/') && f.endsWith('/')) {
      const regex = re2(f.slice(1, -1), true);
      return regex ? s.replace(regex, t.replace(/\$\{(\w+)\}/g, '$$$1')) : undefined;
    }
    return f === '' ? s : s.split(f).join(t);
  },
  split: ([sep, v]) => (typeof sep === 'string' && typeof v === 'string' ? (v === '' ? [] : v.split(sep)) : undefined),
  join: ([sep, ...lists]) => {
    if (typeof sep !== 'string' || !lists.every(Array.isArray)) return undefined;
    const items = (lists as HclValue[][]).flat().map(str);
    return items.every((i) => i !== undefined) ? items.join(sep) : undefined;
  },
  format: ([spec, ...args]) => (typeof spec === 'string' ? format(spec, args) : undefined),
  regex: ([pattern, text]) => {
    const all = regexAll(pattern ?? null, text ?? null);
    if (all === undefined || !Array.isArray(all)) return undefined;
    return all.length > 0 ? all[0]! : fail('regex: no match');
  },
  regexall: ([pattern, text]) => regexAll(pattern ?? null, text ?? null),
  contains: ([list, value]) =>
    Array.isArray(list) && value !== undefined ? list.some((v) => same(v, value)) : undefined,
  index: ([list, value]) => {
    if (!Array.isArray(list) || value === undefined) return undefined;
    const at = list.findIndex((v) => same(v, value));
    return at >= 0 ? at : fail('index: not found');
  },
  element: ([list, at]) => {
    if (!Array.isArray(list) || typeof at !== 'number') return undefined;
    if (list.length === 0) return fail('element of an empty list');
    return list[((Math.floor(at) % list.length) + list.length) % list.length]!;
  },
  lookup: ([map, key, fallback]) => {
    if (map === undefined || !isObject(map) || typeof key !== 'string') return undefined;
    if (key in map) return map[key]!;
    return fallback !== undefined ? fallback : fail('lookup: no such key');
  },
  merge: (maps) => {
    if (!maps.every((m) => m === null || isObject(m))) return undefined;
    return Object.assign({}, ...maps.filter((m) => m !== null)) as { [key: string]: HclValue };
  },
  concat: (lists) => (lists.every(Array.isArray) ? (lists as HclValue[][]).flat() : undefined),
  flatten: ([list]) => (Array.isArray(list) ? flatten(list) : undefined),
  distinct: ([list]) =>
    Array.isArray(list) ? list.filter((x, i) => list.findIndex((y) => same(x, y)) === i) : undefined,
  compact: ([list]) => (Array.isArray(list) ? list.filter((v) => v !== null && v !== '') : undefined),
  reverse: ([list]) => (Array.isArray(list) ? [...list].reverse() : undefined),
  slice: ([list, from, to]) =>
    Array.isArray(list) && typeof from === 'number' && typeof to === 'number' ? list.slice(from, to) : undefined,
  zipmap: ([keys, values]) => {
    if (!Array.isArray(keys) || !Array.isArray(values) || keys.length !== values.length) return undefined;
    const entries = keys.map((k, i) => [str(k), values[i]!] as const);
    return entries.every(([k]) => k !== undefined) ? sortedObject(entries as [string, HclValue][]) : undefined;
  },
  one: ([list]) => {
    if (!Array.isArray(list)) return undefined;
    return list.length === 0 ? null : list.length === 1 ? list[0]! : fail('one: more than one element');
  },
  coalesce: (values) => values.find((v) => v !== null && v !== '') ?? fail('coalesce: no non-null argument'),
  coalescelist: (lists) => lists.find((l) => Array.isArray(l) && l.length > 0) ?? fail('coalescelist: all empty'),
  alltrue: ([list]) => (Array.isArray(list) ? list.every((v) => v === true || v === 'true') : undefined),
  anytrue: ([list]) => (Array.isArray(list) ? list.some((v) => v === true || v === 'true') : undefined),
  sum: ([list]) =>
    Array.isArray(list) && list.every((v) => typeof v === 'number')
      ? (list as number[]).reduce((a, b) => a + b, 0)
      : undefined,
  min: (values) =>
    values.length > 0 && values.every((v) => typeof v === 'number') ? Math.min(...(values as number[])) : undefined,
  max: (values) =>
    values.length > 0 && values.every((v) => typeof v === 'number') ? Math.max(...(values as number[])) : undefined,
  abs: ([v]) => (typeof v === 'number' ? Math.abs(v) : undefined),
  floor: ([v]) => (typeof v === 'number' ? Math.floor(v) : undefined),
  ceil: ([v]) => (typeof v === 'number' ? Math.ceil(v) : undefined),
  signum: ([v]) => (typeof v === 'number' ? Math.sign(v) : undefined),
  range: (args) => {
    if (!args.every((a) => typeof a === 'number') || args.length === 0 || args.length > 3) return undefined;
    const [start, end, step] =
      args.length === 1
        ? [0, args[0] as number, 1]
        : [args[0] as number, args[1] as number, (args[2] as number | undefined) ?? 1];
    if (step === 0 || Math.abs((end - start) / step) > 1024) return undefined;
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
    return out;
  },
};

/** The function's result, or undefined when it is not one two-key computes. */
export function callFunction(name: string, args: HclValue[]): HclValue | undefined {
  const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
  return fn ? fn(args) : undefined;
}
