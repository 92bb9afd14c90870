/**
 * A worker of the engine's pool (pool.ts): reads its share of the change's files with its own
 * parser instances and posts each file's outcome back by index.
 */
import { receiveMessageOnPort, parentPort, workerData } from 'node:worker_threads';
import type { ChangeContext } from '../core/checker.js';
import { checkFile, type FileOutcome } from './engine.js';
import type { BaseTreeRequest, WorkerInput } from './pool.js';
import type { BaseTree } from '../core/types.js';

const input = workerData as WorkerInput;
const flag = new Int32Array(input.signal);

/** A synchronous read of the main thread's base tree (git), as the families expect it. */
function ask(request: BaseTreeRequest): unknown {
  Atomics.store(flag, 0, 0);
  input.port.postMessage(request);
  Atomics.wait(flag, 0, 0);
  const reply = receiveMessageOnPort(input.port)?.message as { answer: unknown } | undefined;
  const answer = reply?.answer;
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(String(answer.error));
  return answer;
}

const baseTree: BaseTree = {
  list: (folder) => ask({ op: 'list', arg: folder }) as string[],
  read: (path) => ask({ op: 'read', arg: path }) as string | undefined,
};

try {
  const context: ChangeContext = {
    ...input.context,
    files: input.files,
    ...(input.hasBaseTree ? { baseTree } : {}),
  };
  const outcomes: [number, FileOutcome][] = [];
  for (const index of input.indices)
    outcomes.push([index, await checkFile(input.files[index]!, input.policy, context)]);
  parentPort!.postMessage({ outcomes });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
