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
} from "./chunk-GNL7QIKQ.js";
import "./chunk-JWIUDYGN.js";
import "./chunk-BBWLKOMW.js";
import "./chunk-3UXB7SWX.js";
import "./chunk-WDX2CRTG.js";
import "./chunk-PWAZK2YD.js";
import "./chunk-7DLIBZMO.js";
import "./chunk-DDB6ZLY5.js";
import "./chunk-HU7KHN2P.js";
import "./chunk-EDGMJUJL.js";
import "./chunk-O5VG4T57.js";
import "./chunk-EIH2OVFC.js";
import "./chunk-4FNLEWMR.js";
import "./chunk-4UXJRGLV.js";
import "./chunk-AOPES7MT.js";
import "./chunk-WG42RVUK.js";
import "./chunk-3PML2GVG.js";
import "./chunk-P6RYG27D.js";
import "./chunk-ZQIJZ6PA.js";
import "./chunk-LIWINHBA.js";
import "./chunk-MW2464UR.js";
import "./chunk-ICKOAMR6.js";
import "./chunk-JMVSX7PE.js";
import "./chunk-XQKURTTO.js";
import "./chunk-JBCSFPUI.js";
import "./chunk-YVSR3L74.js";
import "./chunk-JDMKUC5Z.js";
import "./chunk-ODTQXCHN.js";
import "./chunk-KMZZXUNL.js";
import "./chunk-GYFR6RYJ.js";
import "./chunk-OLZQIAYM.js";
import "./chunk-O7FLODLP.js";
import "./chunk-YQYAWUZZ.js";
import "./chunk-EG3ONA5W.js";
import "./chunk-3DOHBPV7.js";
import "./chunk-Z7S54ZPA.js";
import "./chunk-UIYDHM7P.js";
import "./chunk-KXNIZ2VW.js";
import "./chunk-X54T4A62.js";
import "./chunk-3RSMXYZE.js";
import "./chunk-K62ZBVT7.js";
import "./chunk-2IV7QSKK.js";
import "./chunk-PCBBMPLR.js";
import "./chunk-NLWX5JZZ.js";
import "./chunk-IXLGDSIJ.js";
import "./chunk-DDJ2I2V4.js";
import "./chunk-ZBXMPTUD.js";
import "./chunk-ZBXWAF4J.js";
import "./chunk-NRRSUNAF.js";
import "./chunk-HM52GXR3.js";
import "./chunk-HJNDF2KS.js";
import "./chunk-SGP6KUTB.js";
import "./chunk-GVQ55VA2.js";
import "./chunk-VTILP2YK.js";
import "./chunk-ASCISIAG.js";
import "./chunk-W4I5MKF7.js";
import "./chunk-R3RUAV57.js";
import "./chunk-PO5BOZ4F.js";
import "./chunk-O5EZW7AY.js";
import "./chunk-25IFS2WD.js";
import "./chunk-UD7HIGTY.js";
import "./chunk-FJFFMLKF.js";
import "./chunk-4LQS2QJQ.js";
import "./chunk-7HYHVU3F.js";
import "./chunk-MC2PQM5U.js";
import "./chunk-PGE7O3DA.js";
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
