import type { AgentReport, AgentSignal, Commit } from '../core/types.js';
import type { Policy } from '../core/policy-schema.js';
import { GENERIC_BODY_MARKERS, KNOWN_AGENTS } from './known-agents.js';
import type { KnownAgent } from './known-agents.js';
import { parseTrailers, trailerEmail } from './trailers.js';

export interface AuthorshipInput {
  prAuthor?: string;
  branch?: string;
  prBody?: string;
  commits: Commit[];
}

/** The policy's extra agent signals (`agents` in the policy file). */
export type AgentExtras = Partial<
  Pick<Policy['agents'], 'logins' | 'emails' | 'trailers' | 'branchPrefixes' | 'bodyMarkers'>
>;

/**
 * Every sign that an agent wrote the pull request. Each signal is strong on its own (an agent's
 * account, its commit identity, its trailer, its branch naming, its body footer); none is proof
 * of the opposite when absent, because every one of them is trivial to remove.
 */
export function detectAgent(input: AuthorshipInput, extra: AgentExtras = {}): AgentReport {
  const signals = new Signals();
  if (input.prAuthor) loginSignals(input.prAuthor, extra, signals);
  if (input.branch) branchSignals(input.branch.replace(/^refs\/heads\//, ''), extra, signals);
  if (input.prBody) bodySignals(input.prBody, extra, signals);
  for (const commit of input.commits) commitSignals(commit, extra, signals);
  return { detected: signals.list.length > 0, signals: signals.list };
}

class Signals {
  readonly list: AgentSignal[] = [];
  private readonly seen = new Set<string>();

  add(kind: AgentSignal['kind'], value: string, agent?: string): void {
    const key = `${kind}\0${value.toLowerCase()}\0${agent ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(agent === undefined ? { kind, value } : { kind, value, agent });
  }
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function loginSignals(login: string, extra: AgentExtras, signals: Signals): void {
  for (const agent of KNOWN_AGENTS) {
    if (agent.logins.some((l) => same(l, login))) signals.add('login', login, agent.name);
  }
  if (extra.logins?.some((l) => same(l, login))) signals.add('login', login);
}

function branchSignals(branch: string, extra: AgentExtras, signals: Signals): void {
  for (const agent of KNOWN_AGENTS) {
    if (agent.branches.some((b) => b.test(branch))) signals.add('branch', branch, agent.name);
  }
  if (extra.branchPrefixes?.some((p) => branch.startsWith(p))) signals.add('branch', branch);
}

function bodySignals(body: string, extra: AgentExtras, signals: Signals): void {
  let named = false;
  for (const agent of KNOWN_AGENTS) {
    for (const marker of agent.bodyMarkers) {
      const m = marker.exec(body);
      if (m) {
        signals.add('body', m[0], agent.name);
        named = true;
      }
    }
  }
  if (!named) {
    for (const marker of GENERIC_BODY_MARKERS) {
      const m = marker.exec(body);
      if (m) signals.add('body', m[0]);
    }
  }
  const lower = body.toLowerCase();
  for (const marker of extra.bodyMarkers ?? []) {
    if (lower.includes(marker.toLowerCase())) signals.add('body', marker);
  }
}

function commitSignals(commit: Commit, extra: AgentExtras, signals: Signals): void {
  for (const email of [commit.authorEmail, commit.committerEmail]) {
    if (!email) continue;
    for (const agent of agentsByEmail(email)) signals.add('email', email, agent);
    if (isExtraEmail(email, extra)) signals.add('email', email);
  }
  for (const agent of KNOWN_AGENTS) {
    if (agent.authorNames?.some((n) => n.test(commit.authorName))) {
      signals.add('email', `${commit.authorName} <${commit.authorEmail}>`, agent.name);
    }
  }
  const extraTrailerEmails = (extra.trailers ?? []).map(trailerEmail).filter((e) => e !== undefined);
  for (const trailer of parseTrailers(commit.message)) {
    if (same(trailer.key, 'co-authored-by')) {
      const email = trailerEmail(trailer.value);
      if (!email) continue;
      for (const agent of agentsByEmail(email)) signals.add('trailer', trailer.value, agent);
      if (isExtraEmail(email, extra) || extraTrailerEmails.some((e) => same(e, email))) {
        signals.add('trailer', trailer.value);
      }
      continue;
    }
    for (const agent of KNOWN_AGENTS) {
      if (agent.trailers.some((t) => same(t.key, trailer.key) && t.value.test(trailer.value))) {
        signals.add('trailer', trailer.value, agent.name);
      }
    }
  }
}

function agentsByEmail(email: string): string[] {
  return KNOWN_AGENTS.filter((agent) => [...agent.emails, ...BOT_EMAILS.get(agent)!].some((e) => e.test(email))).map(
    (agent) => agent.name,
  );
}

function isExtraEmail(email: string, extra: AgentExtras): boolean {
  const bots = (extra.logins ?? []).filter((l) => l.endsWith('[bot]')).map(botEmail);
  return (extra.emails ?? []).some((e) => same(e, email)) || bots.some((e) => e.test(email));
}

const BOT_EMAILS = new Map<KnownAgent, RegExp[]>(
  KNOWN_AGENTS.map((agent) => [agent, agent.logins.filter((l) => l.endsWith('[bot]')).map(botEmail)]),
);

/** GitHub's noreply address for an App's bot account: `[<id>+]<login>@users.noreply.github.com`. */
function botEmail(login: string): RegExp {
  const escaped = login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:\\d+\\+)?${escaped}@users\\.noreply\\.github\\.com$`, 'i');
}
