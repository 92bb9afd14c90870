import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  checkFile
} from "./chunk-SG4HENQY.js";
import "./chunk-ZHGBYMEX.js";

// src/engine/pool-worker.ts
import { receiveMessageOnPort, parentPort, workerData } from "node:worker_threads";
var input = workerData;
var flag = new Int32Array(input.signal);
function ask(request) {
  Atomics.store(flag, 0, 0);
  input.port.postMessage(request);
  Atomics.wait(flag, 0, 0);
  const reply = receiveMessageOnPort(input.port)?.message;
  const answer = reply?.answer;
  if (answer && typeof answer === "object" && "error" in answer) throw new Error(String(answer.error));
  return answer;
}
var baseTree = {
  list: (folder) => ask({ op: "list", arg: folder }),
  read: (path) => ask({ op: "read", arg: path })
};
try {
  const context = {
    ...input.context,
    files: input.files,
    ...input.hasBaseTree ? { baseTree } : {}
  };
  const outcomes = [];
  for (const index of input.indices)
    outcomes.push([index, await checkFile(input.files[index], input.policy, context)]);
  parentPort.postMessage({ outcomes });
} catch (error) {
  parentPort.postMessage({ error: error.message });
}
