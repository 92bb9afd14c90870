/**
 * A worker of the engine's pool (pool.ts): reads its share of the change's files with its own
 * parser instances and posts each file's outcome back by index.
 */
import { receiveMessageOnPort, parentPort, workerData } from 'node:worker_threads';
import type { ChangeContext } from '../core/checker.js';
import { checkFile, type FileOutcome } from './engine.js';
import type { WorkerInput, WorkerRequest } from './pool.js';
import type { BaseTree, ChangedFile } from '../core/types.js';

const input = workerData as WorkerInput;
const flag = new Int32Array(input.signal);

/** A synchronous read of the main thread's base tree (git) or of a file outside this share, as the families expect it. */
function ask(request: WorkerRequest): unknown {
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

/** The change's files, those outside the share reading their texts from the main thread when a family does. */
function changeFiles(): ChangedFile[] {
  return input.files.map((file, index) => {
    const keys = input.elsewhere[index];
    if (!keys) return file;
    const asked: ChangedFile = { ...file };
    for (const key of keys) {
      let value: string | undefined;
      let known = false;
      Object.defineProperty(asked, key, {
        enumerable: true,
        get: () => {
          if (!known) [value, known] = [ask({ op: 'text', index, key }) as string | undefined, true];
          return value;
        },
      });
    }
    return asked;
  });
}

try {
  const files = changeFiles();
  const context: ChangeContext = {
    ...input.context,
    files,
    ...(input.hasBaseTree ? { baseTree } : {}),
  };
  const outcomes: [number, FileOutcome][] = [];
  for (const index of input.indices) outcomes.push([index, await checkFile(files[index]!, input.policy, context)]);
  parentPort!.postMessage({ outcomes });
} catch (error) {
  parentPort!.postMessage({ error: (error as Error).message });
}
