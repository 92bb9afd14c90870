import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
// Types only: worker_threads is imported when a pool starts, not with every check (a cold start pays for it).
import type { MessagePort } from 'node:worker_threads';
import type { Policy } from '../core/policy-schema.js';
import type { ChangeContext } from '../core/checker.js';
import type { FileOutcome } from './engine.js';
import type { BaseTree, ChangedFile } from '../core/types.js';

/** More workers than this buy little: each loads its own parsers, and the change is read from one process. */
const MAX_WORKERS = 4;
/**
 * Below this much work a worker costs more than it saves: it starts a fresh V8, compiles the
 * bundle and its own WebAssembly parsers and warms its own JIT (about 1.7 CPU seconds and 150 MB
 * each). Measured on the real SQL corpus (32 MB, 7 December 2026, idle 2-core machine, this thread
 * reading a share beside one worker): 7.3-8.5 s wall against 6.7-7.0 s on one thread. The change
 * is read before any worker starts, and the shares are not even enough to win it back at that
 * size; only a change twice as large is handed to the pool. A file counts as its bytes plus a
 * fixed cost for the per-file work.
 */
export const POOL_THRESHOLD = 64_000_000;
/** A worker's start (about 1.7 CPU seconds) in the same unit: the bytes one thread reads meanwhile. */
const WORKER_START_COST = 5_000_000;
const PER_FILE_COST = 1_000;

export type CheckOne = (file: ChangedFile, policy: Policy, context: ChangeContext) => Promise<FileOutcome>;

/**
 * Reads every file, in-process or spread over worker threads, and returns the outcomes in the
 * order of `files`: the merge does not depend on which worker finished first, so the report is
 * byte for byte the report of a single-threaded run.
 */
export async function checkFiles(
  files: readonly ChangedFile[],
  policy: Policy,
  context: ChangeContext,
  workers: number | 'auto' | undefined,
  checkOne: CheckOne,
): Promise<FileOutcome[]> {
  const asked = workers ?? workersFromEnv();
  const count = workerCount(files, asked);
  const entry = count > 1 ? workerEntry() : undefined;
  if (entry) {
    try {
      // A count the user forces is spread evenly; else a worker's start counts against its share.
      const startCost = asked === 'auto' ? WORKER_START_COST : 0;
      return await inWorkers(entry, files, policy, context, count, startCost, checkOne);
    } catch {
      // A worker that could not start or crashed changes nothing: the same files are read here.
    }
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await checkOne(file, policy, context));
  return outcomes;
}

/** TWO_KEY_WORKERS=1 forces a single thread; a number sets how many threads read (this one and its workers). */
function workersFromEnv(): number | 'auto' {
  const value = Number(process.env['TWO_KEY_WORKERS']);
  return Number.isInteger(value) && value >= 1 ? value : 'auto';
}

/** How many threads read the change (this one and count - 1 workers): 1 (no pool) for a small change or a single-core machine. */
export function workerCount(
  files: readonly ChangedFile[],
  workers: number | 'auto',
  cores = availableParallelism(),
): number {
  if (typeof workers === 'number') return Math.max(1, Math.min(Math.floor(workers), files.length));
  const work = files.reduce((sum, f) => sum + costOf(f), 0);
  if (work < POOL_THRESHOLD) return 1;
  return Math.max(1, Math.min(cores, MAX_WORKERS, files.length));
}

function costOf(file: ChangedFile): number {
  return PER_FILE_COST + (file.headText?.length ?? 0) + (file.baseText?.length ?? 0);
}

/**
 * The worker's entry beside the chunk that holds this module: dist/pool-worker.js. Run from the
 * sources there is none (Node cannot start a TypeScript worker), and the files are read in-process;
 * a worker that cannot start is caught the same way.
 */
function workerEntry(): string | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  return fileURLToPath(new URL('./pool-worker.js', import.meta.url));
}

/**
 * Largest first, each to the least loaded worker: the workers finish at about the same time.
 * `startLoads` counts what a share costs before its first file (a worker's start).
 */
export function distribute(costs: readonly number[], workers: number, startLoads: readonly number[] = []): number[][] {
  const order = costs.map((cost, index) => ({ cost, index })).sort((a, b) => b.cost - a.cost || a.index - b.index);
  const shares = Array.from({ length: workers }, (_, i) => ({ load: startLoads[i] ?? 0, indices: [] as number[] }));
  for (const { cost, index } of order) {
    let least = shares[0]!;
    for (const share of shares) if (share.load < least.load) least = share;
    least.load += cost;
    least.indices.push(index);
  }
  return shares.map((s) => s.indices.sort((a, b) => a - b)).filter((s) => s.length > 0);
}

/** The texts of a changed file, which a worker gets only for the files of its share. */
export type TextKey = 'headText' | 'baseText';

/** What a worker is started with (structured-cloned: the base tree's functions stay here). */
export interface WorkerInput {
  /**
   * Every file of the change, for the families that read one file from another (a sourced script,
   * a Terraform module, the gate's workflows); only the files of the worker's share carry their
   * texts. Cloning the whole change into every worker cost a copy of it per worker.
   */
  files: readonly ChangedFile[];
  /** For each file outside the share, the texts it has, which the worker asks for when a family reads one. */
  elsewhere: (TextKey[] | null)[];
  indices: number[];
  policy: Policy;
  context: Omit<ChangeContext, 'baseTree' | 'files'>;
  hasBaseTree: boolean;
  /** Where the worker asks for base-tree reads and waits for each answer (see pool-worker.ts). */
  port: MessagePort;
  signal: SharedArrayBuffer;
}

export type WorkerRequest = { op: 'list' | 'read'; arg: string } | { op: 'text'; index: number; key: TextKey };

/**
 * The first share is read on this thread while the others are read by workers: a worker costs a
 * fresh V8 and its own parsers, so on k cores k - 1 workers and this thread share the work.
 */
async function inWorkers(
  entry: string,
  files: readonly ChangedFile[],
  policy: Policy,
  context: ChangeContext,
  count: number,
  startCost: number,
  checkOne: CheckOne,
): Promise<FileOutcome[]> {
  const starts = Array.from({ length: count }, (_, i) => (i === 0 ? 0 : startCost));
  const [own = [], ...others] = distribute(files.map(costOf), count, starts);
  const { baseTree, files: _files, ...rest } = context;
  const here = async (): Promise<[number, FileOutcome][]> => {
    const outcomes: [number, FileOutcome][] = [];
    for (const index of own) {
      outcomes.push([index, await checkOne(files[index]!, policy, context)]);
      // A worker blocked on a read of the base tree is answered between two files of this share.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcomes;
  };
  const threads = await import('node:worker_threads');
  const results = await Promise.all([
    ...others.map((indices) => {
      const share = new Set(indices);
      const elsewhere = files.map((f, i) => (share.has(i) ? null : textKeysOf(f)));
      const sent = files.map((f, i) => (share.has(i) ? f : withoutTexts(f)));
      return runWorker(
        threads,
        entry,
        { files: sent, elsewhere, indices, policy, context: rest, hasBaseTree: !!baseTree },
        {
          baseTree,
          files,
        },
      );
    }),
    here(),
  ]);
  const outcomes: FileOutcome[] = new Array(files.length);
  for (const result of results) for (const [index, outcome] of result) outcomes[index] = outcome;
  return outcomes;
}

const TEXT_KEYS: readonly TextKey[] = ['headText', 'baseText'];

function textKeysOf(file: ChangedFile): TextKey[] {
  return TEXT_KEYS.filter((key) => Object.hasOwn(file, key));
}

function withoutTexts(file: ChangedFile): ChangedFile {
  const { headText: _head, baseText: _base, ...rest } = file;
  return rest;
}

/** What the main thread answers a worker's reads from. */
interface Answers {
  baseTree: BaseTree | undefined;
  files: readonly ChangedFile[];
}

function answer(request: WorkerRequest, { baseTree, files }: Answers): string | string[] | undefined {
  if (request.op === 'text') return files[request.index]?.[request.key];
  return request.op === 'list' ? baseTree?.list(request.arg) : baseTree?.read(request.arg);
}

function runWorker(
  { MessageChannel, Worker }: typeof import('node:worker_threads'),
  entry: string,
  input: Omit<WorkerInput, 'port' | 'signal'>,
  answers: Answers,
): Promise<[number, FileOutcome][]> {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  // The worker reads the base tree and other shares' texts synchronously, as the families do: it
  // posts a request and blocks on the flag until the answer is on the port.
  port1.on('message', (request: WorkerRequest) => {
    let reply: string | string[] | undefined | { error: string };
    try {
      reply = answer(request, answers);
    } catch (error) {
      reply = { error: (error as Error).message };
    }
    port1.postMessage({ answer: reply });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
  const workerData: WorkerInput = { ...input, port: port2, signal };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData, transferList: [port2] });
    let settled = false;
    worker.once('message', (message: { outcomes?: [number, FileOutcome][]; error?: string }) => {
      settled = true;
      port1.close();
      void worker.terminate();
      if (message.outcomes) resolve(message.outcomes);
      else reject(new Error(`a worker failed: ${message.error}`));
    });
    worker.once('error', (error) => {
      settled = true;
      port1.close();
      reject(error);
    });
    worker.once('exit', (code) => {
      port1.close();
      if (!settled) reject(new Error(`a worker exited with code ${code} before it reported`));
    });
  });
}
