import { AGENT_NAMES, type AgentName } from '../hook/types.js';
import { UsageError } from './args.js';

export type RuntimeCommand =
  | { command: 'hook'; agent: AgentName }
  | { command: 'hook-install'; agent: AgentName; dryRun: boolean }
  | { command: 'approve'; id: string }
  | { command: 'doctor' };

export const RUNTIME_HELP = `  two-key hook AGENT                     (run by the agent: judges the action on stdin)
  two-key hook install AGENT [--dry-run] writes the agent's hook configuration
  two-key approve ID                     grants a denied action once (a person, at a terminal)
  two-key doctor                         checks configured hooks and shows recent asks and denies
AGENT is one of ${AGENT_NAMES.join(', ')}.
`;

function agentOf(word: string | undefined): AgentName {
  if (word !== undefined && (AGENT_NAMES as readonly string[]).includes(word)) return word as AgentName;
  throw new UsageError(
    `expected an agent: ${AGENT_NAMES.join(', ')}${word === undefined ? '' : `, got ${JSON.stringify(word.slice(0, 40))}`}`,
  );
}

/** Parses `hook`, `approve` and `doctor`: the runtime door's commands. */
export function parseRuntime(first: string, rest: readonly string[]): RuntimeCommand {
  if (first === 'doctor') {
    if (rest.length) throw new UsageError('doctor takes no arguments');
    return { command: 'doctor' };
  }
  if (first === 'approve') {
    if (rest.length !== 1 || !/^[A-Za-z0-9]{4,16}$/.test(rest[0]!))
      throw new UsageError('approve needs one approval id, as in: two-key approve K7QF2M9X');
    return { command: 'approve', id: rest[0]! };
  }
  if (rest[0] === 'install') {
    const options = rest.slice(1).filter((a) => a.startsWith('-'));
    const unknown = options.find((o) => o !== '--dry-run');
    if (unknown)
      throw new UsageError(`unknown option ${JSON.stringify(unknown.slice(0, 40))} (hook install takes --dry-run)`);
    const operands = rest.slice(1).filter((a) => !a.startsWith('-'));
    if (operands.length !== 1) throw new UsageError('hook install needs one agent');
    return { command: 'hook-install', agent: agentOf(operands[0]), dryRun: options.includes('--dry-run') };
  }
  if (rest.length !== 1) throw new UsageError('hook needs one agent, as in: two-key hook claude');
  return { command: 'hook', agent: agentOf(rest[0]) };
}
