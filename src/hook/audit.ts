import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the audit log: every ask, deny and grant use, redacted before it is written. */
export interface AuditEntry {
  time: string;
  agent: string;
  decision: 'ask' | 'deny' | 'granted';
  /** A one-line, redacted view of the action. */
  action: string;
  rules: string[];
  reason: string;
  cwd: string;
  session?: string;
  approvalId?: string;
}

export function auditFile(stateDir: string): string {
  return join(stateDir, 'audit.jsonl');
}

export function appendAudit(stateDir: string, entry: AuditEntry): void {
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  appendFileSync(auditFile(stateDir), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
}

/** The last `count` entries, oldest first; lines that are not JSON are skipped. */
export function readAudit(stateDir: string, count: number): AuditEntry[] {
  let text: string;
  try {
    text = readFileSync(auditFile(stateDir), 'utf8');
  } catch {
    return [];
  }
  const entries: AuditEntry[] = [];
  for (const line of text.split('\n').slice(-count - 1)) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line) as AuditEntry);
    } catch {
      // A torn line from a crash: skip it.
    }
  }
  return entries.slice(-count);
}
