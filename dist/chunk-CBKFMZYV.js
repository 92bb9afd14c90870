import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  adapters,
  readAudit
} from "./chunk-IH5GJX2A.js";
import {
  AGENT_NAMES
} from "./chunk-IMX7FK3S.js";
import {
  hookConfig
} from "./chunk-DKOM6BFM.js";
import {
  repositoryRoot
} from "./chunk-GNL7QIKQ.js";
import {
  stateDirOf
} from "./chunk-GMPJ3CLL.js";
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

// src/cli/doctor.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, isAbsolute, join, resolve } from "node:path";

// src/hook/probe.ts
function probeInput(agent, command, cwd) {
  switch (agent) {
    case "claude":
    case "codex":
      return {
        stdin: JSON.stringify({
          session_id: "doctor",
          cwd,
          hook_event_name: "PreToolUse",
          permission_mode: "bypassPermissions",
          tool_name: "Bash",
          tool_input: { command }
        }),
        env: {}
      };
    case "cursor":
      return {
        stdin: JSON.stringify({
          hook_event_name: "beforeShellExecution",
          conversation_id: "doctor",
          command,
          cwd,
          workspace_roots: [cwd]
        }),
        env: {}
      };
    case "gemini":
      return {
        stdin: JSON.stringify({
          session_id: "doctor",
          cwd,
          hook_event_name: "BeforeTool",
          tool_name: "run_shell_command",
          tool_input: { command }
        }),
        env: {}
      };
    case "copilot":
      return {
        stdin: JSON.stringify({ timestamp: 0, cwd, toolName: "bash", toolArgs: JSON.stringify({ command }) }),
        env: {}
      };
    case "windsurf":
      return {
        stdin: JSON.stringify({
          agent_action_name: "pre_run_command",
          trajectory_id: "doctor",
          tool_info: { command_line: command, cwd }
        }),
        env: {}
      };
    case "cline":
      return {
        stdin: JSON.stringify({
          hookName: "PreToolUse",
          taskId: "doctor",
          workspaceRoots: [cwd],
          preToolUse: { toolName: "execute_command", parameters: { command } }
        }),
        env: {}
      };
    case "amp":
      return { stdin: JSON.stringify({ cmd: command, cwd }), env: { AGENT_TOOL_NAME: "Bash", AGENT: "amp" } };
  }
}

// src/cli/doctor.ts
var SAFE_PROBE = "ls";
var DESTRUCTIVE_PROBE = "terraform destroy -auto-approve";
function doctor(io, options) {
  const root = repositoryRoot(options.dir);
  let failures = 0;
  let configured = 0;
  for (const agent of AGENT_NAMES) {
    const path = configPath(agent, root, options.home);
    let text;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      continue;
    }
    const command = hookCommandIn(text, agent);
    if (!command) continue;
    configured++;
    const problem = checkHook(agent, command, root, options);
    if (problem) failures++;
    io.stdout(
      `${problem ? "FAIL" : "ok  "} ${agent.padEnd(8)} ${path}
     ${command}${problem ? `
     ${problem}` : ""}
`
    );
  }
  if (configured === 0)
    io.stdout("No agent hook configuration names two-key here; install one with: two-key hook install <agent>\n");
  const entries = readAudit(options.stateDir, options.auditLines);
  io.stdout(`
Recent asks and denies (${join(options.stateDir, "audit.jsonl")}):
`);
  if (entries.length === 0) io.stdout("  none\n");
  for (const e of entries) {
    io.stdout(
      `  ${e.time} ${e.agent} ${e.decision}${e.approvalId ? ` ${e.approvalId}` : ""} ${e.action}
    ${e.rules.join(", ")}
`
    );
  }
  return failures > 0 ? 1 : 0;
}
function configPath(agent, root, home) {
  return hookConfig(agent, { root, home }, "two-key doctor probe", () => void 0).path;
}
function hookCommandIn(text, agent) {
  const strings = [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  const lines = text.split("\n");
  const candidates = [...strings, ...lines.map((l) => l.replace(/^exec\s+/, ""))];
  return candidates.find((s) => new RegExp(`\\bhook ${agent}\\s*$`).test(s.trim()))?.trim();
}
function words(command) {
  return [...command.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map(
    (m) => m[1] !== void 0 ? JSON.parse(`"${m[1]}"`) : m[2]
  );
}
function resolveProgram(program, env, root) {
  const executable = (p) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (program.includes("/")) {
    const p = isAbsolute(program) ? program : resolve(root, program);
    return executable(p) ? p : void 0;
  }
  for (const dir of (env.PATH ?? "").split(delimiter))
    if (dir && executable(join(dir, program))) return join(dir, program);
  return void 0;
}
function checkHook(agent, command, root, options) {
  const [program, ...args] = words(command);
  if (!program) return "empty command";
  const resolved = resolveProgram(program, options.env, root);
  if (!resolved) return `${program} is not an executable on PATH: the agent would skip this hook and run everything`;
  if (!/two-key|cli\.js/.test(`${program} ${args.slice(0, 1).join(" ")}`)) return `does not run two-key`;
  const state = mkdtempSync(join(tmpdir(), "two-key-doctor-"));
  try {
    const probe = (shell) => {
      const input = probeInput(agent, shell, root);
      return spawnSync(resolved, args, {
        input: input.stdin,
        encoding: "utf8",
        timeout: 15e3,
        env: { ...options.env, ...input.env, XDG_STATE_HOME: state }
      });
    };
    const pass = adapters[agent].reply({ decision: "pass" }, void 0);
    const safe = probe(SAFE_PROBE);
    if (safe.error) return `could not run: ${safe.error.message}`;
    if (safe.status !== pass.exitCode || safe.stdout !== pass.stdout)
      return `a safe command (${SAFE_PROBE}) got exit ${safe.status} and ${JSON.stringify(safe.stdout.slice(0, 120))}, expected no opinion`;
    const risky = probe(DESTRUCTIVE_PROBE);
    if (risky.status === pass.exitCode && risky.stdout === pass.stdout)
      return `a destructive command (${DESTRUCTIVE_PROBE}) was not stopped`;
    return void 0;
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}
function doctorCli(io) {
  return doctor(io, {
    dir: process.cwd(),
    home: homedir(),
    env: process.env,
    stateDir: stateDirOf(process.env),
    auditLines: 10
  });
}
export {
  doctor,
  doctorCli,
  hookCommandIn
};
