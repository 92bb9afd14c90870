import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/rules/shell/lib/sources/recognise.ts
var KINDS = [
  {
    name: "GitLab CI",
    path: /(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i,
    keys: /* @__PURE__ */ new Set(["script", "before_script", "after_script"])
  },
  { name: "CircleCI", path: /(^|\/)\.circleci\/[^/]+\.ya?ml$/i, keys: /* @__PURE__ */ new Set(["run", "command"]) },
  {
    name: "Azure Pipelines",
    path: /(^|\/)(azure-pipelines?[^/]*\.ya?ml|\.azure-?pipelines\/.+\.ya?ml|\.azuredevops\/.+\.ya?ml)$/i,
    keys: /* @__PURE__ */ new Set(["script", "bash"])
  },
  {
    name: "Bitbucket Pipelines",
    path: /(^|\/)bitbucket-pipelines\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set(["script", "after-script"])
  },
  {
    name: "Buildkite",
    path: /(^|\/)(\.buildkite\/.+\.ya?ml|buildkite\.ya?ml)$/i,
    keys: /* @__PURE__ */ new Set(["command", "commands"])
  },
  { name: "Taskfile", path: /(^|\/)taskfile(\.dist)?\.ya?ml$/i, keys: /* @__PURE__ */ new Set(["cmds", "cmd"]) },
  {
    name: "Render blueprint",
    path: /(^|\/)render\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set(["buildCommand", "startCommand", "preDeployCommand"])
  },
  {
    name: "Ansible",
    path: /(^|\/)(ansible|playbooks?|roles\/[^/]+\/(tasks|handlers))\/.+\.ya?ml$|(^|\/)(playbook|site)[^/]*\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set([
      "shell",
      "command",
      "ansible.builtin.shell",
      "ansible.builtin.command",
      "raw",
      "ansible.builtin.raw"
    ])
  },
  { name: "Lefthook", path: /(^|\/)\.?lefthook(-local)?\.ya?ml$/i, keys: /* @__PURE__ */ new Set(["run"]) },
  // A hook's `entry` is the command pre-commit runs (a `language: system` or `script` hook runs it as is).
  { name: "pre-commit hook", path: /(^|\/)\.pre-commit-(config|hooks)\.ya?ml$/i, keys: /* @__PURE__ */ new Set(["entry"]) },
  {
    name: "Gitpod task",
    path: /(^|\/)\.gitpod\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set(["init", "before", "command", "prebuild"])
  },
  // Steps' `args` (argv for the step's image) are read apart, in yaml-commands.ts.
  {
    name: "Cloud Build",
    path: /(^|\/)cloudbuild[^/]*\.ya?ml$|(^|\/)\.cloudbuild\/[^/]+\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set(["script"])
  },
  {
    name: "CodeBuild",
    path: /(^|\/)buildspec[^/]*\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set(["commands", "finally"])
  },
  {
    name: "Travis CI",
    path: /(^|\/)\.travis\.ya?ml$/i,
    keys: /* @__PURE__ */ new Set([
      "before_install",
      "install",
      "before_script",
      "script",
      "after_success",
      "after_failure",
      "after_script",
      "before_deploy",
      "after_deploy"
    ])
  },
  {
    name: "Drone/Woodpecker",
    path: /(^|\/)(\.drone\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml)$/i,
    keys: /* @__PURE__ */ new Set(["commands"])
  },
  {
    // `commands` and `container_commands` entries: each has a `command` (a string, or argv).
    name: "Elastic Beanstalk",
    path: /(^|\/)\.ebextensions\/[^/]+\.config$/i,
    keys: /* @__PURE__ */ new Set(["command"])
  }
];
var WORKLOAD_KINDS = /^kind:\s*["']?(Job|CronJob|Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Workflow|CronWorkflow|WorkflowTemplate|ClusterWorkflowTemplate)["']?\s*$/m;
function yamlCommandKind(path) {
  return KINDS.find((k) => k.path.test(path));
}
function isYaml(path) {
  return /\.ya?ml$/i.test(path);
}
function isWorkloadManifest(path, text) {
  return isYaml(path) && WORKLOAD_KINDS.test(text) && /^apiVersion:/m.test(text);
}
function isIncludedCiFile(path, text) {
  return isYaml(path) && /^[ \t]+(script|before_script):/m.test(text) && /^[.\w-]+:\s*(&\S+\s*)?$/m.test(text);
}
function isWorkflow(path) {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || isCompositeAction(path);
}
function isCompositeAction(path) {
  return /(^|\/)action\.ya?ml$/i.test(path);
}
function isDockerfile(path) {
  return /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.[Dd]ockerfile$/.test(path);
}
function isEarthfile(path) {
  return /(^|\/)Earthfile$/.test(path);
}
function isJustfile(path) {
  return /(^|\/)\.?[Jj]ustfile$|\.just$/.test(path);
}
function isMakefile(path) {
  return /(^|\/)(GNUmakefile|[Mm]akefile)$|\.mk$|\.make$/.test(path);
}
function isProcfile(path) {
  return /(^|\/)Procfile(\.[\w-]+)?$/.test(path);
}
var CONFIG_COMMAND_FILES = {
  fly: /(^|\/)fly(\.[\w-]+)?\.toml$/i,
  railway: /(^|\/)railway\.toml$/i,
  pyproject: /(^|\/)pyproject\.toml$/i,
  railwayJson: /(^|\/)railway\.json$/i,
  vercel: /(^|\/)vercel\.json$/i,
  appJson: /(^|\/)app\.json$/i,
  composer: /(^|\/)composer\.json$/i,
  tox: /(^|\/)tox\.ini$/i,
  crontab: /(^|\/)(crontab|[^/]+\.crontab|[^/]+\.cron|cron\.d\/[^/.]+)$/i,
  systemd: /\.(service|socket|timer|mount)$/i,
  devcontainer: /(^|\/)(\.devcontainer\/(.+\/)?devcontainer\.json|\.?devcontainer\.json)$/i,
  nx: /(^|\/)project\.json$/i,
  netlify: /(^|\/)netlify\.toml$/i,
  wrangler: /(^|\/)wrangler\.toml$/i,
  replit: /(^|\/)\.replit$/,
  jenkins: /(^|\/)(Jenkinsfile([.-][\w-]+)?|[^/]+\.jenkinsfile|[^/]+\.groovy)$/
};
function configCommandFileOf(path) {
  return Object.keys(CONFIG_COMMAND_FILES).find((k) => CONFIG_COMMAND_FILES[k].test(path));
}
function isConfigCommandFile(path) {
  return configCommandFileOf(path) !== void 0;
}
function isPowerShellScript(path) {
  return /\.(ps1|psm1)$/i.test(path);
}
function isBatchScript(path) {
  return /\.(bat|cmd)$/i.test(path);
}
function isPackageJson(path) {
  return /(^|\/)package\.json$/.test(path);
}
function holdsCommands(path) {
  return [
    isPackageJson,
    isWorkflow,
    isMakefile,
    isDockerfile,
    isEarthfile,
    isJustfile,
    isProcfile,
    (p) => yamlCommandKind(p) !== void 0,
    isConfigCommandFile
  ].some((test) => test(path));
}
function holdsCommandsIn(path, text) {
  return holdsCommands(path) || isWorkloadManifest(path, text) || isIncludedCiFile(path, text);
}

// src/parsers/shell/sources-file.ts
var SOURCE_WORD = /(?:^|[\s;&|({:"'])(?:source|\.)[ \t]+(["']?)([^\s"';&|)]+)\1/gm;
function normalise(dir, relative) {
  const parts = dir ? dir.split("/") : [];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return "../";
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
function scanSourced(scriptPath, text, into) {
  const found = into ?? { paths: /* @__PURE__ */ new Set(), absolute: [] };
  const dir = scriptPath.includes("/") ? scriptPath.slice(0, scriptPath.lastIndexOf("/")) : "";
  for (const m of text.matchAll(SOURCE_WORD)) {
    const arg = m[2];
    if (arg.startsWith("/")) {
      found.absolute.push(arg);
      continue;
    }
    const beside = /^\$(?:\((?:[^()]|\([^()]*\))*\)|\{[^}]*\}|\w+)\/(.+)$/.exec(arg)?.[1];
    if (beside !== void 0 && !beside.includes("$")) found.paths.add(normalise(dir, beside));
    if (arg.includes("$") || arg.startsWith("~")) continue;
    found.paths.add(normalise(dir, arg));
    found.paths.add(normalise("", arg));
  }
  return found;
}
function isSourced(target, sourced) {
  return sourced.paths.has(target) || sourced.absolute.some((arg) => arg.endsWith(`/${target}`));
}

// src/rules/shell/lib/applies.ts
var SCRIPT_EXTENSION = /\.(sh|bash|ps1|psm1|bat|cmd)$/i;
var SCRIPT_PATH = /(^|\/)(\.envrc|\.husky\/(?!_\/|\.)[^/]+|\.githooks\/[^/.]+|\.platform\/(conf)?hooks\/.+)$/;
var SHEBANG = /^#![ \t]*(?:\S*\/)?(?:env[ \t]+(?:-\S+[ \t]+)*)?(?:\S*\/)?(?:ba|da|a)?sh(?:[ \t]|$)/;
function isShellSource(path, text) {
  if (path !== last.path || text !== last.text) {
    const shell = holdsCommandsIn(path, text) || SCRIPT_EXTENSION.test(path) || SCRIPT_PATH.test(path) || SHEBANG.test(text.slice(0, 200).split("\n", 1)[0]);
    last = { path, text, shell };
  }
  return last.shell;
}
var last = { path: "", text: "", shell: false };
var sourcedInChange = /* @__PURE__ */ new WeakMap();
function isSourcedByAnother(path, context) {
  let sourced = sourcedInChange.get(context);
  if (!sourced) {
    sourced = { paths: /* @__PURE__ */ new Set(), absolute: [] };
    for (const f of context.files)
      if (f.headText !== void 0 && !/\.sql$/i.test(f.path)) scanSourced(f.path, f.headText, sourced);
    for (const t of [...context.neighbours ?? [], ...context.baseWorkflows ?? []])
      scanSourced(t.path, t.text, sourced);
    sourcedInChange.set(context, sourced);
  }
  return isSourced(path, sourced);
}

export {
  normalise,
  yamlCommandKind,
  isWorkloadManifest,
  isIncludedCiFile,
  isWorkflow,
  isCompositeAction,
  isDockerfile,
  isEarthfile,
  isJustfile,
  isMakefile,
  isProcfile,
  configCommandFileOf,
  isConfigCommandFile,
  isPowerShellScript,
  isBatchScript,
  isPackageJson,
  holdsCommandsIn,
  isShellSource,
  isSourcedByAnother
};
