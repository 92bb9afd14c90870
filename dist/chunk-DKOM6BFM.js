import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/cli/hook-config.ts
import { join } from "node:path";
var HOOK_TIMEOUT_S = 10;
function parseExisting(text, path) {
  if (text === void 0 || !text.trim()) return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value;
  } catch {
  }
  throw new Error(`${path} is not a JSON object; fix or move it, then run hook install again`);
}
function listAt(object, key) {
  const value = object[key];
  if (value === void 0) return object[key] = [];
  if (!Array.isArray(value)) throw new Error(`"${key}" is not a list`);
  return value;
}
function objectAt(object, key) {
  const value = object[key];
  if (value === void 0) return object[key] = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error(`"${key}" is not an object`);
  return value;
}
function mentions(entry, command) {
  return JSON.stringify(entry ?? null).includes(JSON.stringify(command).slice(1, -1));
}
function addOnce(list, entry, command) {
  if (list.some((e) => mentions(e, command))) return false;
  list.push(entry);
  return true;
}
function hookConfig(agent, where, command, read) {
  const json = (path, merge) => {
    const config = parseExisting(read(path), path);
    const changed = merge(config);
    return { path, text: `${JSON.stringify(config, null, 2)}
`, unchanged: !changed };
  };
  switch (agent) {
    case "claude":
      return json(
        join(where.root, ".claude", "settings.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "PreToolUse"),
          {
            matcher: "Bash|PowerShell|Write|Edit|MultiEdit|mcp__.*",
            hooks: [{ type: "command", command, timeout: HOOK_TIMEOUT_S, statusMessage: "two-key policy check" }]
          },
          command
        )
      );
    case "codex":
      return json(
        join(where.root, ".codex", "hooks.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "PreToolUse"),
          { matcher: "Bash|apply_patch|mcp__.*", hooks: [{ type: "command", command, timeout: HOOK_TIMEOUT_S }] },
          command
        )
      );
    case "cursor":
      return json(join(where.root, ".cursor", "hooks.json"), (c) => {
        c.version ??= 1;
        const hooks = objectAt(c, "hooks");
        const entry = { command, timeout: HOOK_TIMEOUT_S, failClosed: true };
        const a = addOnce(listAt(hooks, "beforeShellExecution"), entry, command);
        const b = addOnce(listAt(hooks, "beforeMCPExecution"), entry, command);
        const d = addOnce(listAt(hooks, "preToolUse"), { ...entry, matcher: "Write|Edit" }, command);
        return a || b || d;
      });
    case "gemini":
      return json(
        join(where.root, ".gemini", "settings.json"),
        (c) => addOnce(
          listAt(objectAt(c, "hooks"), "BeforeTool"),
          {
            matcher: "run_shell_command|write_file|replace|mcp__.*",
            hooks: [{ type: "command", name: "two-key", command, timeout: HOOK_TIMEOUT_S * 1e3 }]
          },
          command
        )
      );
    case "copilot":
      return json(join(where.root, ".github", "hooks", "two-key.json"), (c) => {
        c.version ??= 1;
        return addOnce(
          listAt(objectAt(c, "hooks"), "preToolUse"),
          { type: "command", bash: command, powershell: command, timeoutSec: HOOK_TIMEOUT_S },
          command
        );
      });
    case "windsurf":
      return json(join(where.root, ".windsurf", "hooks.json"), (c) => {
        const hooks = objectAt(c, "hooks");
        const entry = { command, show_output: true };
        const a = addOnce(listAt(hooks, "pre_run_command"), entry, command);
        const b = addOnce(listAt(hooks, "pre_mcp_tool_use"), entry, command);
        const d = addOnce(listAt(hooks, "pre_write_code"), entry, command);
        return a || b || d;
      });
    case "amp":
      return json(join(where.home, ".config", "amp", "settings.json"), (c) => {
        const rules = listAt(c, "amp.permissions");
        if (rules.some((r) => mentions(r, command))) return false;
        rules.unshift(
          { tool: "Bash", action: "delegate", to: command },
          { tool: "mcp__*", action: "delegate", to: command },
          { tool: "create_file", action: "delegate", to: command },
          { tool: "edit_file", action: "delegate", to: command }
        );
        return true;
      });
    case "cline": {
      const path = join(where.root, ".clinerules", "hooks", "PreToolUse");
      const text = `#!/bin/sh
# two-key: the runtime door (two-key hook install cline)
exec ${command}
`;
      const existing = read(path);
      if (existing !== void 0 && existing !== text) {
        if (existing.includes(command)) return { path, text: existing, executable: true, unchanged: true };
        throw new Error(`${path} already holds another hook; add "${command}" to it by hand`);
      }
      return { path, text, executable: true, unchanged: existing === text };
    }
  }
}

export {
  hookConfig
};
