import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  hookConfig
} from "./chunk-DKOM6BFM.js";
import {
  repositoryRoot
} from "./chunk-ZSWXCIA5.js";
import "./chunk-YASO6BNG.js";
import "./chunk-NXNZHYTF.js";
import "./chunk-2CTXPXID.js";
import "./chunk-E763D7MM.js";
import "./chunk-YC4GVSLD.js";
import "./chunk-3UXB7SWX.js";
import "./chunk-OSQ7RFTX.js";
import "./chunk-IIBDDNGM.js";
import "./chunk-7OXTLSTO.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-TNGFFLJS.js";
import "./chunk-R2EPXBKJ.js";
import "./chunk-VYZ7S4VD.js";
import "./chunk-GATUDJM2.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-HQWDJ43Q.js";
import "./chunk-LCCX6HFG.js";
import "./chunk-FO3QI6M6.js";
import "./chunk-HF746HSC.js";
import "./chunk-SNHKS3H4.js";
import "./chunk-IM3RFE2U.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-RKFEUSH7.js";
import "./chunk-RRQ5XLKS.js";
import "./chunk-I3XLCXG5.js";
import "./chunk-GW3M46EQ.js";
import "./chunk-ZCBXGCOP.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-4SHDLCF7.js";
import "./chunk-3M5RYOWK.js";
import "./chunk-P2Z7WOVZ.js";
import "./chunk-JARE72S4.js";
import "./chunk-6QULEKZ6.js";
import "./chunk-3AJ22T4V.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-Y33ZVVZR.js";
import "./chunk-R3TQSVBK.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-5N3FGRV4.js";
import "./chunk-LWDZR4ZD.js";
import "./chunk-XVLRCMGV.js";
import "./chunk-K4GG7FI2.js";
import "./chunk-QBLIXYYC.js";
import "./chunk-OFSHOKLX.js";
import "./chunk-3WNRY6BI.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-D6XSHIPF.js";
import "./chunk-L26QLQXM.js";
import "./chunk-O3AVP3WD.js";
import "./chunk-BG6M7MHB.js";
import "./chunk-GBH2K4QU.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/install.ts
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function install(agent, io, options) {
  const root = repositoryRoot(options.dir);
  const read = (path) => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return void 0;
    }
  };
  const file = hookConfig(agent, { root, home: options.home }, `${options.command} hook ${agent}`, read);
  if (options.dryRun) {
    io.stdout(`# ${file.path}${file.unchanged ? " (already installed, unchanged)" : ""}
${file.text}`);
    return 0;
  }
  if (file.unchanged) {
    io.stdout(`two-key hook for ${agent} is already in ${file.path}
`);
    return 0;
  }
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  if (file.executable) chmodSync(file.path, 493);
  io.stdout(`two-key hook for ${agent} written to ${file.path}; check it with: two-key doctor
`);
  return 0;
}
function defaultHookCommand(env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, "two-key"), constants.X_OK);
      return "two-key";
    } catch {
    }
  }
  const here = fileURLToPath(import.meta.url);
  const bundle = resolve(here.endsWith(".ts") ? here : fileURLToPath(new URL("./cli.js", import.meta.url)));
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(bundle)}`;
}
function installCli(agent, dryRun, io) {
  return install(agent, io, { dir: process.cwd(), home: homedir(), dryRun, command: defaultHookCommand(process.env) });
}
export {
  defaultHookCommand,
  install,
  installCli
};
