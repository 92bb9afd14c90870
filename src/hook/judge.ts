import { isAbsolute, relative } from 'node:path';
import { check } from '../engine/engine.js';
import type { ChangedFile, FindingKind, LocatedFinding } from '../core/types.js';
import { diffLines } from '../parsers/diff.js';
import type { Policy } from '../core/policy-schema.js';
import { infrastructureDeleteOf } from '../rules/code/lib/destructive-names.js';
import { environmentPrelude } from './environment.js';
import type { Action } from './types.js';

/** A reason to stop an action: a finding of the PR check's rules, or a destructive MCP tool. */
export interface Stop {
  ruleId: string;
  kind: FindingKind;
  message: string;
}

export interface JudgeContext {
  policy: Policy;
  /** The repository the agent works in (or its directory when there is none). */
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  readFile: (absolutePath: string) => string | undefined;
}

/** Where the synthetic files of a command or an MCP call live; outside any real repository path. */
const SCRATCH = '.two-key-hook';

/**
 * Judges actions with the PR check's engine and policy: each action becomes the file the family
 * that reads it expects (a shell script, SQL, a module holding the strings of an MCP call, the
 * written file at its own path), checked as a change that adds it.
 */
export async function judge(actions: readonly Action[], context: JudgeContext): Promise<Stop[]> {
  const stops: Stop[] = [];
  const commandFiles: ChangedFile[] = [];
  const writeFiles: ChangedFile[] = [];
  const firstLines = new Map<string, number>();
  actions.forEach((action, i) => {
    if (action.kind === 'shell') {
      const prelude = environmentPrelude(action.command, context.env);
      const path = `${SCRATCH}/command-${i}.sh`;
      firstLines.set(path, prelude.length + 1);
      commandFiles.push(scriptFile(path, [...prelude, action.command].join('\n') + '\n', prelude.length + 1));
    } else if (action.kind === 'mcp') {
      const call = mcpFiles(action.tool, action.args, i);
      commandFiles.push(...call.files);
      stops.push(...call.stops);
    } else if (action.kind === 'write') {
      writeFiles.push(writtenFile(action.path, action.content, context));
    }
  });
  if (commandFiles.length) {
    // A command is not a file of the repository: the policy's path settings do not apply to it.
    const policy: Policy = {
      ...context.policy,
      paths: { include: ['**'], exclude: [], nonBlocking: [], rollback: [] },
    };
    const decision = await check({ files: commandFiles, commits: [] }, policy);
    stops.push(...stopsOf(decision.findings.filter((f) => f.line >= (firstLines.get(f.path) ?? 1))));
  }
  if (writeFiles.length) {
    const decision = await check({ files: writeFiles, commits: [] }, context.policy);
    stops.push(...stopsOf(decision.findings));
  }
  return dedupe(stops);
}

/**
 * What stops an action at run time: a blocking finding, or any production targeting (a person
 * should see a command aimed at production even when it only reads). "This change points the
 * file at production" is about pull requests and says nothing more here.
 */
function stopsOf(findings: readonly LocatedFinding[]): Stop[] {
  return findings
    .filter((f) => !f.rollbackOnly && f.ruleId !== 'env/new-production-target')
    .filter((f) => f.blocking || f.kind === 'production')
    .map((f) => ({ ruleId: f.ruleId, kind: f.kind, message: f.message }));
}

function dedupe(stops: Stop[]): Stop[] {
  const seen = new Set<string>();
  return stops.filter((s) => {
    const key = `${s.ruleId}|${s.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function scriptFile(path: string, text: string, firstLine: number): ChangedFile {
  const lines = text.split('\n').length;
  return {
    path,
    status: 'added',
    headText: text,
    headChangedLines: [{ start: firstLine, end: lines }],
    baseChangedLines: [],
  };
}

/** A write as the change it makes to the file on disk: added, or modified against what is there now. */
function writtenFile(absolute: string, content: string, context: JudgeContext): ChangedFile {
  const inRepo = relative(context.root, absolute);
  const path = (inRepo.startsWith('..') || isAbsolute(inRepo) ? absolute.replace(/^\/+/, '') : inRepo)
    .split('\\')
    .join('/');
  const current = context.readFile(absolute);
  if (current === undefined) return scriptFile(path, content, 1);
  const { headChangedLines, baseChangedLines } = diffLines(current, content);
  return { path, status: 'modified', baseText: current, headText: content, headChangedLines, baseChangedLines };
}

/** A string an MCP database tool would run as SQL: it starts with a statement keyword. */
const SQL_START =
  /^\s*(?:select|insert|update|delete|drop|truncate|alter|create|grant|revoke|with|merge|replace|copy|vacuum|reindex|rename|comment|do|call|exec|execute)\b/i;

/** Argument names whose value is a command line for a shell. */
const COMMAND_KEYS = /^(command|cmd|script|shell|shell_command|commandline|command_line|bash)$/i;

interface Flat {
  key: string;
  value: string;
}

/**
 * An MCP call's arguments, flattened to named strings (a JSON string inside an argument, such as
 * a request body, is opened too), and written as the files the families read: commands as a
 * shell script, SQL as SQL, everything else as string constants of a module, where the code
 * family's GraphQL and HTTP reading applies.
 */
function mcpFiles(tool: string, args: unknown, index: number): { files: ChangedFile[]; stops: Stop[] } {
  const flat: Flat[] = [];
  flatten(args, '', flat, 0);
  const files: ChangedFile[] = [];
  const stops: Stop[] = [];
  const name = tool.split('__').pop() ?? tool;
  const what = infrastructureDeleteOf(name);
  if (what)
    stops.push({
      ruleId: 'mcp/destructive-tool',
      kind: 'destructive',
      message: `MCP tool ${tool} deletes the ${what}`,
    });
  const commands = flat.filter((f) => COMMAND_KEYS.test(f.key.split('.').pop() ?? ''));
  if (commands.length)
    files.push(scriptFile(`${SCRATCH}/mcp-${index}.sh`, commands.map((c) => c.value).join('\n') + '\n', 1));
  const sql = flat.filter((f) => !commands.includes(f) && SQL_START.test(f.value));
  if (sql.length)
    files.push(
      scriptFile(
        `${SCRATCH}/mcp-${index}.sql`,
        sql.map((s) => s.value.trim().replace(/;?$/, ';')).join('\n') + '\n',
        1,
      ),
    );
  const url = flat.find((f) => /^(url|uri|endpoint)$/i.test(f.key.split('.').pop() ?? ''))?.value;
  const method = flat.find((f) => /^method$/i.test(f.key.split('.').pop() ?? ''))?.value;
  const module = [
    ...flat.map((f, i) => `export const arg${i} = ${JSON.stringify(f.value)};`),
    // A DELETE to a provider's API reads as the same request in code; a body is read as strings above.
    ...(url && method?.toUpperCase() === 'DELETE'
      ? [`await fetch(${JSON.stringify(url)}, { method: 'DELETE' });`]
      : []),
  ];
  if (module.length) files.push(scriptFile(`${SCRATCH}/mcp-${index}.ts`, module.join('\n') + '\n', 1));
  return { files, stops };
}

const MAX_DEPTH = 8;

function flatten(value: unknown, key: string, out: Flat[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const opened = openJson(value);
    if (opened !== undefined) flatten(opened, key, out, depth + 1);
    else out.push({ key, value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${key}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, key ? `${key}.${k}` : k, out, depth + 1);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    out.push({ key, value: String(value) });
  }
}

/** A string that holds a JSON object or array, opened; undefined otherwise. */
function openJson(text: string): unknown {
  const t = text.trim();
  if (!(t.startsWith('{') && t.endsWith('}')) && !(t.startsWith('[') && t.endsWith(']'))) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}
