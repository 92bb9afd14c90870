import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  checkFile
} from "./chunk-4QNIKBWI.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-OLZQIAYM.js";
import "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
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
function changeFiles() {
  return input.files.map((file, index) => {
    const keys = input.elsewhere[index];
    if (!keys) return file;
    const asked = { ...file };
    for (const key of keys) {
      let value;
      let known = false;
      Object.defineProperty(asked, key, {
        enumerable: true,
        get: () => {
          if (!known) [value, known] = [ask({ op: "text", index, key }), true];
          return value;
        }
      });
    }
    return asked;
  });
}
try {
  const files = changeFiles();
  const context = {
    ...input.context,
    files,
    ...input.hasBaseTree ? { baseTree } : {}
  };
  const outcomes = [];
  for (const index of input.indices) outcomes.push([index, await checkFile(files[index], input.policy, context)]);
  parentPort.postMessage({ outcomes });
} catch (error) {
  parentPort.postMessage({ error: error.message });
}
