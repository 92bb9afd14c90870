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
} from "./chunk-VDKFWAS4.js";
import "./chunk-24K6MIFE.js";
import "./chunk-3UXB7SWX.js";
import "./chunk-VFYWOPGB.js";
import "./chunk-2YG4HSKJ.js";
import "./chunk-A4ZRGPLX.js";
import "./chunk-4X4SNZBF.js";
import "./chunk-2YJWSV3I.js";
import "./chunk-TOD5O57O.js";
import "./chunk-6JXARKKP.js";
import "./chunk-Z2NB5GVP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-7DV4JXMW.js";
import "./chunk-J6JF2XDC.js";
import "./chunk-74PGLYIL.js";
import "./chunk-HSFHKURH.js";
import "./chunk-WRCT4VLU.js";
import "./chunk-NOI6LN43.js";
import "./chunk-DJPNWQ6E.js";
import "./chunk-IZTUVNA5.js";
import "./chunk-YWI7A2Z2.js";
import "./chunk-PB7XRD26.js";
import "./chunk-WDHBE4RX.js";
import "./chunk-SNHKS3H4.js";
import "./chunk-AQRN7QKD.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-BPSNGE7F.js";
import "./chunk-I3XLCXG5.js";
import "./chunk-BMJY2NMH.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-2BVPKUPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-PR245LLV.js";
import "./chunk-X54T4A62.js";
import "./chunk-3RSMXYZE.js";
import "./chunk-7LCIWUY4.js";
import "./chunk-MHWEYSKY.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-FZCVTV3C.js";
import "./chunk-B45XN2NF.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-UDQG4FLI.js";
import "./chunk-GXHFM2CJ.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-LZZT7ABH.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-746TT2RB.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-BM2T7G7S.js";
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
