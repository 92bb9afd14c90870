import { createHash } from 'node:crypto';
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Decision, FindingKind, LocatedFinding } from '../core/types.js';
import { escapeControls, escapeJsonText } from './escape.js';

export interface SarifRule {
  id: string;
  description: string;
  kind: FindingKind;
  helpUri?: string;
}

export interface SarifOptions {
  /** Descriptors for the rules; those the findings use are written, in order of first use. */
  rules?: readonly SarifRule[];
  /** The project's home page, shown by viewers next to the tool's name. */
  informationUri?: string;
  /** The tool's version, e.g. package.json's. */
  version?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** A SARIF 2.1.0 log with one run, for code scanning; JSON without a trailing newline. */
export function render(decision: Decision, options: SarifOptions = {}): string {
  const ruleIds = [...new Set(decision.findings.map((f) => f.ruleId))];
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const occurrences = new Map<string, number>();
  const results = decision.findings.map((f): Result => {
    const fingerprint = fingerprintOf(f);
    const nth = (occurrences.get(fingerprint) ?? 0) + 1;
    occurrences.set(fingerprint, nth);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: levelOf(f),
      message: { text: messageOf(f) },
      locations: [locationOf(f)],
      // The nth identical (rule, path, snippet) keeps its own alert instead of merging into the first.
      partialFingerprints: { 'twoKeyFinding/v1': `${fingerprint}:${nth}` },
      properties: {
        kind: f.kind,
        side: f.side,
        rollbackOnly: f.rollbackOnly,
        // Why a finding that would block does not, so a reviewer reading the alert can disagree.
        ...(f.downgradedBecause === undefined ? {} : { downgradedBecause: escapeControls(f.downgradedBecause) }),
      },
    };
  });
  const notifications = decision.notes.map((note): Notification => ({
    level: 'note',
    message: { text: escapeControls(note) },
  }));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'two-key',
            ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
            ...(options.version === undefined ? {} : { version: options.version }),
            rules: ruleIds.map((id) => descriptorOf(id, known.get(id))),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        // LocatedFinding's columns count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return escapeJsonText(JSON.stringify(log, null, 2));
}

function descriptorOf(id: string, rule: SarifRule | undefined): ReportingDescriptor {
  if (rule === undefined) return { id };
  return {
    id,
    shortDescription: { text: rule.description },
    ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
    properties: { kind: rule.kind, tags: ['two-key', rule.kind] },
  };
}

/** Blocking is an error; a finding let through for a stated reason, or only on rollback, is a note. */
function levelOf(f: LocatedFinding): Result.level {
  if (f.blocking) return 'error';
  return f.rollbackOnly || f.downgradedBecause !== undefined ? 'note' : 'warning';
}

function messageOf(f: LocatedFinding): string {
  const reason = f.blocking || f.downgradedBecause === undefined ? '' : ` (not blocking: ${f.downgradedBecause})`;
  const message = escapeControls(f.message + reason);
  // Viewers place every result in the head version; a base-side line is elsewhere and must say so.
  return f.side === 'base' ? `${message} (base version: the line exists only before this change)` : message;
}

function locationOf(f: LocatedFinding): Location {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  // SARIF's endColumn is exclusive, LocatedFinding's inclusive.
  const endColumn = Math.max(endLine === startLine ? startColumn + 1 : 1, f.endColumn + 1);
  return {
    physicalLocation: {
      artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' },
      region: {
        startLine,
        startColumn,
        endLine,
        endColumn,
        ...(f.snippet === '' ? {} : { snippet: { text: f.snippet } }),
      },
    },
  };
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeSegment(segment))
    .join('/');
}

function encodeSegment(segment: string): string {
  let out = '';
  for (const ch of segment) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%EF%BF%BD'; // a lone surrogate has no UTF-8 form
    }
  }
  // encodeURIComponent keeps these, which are legal but mean something to some consumers.
  return out.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Stable across runs and line moves: the rule, the file and the flagged text with whitespace runs collapsed. */
function fingerprintOf(f: LocatedFinding): string {
  const snippet = f.snippet.trim().replace(/\s+/g, ' ');
  return createHash('sha256')
    .update(JSON.stringify([f.ruleId, f.path, snippet]))
    .digest('hex')
    .slice(0, 32);
}
