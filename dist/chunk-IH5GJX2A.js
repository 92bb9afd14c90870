import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  HookInputError
} from "./chunk-IMX7FK3S.js";

// src/hook/agents/amp.ts
import { isAbsolute, join } from "node:path";

// src/hook/agents/adapter.ts
var SILENT = { stdout: "", stderr: "", exitCode: 0 };
function json(value) {
  return `${JSON.stringify(value)}
`;
}

// src/hook/agents/shared.ts
function asObject(value, what) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new HookInputError(`${what} is not a JSON object`);
  return value;
}
function str(value) {
  return typeof value === "string" ? value : void 0;
}
function needString(value, what) {
  if (typeof value !== "string") throw new HookInputError(`${what} is missing or not a string`);
  return value;
}
function argsObject(value, what) {
  if (typeof value !== "string") return value ?? {};
  try {
    return JSON.parse(value);
  } catch {
    throw new HookInputError(`${what} is a string that is not JSON`);
  }
}
function editedContent(current, edits) {
  if (current === void 0) return edits.map((e) => e.new).join("\n");
  let text = current;
  for (const e of edits) text = e.old && text.includes(e.old) ? text.replace(e.old, e.new) : `${text}
${e.new}`;
  return text;
}
function write(path, content, what) {
  return { kind: "write", path: needString(path, `${what} path`), content: typeof content === "string" ? content : "" };
}
function isMcpName(tool) {
  return tool.startsWith("mcp__");
}

// src/hook/agents/amp.ts
var amp = {
  name: "amp",
  parse(payload, context) {
    const params = asObject(payload, "tool parameters");
    const tool = context.env.AGENT_TOOL_NAME;
    if (!tool) throw new HookInputError("AGENT_TOOL_NAME is not set: run by Amp as a delegate");
    const cwd = str(params.cwd) ?? context.env.PWD ?? process.cwd();
    const path = (v) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute(file) ? file : join(cwd, file);
    };
    let action;
    if (tool === "Bash") action = { kind: "shell", command: needString(params.cmd, "cmd") };
    else if (isMcpName(tool)) action = { kind: "mcp", tool, args: params };
    else if (tool === "create_file") action = write(path(params.path), params.content, tool);
    else if (tool === "edit_file") action = write(path(params.path), params.new_str, tool);
    else action = { kind: "none", tool };
    const thread = context.env.AMP_THREAD_ID;
    return { actions: [action], cwd, ...thread ? { session: thread } : {}, canAsk: true, event: tool };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return { stdout: "", stderr: `${outcome.reason}
`, exitCode: outcome.decision === "ask" ? 1 : 2 };
  }
};

// src/hook/agents/claude.ts
import { isAbsolute as isAbsolute2, join as join2 } from "node:path";
var ASKING_MODES = /* @__PURE__ */ new Set(["default", "acceptEdits", "plan", "auto"]);
function claudeStyleActions(payload, cwd, context) {
  const tool = needString(payload.tool_name, "tool_name");
  const input = asObject(payload.tool_input ?? {}, "tool_input");
  const path = (p) => {
    const file = needString(p, `${tool} file_path`);
    return isAbsolute2(file) ? file : join2(cwd, file);
  };
  if (tool === "Bash" || tool === "PowerShell")
    return [{ kind: "shell", command: needString(input.command, "tool_input.command") }];
  if (isMcpName(tool)) return [{ kind: "mcp", tool, args: input }];
  if (tool === "Write") return [write(path(input.file_path), input.content, tool)];
  if (tool === "Edit" || tool === "MultiEdit") {
    const file = path(input.file_path);
    const edits = (tool === "Edit" ? [input] : Array.isArray(input.edits) ? input.edits : []).map((e) => ({
      old: str(e.old_string) ?? "",
      new: str(e.new_string) ?? ""
    }));
    return [{ kind: "write", path: file, content: editedContent(context.readFile(file), edits) }];
  }
  return [{ kind: "none", tool }];
}
var claude = {
  name: "claude",
  parse(payload, context) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const mode = str(p.permission_mode) ?? "default";
    return {
      actions: claudeStyleActions(p, cwd, context),
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: ASKING_MODES.has(mode),
      event: str(p.hook_event_name) ?? "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: outcome.decision,
        permissionDecisionReason: outcome.reason
      }
    };
    if (outcome.decision === "ask") return { stdout: json(out), stderr: "", exitCode: 0 };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};

// src/hook/agents/cline.ts
import { isAbsolute as isAbsolute3, join as join3 } from "node:path";
var cline = {
  name: "cline",
  parse(payload) {
    const p = asObject(payload, "hook input");
    const pre = asObject(p.preToolUse, "preToolUse");
    const tool = needString(pre.toolName, "preToolUse.toolName");
    const params = asObject(pre.parameters ?? {}, "preToolUse.parameters");
    const roots = Array.isArray(p.workspaceRoots) ? p.workspaceRoots.filter((r) => typeof r === "string") : [];
    const cwd = roots[0] ?? needString(p.cwd, "workspaceRoots");
    const path = (v) => {
      const file = needString(v, `${tool} path`);
      return isAbsolute3(file) ? file : join3(cwd, file);
    };
    let action;
    if (tool === "execute_command")
      action = { kind: "shell", command: needString(params.command, "parameters.command") };
    else if (tool === "use_mcp_tool")
      action = {
        kind: "mcp",
        tool: `${str(params.server_name) ?? "mcp"}__${needString(params.tool_name, "parameters.tool_name")}`,
        args: argsObject(params.arguments, "parameters.arguments")
      };
    else if (tool === "write_to_file") action = write(path(params.path), params.content, tool);
    else if (tool === "replace_in_file") action = write(path(params.path), replacedText(str(params.diff) ?? ""), tool);
    else action = { kind: "none", tool };
    return {
      actions: [action],
      cwd,
      ...str(p.taskId) ? { session: str(p.taskId) } : {},
      canAsk: false,
      event: "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({ cancel: false }), stderr: "", exitCode: 0 };
    return { stdout: json({ cancel: true, errorMessage: outcome.reason }), stderr: "", exitCode: 0 };
  }
};
function replacedText(diff) {
  const out = [];
  let inReplace = false;
  for (const line of diff.split("\n")) {
    if (/^=======\s*$/.test(line)) inReplace = true;
    else if (/^>>>>>>>? REPLACE/.test(line) || /^\+\+\+\+\+\+\+ REPLACE/.test(line)) inReplace = false;
    else if (/^<<<<<<<? SEARCH/.test(line) || /^------- SEARCH/.test(line)) inReplace = false;
    else if (inReplace) out.push(line);
  }
  return out.join("\n");
}

// src/hook/agents/codex.ts
import { isAbsolute as isAbsolute4, join as join4 } from "node:path";
var codex = {
  name: "codex",
  parse(payload, context) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const actions = p.tool_name === "apply_patch" ? patchActions(asObject(p.tool_input ?? {}, "tool_input"), cwd) : claudeStyleActions(p, cwd, context);
    return {
      actions,
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: false,
      event: "PreToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    const out = {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecision: "deny",
        permissionDecisionReason: outcome.reason
      }
    };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function patchActions(input, cwd) {
  const patch = str(input.command) ?? str(input.patch) ?? str(input.input) ?? "";
  const actions = [];
  let current;
  const flush = () => {
    if (current) actions.push({ kind: "write", path: current.path, content: current.lines.join("\n") + "\n" });
    current = void 0;
  };
  for (const line of patch.split("\n")) {
    const file = /^\*\*\* (?:Add|Update|Delete) File: (.+)$/.exec(line);
    if (file) {
      flush();
      const path = file[1].trim();
      current = { path: isAbsolute4(path) ? path : join4(cwd, path), lines: [] };
    } else if (/^\*\*\* Move to: (.+)$/.test(line) && current) {
      const to = line.slice("*** Move to: ".length).trim();
      current.path = isAbsolute4(to) ? to : join4(cwd, to);
    } else if (current && line.startsWith("+")) {
      current.lines.push(line.slice(1));
    }
  }
  flush();
  return actions.length ? actions : [{ kind: "none", tool: "apply_patch" }];
}

// src/hook/agents/copilot.ts
import { isAbsolute as isAbsolute5, join as join5 } from "node:path";
var READ_TOOLS = /* @__PURE__ */ new Set(["view", "glob", "grep", "web_fetch", "task", "report_intent", "think"]);
var copilot = {
  name: "copilot",
  parse(payload, context) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const actions = "toolName" in p ? [copilotAction(p, cwd, context)] : claudeStyleActions(p, cwd, context);
    return {
      actions,
      cwd,
      ...str(p.sessionId) ? { session: str(p.sessionId) } : {},
      canAsk: false,
      event: "preToolUse"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return {
      stdout: json({ permissionDecision: "deny", permissionDecisionReason: outcome.reason }),
      stderr: "",
      exitCode: 0
    };
  }
};
function copilotAction(p, cwd, context) {
  const tool = needString(p.toolName, "toolName");
  const args = asObject(argsObject(p.toolArgs, "toolArgs") ?? {}, "toolArgs");
  const path = (v) => {
    const file = needString(v, `${tool} path`);
    return isAbsolute5(file) ? file : join5(cwd, file);
  };
  if (tool === "bash" || tool === "powershell")
    return { kind: "shell", command: needString(args.command, "toolArgs.command") };
  if (tool === "create") return write(path(args.path), args.file_text ?? args.content, tool);
  if (tool === "edit") {
    const file = path(args.path);
    return {
      kind: "write",
      path: file,
      content: editedContent(context.readFile(file), [{ old: str(args.old_str) ?? "", new: str(args.new_str) ?? "" }])
    };
  }
  if (READ_TOOLS.has(tool)) return { kind: "none", tool };
  return { kind: "mcp", tool, args };
}

// src/hook/agents/cursor.ts
import { isAbsolute as isAbsolute6, join as join6 } from "node:path";
var cursor = {
  name: "cursor",
  parse(payload) {
    const p = asObject(payload, "hook input");
    const event = needString(p.hook_event_name, "hook_event_name");
    const roots = Array.isArray(p.workspace_roots) ? p.workspace_roots.filter((r) => typeof r === "string") : [];
    const cwd = str(p.cwd) ?? roots[0] ?? needString(void 0, "cwd");
    let actions;
    if (event === "beforeShellExecution") actions = [{ kind: "shell", command: needString(p.command, "command") }];
    else if (event === "beforeMCPExecution")
      actions = [
        { kind: "mcp", tool: needString(p.tool_name, "tool_name"), args: argsObject(p.tool_input, "tool_input") }
      ];
    else if (event === "preToolUse") actions = [toolAction(p, cwd)];
    else throw new HookInputError(`unexpected hook_event_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions,
      cwd,
      ...str(p.conversation_id) ? { session: str(p.conversation_id) } : {},
      canAsk: false,
      event
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({}), stderr: "", exitCode: 0 };
    const out = { permission: "deny", user_message: outcome.reason, agent_message: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function toolAction(p, cwd) {
  const tool = needString(p.tool_name, "tool_name");
  const input = asObject(argsObject(p.tool_input, "tool_input") ?? {}, "tool_input");
  if (tool === "Shell") return { kind: "shell", command: needString(input.command, "tool_input.command") };
  if (tool.startsWith("MCP:")) return { kind: "mcp", tool: tool.slice(4), args: input };
  if (tool === "Write" || tool === "Edit") {
    const file = needString(input.file_path ?? input.path, "tool_input.file_path");
    return write(isAbsolute6(file) ? file : join6(cwd, file), input.content ?? input.new_string ?? input.contents, tool);
  }
  return { kind: "none", tool };
}

// src/hook/agents/gemini.ts
import { isAbsolute as isAbsolute7, join as join7 } from "node:path";
var gemini = {
  name: "gemini",
  parse(payload, context) {
    const p = asObject(payload, "hook input");
    const cwd = needString(p.cwd, "cwd");
    const tool = needString(p.tool_name, "tool_name");
    const input = asObject(p.tool_input ?? {}, "tool_input");
    const path = (v) => {
      const file = needString(v, `${tool} file_path`);
      return isAbsolute7(file) ? file : join7(cwd, file);
    };
    let action;
    if (tool === "run_shell_command")
      action = { kind: "shell", command: needString(input.command, "tool_input.command") };
    else if (isMcpName(tool)) action = { kind: "mcp", tool, args: input };
    else if (tool === "write_file") action = write(path(input.file_path), input.content, tool);
    else if (tool === "replace") {
      const file = path(input.file_path);
      const edit = { old: str(input.old_string) ?? "", new: str(input.new_string) ?? "" };
      action = { kind: "write", path: file, content: editedContent(context.readFile(file), [edit]) };
    } else action = { kind: "none", tool };
    return {
      actions: [action],
      cwd,
      ...str(p.session_id) ? { session: str(p.session_id) } : {},
      canAsk: false,
      event: "BeforeTool"
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return { stdout: json({}), stderr: "", exitCode: 0 };
    const out = { decision: "deny", reason: outcome.reason, systemMessage: outcome.reason };
    return { stdout: json(out), stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};

// src/hook/agents/windsurf.ts
import { isAbsolute as isAbsolute8, join as join8 } from "node:path";
var windsurf = {
  name: "windsurf",
  parse(payload, context) {
    const p = asObject(payload, "hook input");
    const event = needString(p.agent_action_name, "agent_action_name");
    const info = asObject(p.tool_info ?? {}, "tool_info");
    const cwd = str(info.cwd) ?? str(p.cwd) ?? context.env.PWD ?? process.cwd();
    let action;
    if (event === "pre_run_command")
      action = { kind: "shell", command: needString(info.command_line, "tool_info.command_line") };
    else if (event === "pre_mcp_tool_use")
      action = {
        kind: "mcp",
        tool: `${str(info.mcp_server_name) ?? "mcp"}__${needString(info.mcp_tool_name, "tool_info.mcp_tool_name")}`,
        args: argsObject(info.mcp_tool_arguments, "tool_info.mcp_tool_arguments")
      };
    else if (event === "pre_write_code") action = writeAction(info, cwd, context);
    else if (event.startsWith("pre_")) action = { kind: "none", tool: event };
    else throw new HookInputError(`unexpected agent_action_name ${JSON.stringify(event).slice(0, 60)}`);
    return {
      actions: [action],
      cwd,
      ...str(p.trajectory_id) ? { session: str(p.trajectory_id) } : {},
      canAsk: false,
      event
    };
  },
  reply(outcome) {
    if (outcome.decision === "pass") return SILENT;
    return { stdout: "", stderr: `${outcome.reason}
`, exitCode: 2 };
  }
};
function writeAction(info, cwd, context) {
  const file = needString(info.file_path, "tool_info.file_path");
  const path = isAbsolute8(file) ? file : join8(cwd, file);
  const edits = (Array.isArray(info.edits) ? info.edits : []).map((e) => ({
    old: str(e.old_string) ?? "",
    new: str(e.new_string) ?? ""
  }));
  return { kind: "write", path, content: editedContent(context.readFile(path), edits) };
}

// src/hook/agents/index.ts
var adapters = {
  claude,
  cursor,
  codex,
  gemini,
  copilot,
  windsurf,
  cline,
  amp
};

// src/hook/audit.ts
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { join as join9 } from "node:path";
function auditFile(stateDir) {
  return join9(stateDir, "audit.jsonl");
}
function appendAudit(stateDir, entry) {
  mkdirSync(stateDir, { recursive: true, mode: 448 });
  appendFileSync(auditFile(stateDir), `${JSON.stringify(entry)}
`, { mode: 384 });
}
function readAudit(stateDir, count) {
  let text;
  try {
    text = readFileSync(auditFile(stateDir), "utf8");
  } catch {
    return [];
  }
  const entries = [];
  for (const line of text.split("\n").slice(-count - 1)) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries.slice(-count);
}

export {
  adapters,
  appendAudit,
  readAudit
};
