import { readFileSync } from 'node:fs';
import type { Policy } from '../core/policy-schema.js';
import { adapters } from './agents/index.js';
import type { AdapterContext } from './agents/adapter.js';
import { appendAudit } from './audit.js';
import { judge, type Stop } from './judge.js';
import { repositoryRoot, runtimePolicy } from './policy.js';
import { excerpt, redact } from './redact.js';
import { actionHash, consumeGrant, recordPending } from './state.js';
import { tamperReason } from './tamper.js';
import { HookInputError, type Action, type AgentName, type HookCall, type Outcome, type Reply } from './types.js';

/** Hook input larger than this is not read: a deny, not a parse that could run past the deadline. */
export const MAX_INPUT = 1024 * 1024;

export interface HookDeps {
  env: Readonly<Record<string, string | undefined>>;
  stateDir: string;
  now: () => number;
  readFile: (absolutePath: string) => string | undefined;
  policyFor: (root: string) => Policy;
  judge: typeof judge;
}

export function defaultDeps(env: Readonly<Record<string, string | undefined>>, stateDir: string): HookDeps {
  return {
    env,
    stateDir,
    now: () => Date.now(),
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    policyFor: runtimePolicy,
    judge,
  };
}

/** Reads one hook call and answers it in the agent's own format. Throws only on internal errors. */
export async function runHook(agent: AgentName, stdin: string, deps: HookDeps): Promise<Reply> {
  const adapter = adapters[agent];
  let call: HookCall;
  try {
    call = adapter.parse(readJson(stdin), context(deps));
  } catch (error) {
    if (!(error instanceof HookInputError)) throw error;
    return adapter.reply(
      { decision: 'deny', reason: `two-key: unreadable hook input (${error.message}); denied` },
      undefined,
    );
  }
  const outcome = await decide(agent, call, deps);
  return adapter.reply(outcome, call);
}

function context(deps: HookDeps): AdapterContext {
  return { env: deps.env, readFile: deps.readFile };
}

function readJson(stdin: string): unknown {
  if (stdin.length > MAX_INPUT) throw new HookInputError(`input larger than ${MAX_INPUT} bytes`);
  const text = stdin.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new HookInputError('no input');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HookInputError('input is not JSON');
  }
}

async function decide(agent: AgentName, call: HookCall, deps: HookDeps): Promise<Outcome> {
  const actions = call.actions.filter((a) => a.kind !== 'none');
  if (actions.length === 0) return { decision: 'pass' };
  const root = repositoryRoot(call.cwd);
  const summary = actions.map((a) => describe(a, deps.env)).join('; ');
  const audit = (decision: 'ask' | 'deny' | 'granted', rules: string[], reason: string, approvalId?: string) =>
    appendAudit(deps.stateDir, {
      time: new Date(deps.now()).toISOString(),
      agent,
      decision,
      action: summary,
      rules,
      reason,
      cwd: call.cwd,
      ...(call.session ? { session: call.session } : {}),
      ...(approvalId ? { approvalId } : {}),
    });
  const hash = actionHash(actions, root);

  for (const action of actions) {
    const tamper = await tamperReason(action, { stateDir: deps.stateDir });
    if (tamper) return deny(`two-key: ${summary} ${tamper}`, ['hook/guard'], true);
  }
  let policy: Policy;
  try {
    policy = deps.policyFor(root);
  } catch (error) {
    // A policy that does not load stops everything: the gate fails closed, as the PR check does.
    throw new Error(`the policy does not load: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  const stops = await deps.judge(actions, { policy, root, env: deps.env, readFile: deps.readFile });
  if (stops.length === 0) return { decision: 'pass' };
  const rules = [...new Set(stops.map((s) => s.ruleId))];
  if (consumeGrant(deps.stateDir, hash, deps.now())) {
    audit('granted', rules, 'a person approved this exact action with two-key approve');
    return { decision: 'pass' };
  }
  const reason = `two-key: ${redact(because(stops), deps.env)}`;
  if (call.canAsk) {
    audit('ask', rules, reason);
    return { decision: 'ask', reason: `${reason}. Approve only if you meant this to run.` };
  }
  return deny(reason, rules, false);

  function deny(reason: string, rules: string[], guard: boolean): Outcome {
    const approvalId = recordPending(
      deps.stateDir,
      { hash, agent, cwd: call.cwd, summary, reasons: [reason] },
      deps.now(),
    );
    audit('deny', rules, reason, approvalId);
    const next = guard
      ? `Only a person may approve this: ask the user to run \`two-key approve ${approvalId}\` in their own terminal if they want it.`
      : `Needs a person's approval: ask the user to run \`two-key approve ${approvalId}\` in their own terminal, then retry the identical action.`;
    return { decision: 'deny', reason: `${reason}. ${next}`, approvalId };
  }
}

/** The findings in one line: at most three, each with its rule. */
function because(stops: readonly Stop[]): string {
  const shown = stops.slice(0, 3).map((s) => `${s.message} (${s.ruleId})`);
  const more = stops.length > 3 ? `; and ${stops.length - 3} more` : '';
  return shown.join('; ') + more;
}

function describe(action: Action, env: Readonly<Record<string, string | undefined>>): string {
  switch (action.kind) {
    case 'shell':
      return `\`${excerpt(action.command, env)}\``;
    case 'mcp':
      return `MCP ${action.tool}(${excerpt(JSON.stringify(action.args ?? {}), env, 160)})`;
    case 'write':
      return `write to ${action.path}`;
    case 'none':
      return action.tool;
  }
}
