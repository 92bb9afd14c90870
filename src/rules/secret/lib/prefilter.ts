import { wordAlternation } from '../../../core/word-alternation.js';
import { TOKEN_SHAPES, type TokenShape } from './token-shapes.js';

/**
 * Which texts can hold what a secret detector finds, decided without running it. Most changed
 * files hold no credential at all, and each detector is a regular expression over the whole text
 * (secretlint's preset runs about thirty of them, with its own overhead per file): a text that holds
 * none of the detectors' anchors skips them. An anchor is a piece every match of its detector
 * contains, so a text without it cannot match: the prefilter drops nothing the detectors find
 * (test/rules/secret/lib/prefilter.test.ts and bench/secret-prefilter-soundness.mjs compare both ways).
 */

/**
 * For each rule of secretlint's recommended preset (12.0.0) that two-key runs: regular
 * expressions of which every match of the rule contains one, taken from the rule's own patterns
 * (their literal prefixes or a part of them, or the name part of a `NAME = value` pattern; a part
 * that ends in a rarer character scans faster). Case-sensitive as the
 * rules are; the one rule that ignores case (Slack webhooks) is spelled out in both cases. Each
 * ends in a character or a class (see anchorsRegExp). The test pins the preset's version and rule
 * list: an upgrade must re-read the rules and update this table.
 */
export const PRESET_ANCHORS: Readonly<Record<string, readonly string[]>> = {
  // Access key and account ids only with the rule's `enableIDScanRule` option, which two-key does not set.
  aws: ['(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KE|ke|Ke)[Yy]'],
  // Reads only .json files (a service-account key, JSON-decoded, so escapes could hide any anchor) and .p12 files.
  gcp: [],
  privatekey: ['PRIVATE KEY'],
  // `x-oauth-basic@github.com/` has an unescaped dot in the rule: the anchor stops before it.
  npm: ['x-oauth-basic@', '_authToken=', 'npm_'],
  slack: ['xox[bpaor]-', 'xapp-', String.raw`[Hh][Oo][Oo][Kk][Ss]\.`],
  sendgrid: [String.raw`SG\.`],
  shopify: ['shp(?:pa|ca|at|ss)_'],
  github: ['gh[pousr]_', 'github_pat_'],
  gitlab: ['glpat-'],
  grafana: ['glc_', 'glsa_'],
  openai: ['T3BlbkFJ'],
  anthropic: ['sk-ant-'],
  groq: ['gsk_'],
  huggingface: ['hf_'],
  linear: ['lin_api_'],
  notion: ['ntn_'],
  '1password': ['ops_'],
  'hashicorp-vault': [String.raw`hv[sbr]\.`],
  vercel: ['vc[pciark]_'],
  databricks: ['dapi'],
  docker: ['dckr_pat_'],
  figma: ['figd_'],
};

/**
 * One regular expression that finds any of the anchors. It scans for the characters anchors end
 * in and looks behind from there: several times faster over large texts than an alternation that
 * is tried at every position.
 */
export function anchorsRegExp(anchors: readonly string[]): RegExp {
  const ends = [...new Set(anchors.map(lastCharacters))].join('');
  return new RegExp(`[${ends}](?<=${anchors.join('|')})`);
}

/** The characters an anchor's last match can be, as the inside of a character class. */
function lastCharacters(anchor: string): string {
  if (anchor.endsWith(String.raw`\.`)) return String.raw`.`;
  if (anchor.endsWith(String.raw`\d`)) return '0-9';
  if (anchor.endsWith(']')) return anchor.slice(anchor.lastIndexOf('[') + 1, -1);
  const last = anchor.at(-1) ?? '';
  if (!/^[A-Za-z0-9_ =@:-]$/.test(last)) throw new Error(`anchor ${anchor} must end in a character or a class`);
  return last === '-' ? String.raw`\-` : last;
}

/** Every preset anchor, spelled out where it can be (anchorWords) and scanned forward: faster than the look-behind over SQL-sized texts. */
const PRESET_ANCHOR = anchorScan(Object.values(PRESET_ANCHORS).flat(), '');

/** The file kinds preset rules read as a whole file rather than by pattern (GCP key files). */
const WHOLE_FILE_EXTENSIONS = /\.(?:json|p12)$/i;

/** Whether secretlint's preset can find anything in this text: false means it would report nothing. */
export function presetMayFind(path: string, text: string): boolean {
  return WHOLE_FILE_EXTENSIONS.test(path) || PRESET_ANCHOR.test(text);
}

/**
 * Upper-case names two-key reads as credentials (CREDENTIAL_NAMES in token-shapes.ts) all end in
 * one of these words: a text without any holds no such assignment.
 */
const CREDENTIAL_NAME_WORD = /TOKEN|_KEY|_PASSWORD/;

export function mayAssignCredentialName(text: string): boolean {
  return CREDENTIAL_NAME_WORD.test(text);
}

/**
 * `token: "…"`, `client_secret = '…'` (CREDENTIAL_FIELD in document.ts): the field name ends in
 * token, secret or key, then the assignment and an opening quote.
 */
const CREDENTIAL_FIELD_TAIL = /(?:token|secret|key)["']?[ \t]*(?::=|=>|=|:)[ \t]*["'`]/i;

export function mayHoldCredentialField(text: string): boolean {
  return CREDENTIAL_FIELD_TAIL.test(text);
}

/** Each distinct anchor of the token shapes, with a test of it at a position and the shapes that hold it. */
const SHAPE_ANCHORS = (() => {
  const shapesOf = new Map<string, number[]>();
  TOKEN_SHAPES.forEach((shape, i) => {
    for (const a of shape.anchors) shapesOf.set(a, [...(shapesOf.get(a) ?? []), i]);
  });
  return [...shapesOf].map(([source, shapes]) => ({ source, startsHere: new RegExp(source, 'y'), shapes }));
})();

/** The anchors by the characters their matches can start with; those not known from their head under ''. */
const ANCHORS_BY_FIRST = (() => {
  const byFirst = new Map<string, number[]>();
  SHAPE_ANCHORS.forEach(({ source }, i) => {
    for (const c of firstCharacters(source) ?? ['']) byFirst.set(c, [...(byFirst.get(c) ?? []), i]);
  });
  return byFirst;
})();

/** The characters an anchor's match can start with, or undefined when not known from its head. */
function firstCharacters(anchor: string): string[] | undefined {
  if (anchor.startsWith(String.raw`\d`)) return [...'0123456789'];
  if (anchor.startsWith(String.raw`\.`)) return ['.'];
  if (anchor.startsWith('[')) {
    const inside = anchor.slice(1, anchor.indexOf(']'));
    return /^[A-Za-z0-9]+$/.test(inside) ? [...inside] : undefined;
  }
  return /^[A-Za-z0-9_=@:-]/.test(anchor) ? [anchor[0]!] : undefined;
}

/**
 * Provider names spelled in lower case, upper case and capitalised (`algolia`, `ALGOLIA`,
 * `Algolia`): scanned for as one case-blind word each, the rest as written. Two scans of short
 * alternations cost a third of one scan of them all.
 */
const NAME_VARIANT = (() => {
  const sources = new Set(SHAPE_ANCHORS.map((a) => a.source));
  return SHAPE_ANCHORS.map(({ source }) => {
    const lower = source.toLowerCase();
    return /^[a-z][a-z_-]*$/.test(lower) && sources.has(lower) && sources.has(lower.toUpperCase());
  });
})();

/**
 * One scan for any of the anchors: the words they spell out share their prefixes
 * (wordAlternation); an anchor that cannot be spelled out stays whole.
 */
function anchorScan(anchors: readonly string[], flags: string): RegExp {
  const words = anchors.map((anchor) => anchorWords(anchor));
  const plain = words.flatMap((w) => w ?? []);
  const patterns = anchors.filter((_, i) => words[i] === undefined).map((anchor) => `(?:${anchor})`);
  return new RegExp([...(plain.length ? [wordAlternation(plain)] : []), ...patterns].join('|'), flags);
}

/** Hits on anchors already found that a scan takes before it is narrowed to the anchors still open. */
const REPEATS_BEFORE_NARROWING = 16;

/** One alternation of the anchors still open, made once per set (a few sets recur across files). */
const alternations = new Map<string, RegExp>();

function alternationOf(open: readonly number[], named: boolean): RegExp | undefined {
  const sources = named
    ? [...new Set(open.filter((i) => NAME_VARIANT[i]).map((i) => SHAPE_ANCHORS[i]!.source.toLowerCase()))]
    : open.filter((i) => !NAME_VARIANT[i]).map((i) => SHAPE_ANCHORS[i]!.source);
  if (sources.length === 0) return undefined;
  const key = `${named ? 'i' : 's'}:${sources.join(',')}`;
  let re = alternations.get(key);
  if (!re) {
    re = anchorScan(sources, named ? 'gi' : 'g');
    alternations.set(key, re);
  }
  return re;
}

/**
 * The words an anchor matches when it is made of plain characters, escaped punctuation, `\d` and
 * small classes (`xox[abposr]-`, `fm\d[a-z]_`), else undefined: spelled out, they join the
 * shared-prefix alternation instead of being tried at every position on their own.
 */
export function anchorWords(source: string, limit = 300): string[] | undefined {
  let words = [''];
  for (let i = 0; i < source.length;) {
    let options: string[];
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'd') options = [...'0123456789'];
      else if ('.-/'.includes(next) && next !== '') options = [next];
      else return undefined;
      i += 2;
    } else if (c === '[') {
      const close = source.indexOf(']', i);
      const inside = close < 0 ? '' : source.slice(i + 1, close);
      if (!/^(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+$/.test(inside)) return undefined;
      options = [];
      for (let j = 0; j < inside.length; j++) {
        if (inside[j + 1] === '-') {
          for (let code = inside.charCodeAt(j); code <= inside.charCodeAt(j + 2); code++)
            options.push(String.fromCharCode(code));
          j += 2;
        } else options.push(inside[j]!);
      }
      i = close + 1;
    } else if (/[A-Za-z0-9_@=: -]/.test(c)) {
      options = [c];
      i++;
    } else return undefined;
    words = words.flatMap((w) => options.map((o) => w + o));
    if (words.length > limit) return undefined;
  }
  return words;
}

const ALL_ANCHORS: readonly number[] = SHAPE_ANCHORS.map((_, i) => i);
const ALL_AS_WRITTEN = alternationOf(ALL_ANCHORS, false);
const ALL_NAMED = alternationOf(ALL_ANCHORS, true);

/**
 * The token shapes (token-shapes.ts, provider-tokens.ts) whose anchor the text holds. One scan
 * for any anchor still open (two: provider names case-blind, the rest as written); where one
 * starts, which open anchors start there; anchors whose shapes are all found leave the scan once
 * they keep recurring (a common word such as `pat`). A shape left out cannot match: every
 * match holds one of its anchors. The anchors end in most characters, which makes
 * anchorsRegExp's look-behind scan slow here.
 */
export function shapesMayMatch(text: string): readonly TokenShape[] {
  const found = new Set<number>();
  let open = ALL_ANCHORS;
  for (const named of [false, true]) {
    let scan = named ? ALL_NAMED : ALL_AS_WRITTEN;
    let wasted = 0;
    if (scan) scan.lastIndex = 0;
    for (let m = scan?.exec(text); scan && m; m = scan.exec(text)) {
      let grew = false;
      const first = text.charAt(m.index);
      const candidates = named
        ? [...(ANCHORS_BY_FIRST.get(first.toLowerCase()) ?? []), ...(ANCHORS_BY_FIRST.get(first.toUpperCase()) ?? [])]
        : [...(ANCHORS_BY_FIRST.get(first) ?? []), ...(ANCHORS_BY_FIRST.get('') ?? [])];
      for (const i of candidates) {
        const anchor = SHAPE_ANCHORS[i]!;
        if (anchor.shapes.every((shape) => found.has(shape))) continue;
        anchor.startsHere.lastIndex = m.index;
        if (!anchor.startsHere.test(text)) continue;
        for (const shape of anchor.shapes) {
          if (found.has(shape)) continue;
          found.add(shape);
          grew = true;
        }
      }
      // Found anchors leave the scan only once they keep coming back: each new set of anchors is a
      // new expression to compile, which costs more than a few repeated hits.
      if (!grew && ++wasted > REPEATS_BEFORE_NARROWING) {
        open = open.filter((i) => !SHAPE_ANCHORS[i]!.shapes.every((shape) => found.has(shape)));
        scan = alternationOf(open, named);
        wasted = 0;
        if (!scan) break;
      }
      scan.lastIndex = m.index + 1;
    }
  }
  return found.size ? TOKEN_SHAPES.filter((_, i) => found.has(i)) : [];
}

/** `scheme://user:password@host` (connection-strings.ts) holds both. */
export function mayHoldUrlPassword(text: string): boolean {
  return text.includes('://') && text.includes('@');
}

/** `Password=...` or `Pwd=...` of a connection string (connection-strings.ts), whatever the case. */
const ADO_PASSWORD_NAME = /p(?:assword|wd)\s*=/i;

export function mayHoldAdoPassword(text: string): boolean {
  return ADO_PASSWORD_NAME.test(text);
}

/** The tests findSecrets() skips a detector by: a text that fails one cannot match that detector. */
export interface SecretPrefilter {
  /** The token shapes that can match in the text. */
  shapes(text: string): readonly TokenShape[];
  credentialName(text: string): boolean;
  credentialField(text: string): boolean;
  urlPassword(text: string): boolean;
  adoPassword(text: string): boolean;
}

export const PREFILTER: SecretPrefilter = {
  shapes: shapesMayMatch,
  credentialName: mayAssignCredentialName,
  credentialField: mayHoldCredentialField,
  urlPassword: mayHoldUrlPassword,
  adoPassword: mayHoldAdoPassword,
};

/** Every detector on every text: the reference the prefilter is held to (bench and tests). */
export const NO_PREFILTER: SecretPrefilter = {
  shapes: () => TOKEN_SHAPES,
  credentialName: () => true,
  credentialField: () => true,
  urlPassword: () => true,
  adoPassword: () => true,
};
