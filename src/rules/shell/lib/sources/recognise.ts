// Which files hold commands, by path (and for a few YAML kinds a glance at the text), apart from
// the readers of those commands: the engine asks this of every changed file before it loads the
// shell family, and the readers (YAML, TOML, JSON) load only for a change with such a file.

/**
 * The YAML files other than GitHub workflows that hold commands a machine runs: CI systems,
 * task runners, platform blueprints, Kubernetes workloads, Ansible tasks. Each kind names the
 * keys whose strings are shell; a key's value may be a string, a list of strings (nested lists
 * from `!reference` and anchors included) or a map with a `command`/`cmd`.
 */
export interface YamlCommandKind {
  name: string;
  path: RegExp;
  /** Keys whose value is shell, anywhere in the document. */
  keys: ReadonlySet<string>;
}

const KINDS: readonly YamlCommandKind[] = [
  {
    name: 'GitLab CI',
    path: /(^|\/)(\.gitlab-ci\.ya?ml|[^/]+\.gitlab-ci\.ya?ml|\.gitlab\/.+\.ya?ml)$/i,
    keys: new Set(['script', 'before_script', 'after_script']),
  },
  { name: 'CircleCI', path: /(^|\/)\.circleci\/[^/]+\.ya?ml$/i, keys: new Set(['run', 'command']) },
  {
    name: 'Azure Pipelines',
    path: /(^|\/)(azure-pipelines?[^/]*\.ya?ml|\.azure-?pipelines\/.+\.ya?ml|\.azuredevops\/.+\.ya?ml)$/i,
    keys: new Set(['script', 'bash']),
  },
  {
    name: 'Bitbucket Pipelines',
    path: /(^|\/)bitbucket-pipelines\.ya?ml$/i,
    keys: new Set(['script', 'after-script']),
  },
  {
    name: 'Buildkite',
    path: /(^|\/)(\.buildkite\/.+\.ya?ml|buildkite\.ya?ml)$/i,
    keys: new Set(['command', 'commands']),
  },
  { name: 'Taskfile', path: /(^|\/)taskfile(\.dist)?\.ya?ml$/i, keys: new Set(['cmds', 'cmd']) },
  {
    name: 'Render blueprint',
    path: /(^|\/)render\.ya?ml$/i,
    keys: new Set(['buildCommand', 'startCommand', 'preDeployCommand']),
  },
  {
    name: 'Ansible',
    path: /(^|\/)(ansible|playbooks?|roles\/[^/]+\/(tasks|handlers))\/.+\.ya?ml$|(^|\/)(playbook|site)[^/]*\.ya?ml$/i,
    keys: new Set([
      'shell',
      'command',
      'ansible.builtin.shell',
      'ansible.builtin.command',
      'raw',
      'ansible.builtin.raw',
    ]),
  },
  { name: 'Lefthook', path: /(^|\/)\.?lefthook(-local)?\.ya?ml$/i, keys: new Set(['run']) },
  // A hook's `entry` is the command pre-commit runs (a `language: system` or `script` hook runs it as is).
  { name: 'pre-commit hook', path: /(^|\/)\.pre-commit-(config|hooks)\.ya?ml$/i, keys: new Set(['entry']) },
  {
    name: 'Gitpod task',
    path: /(^|\/)\.gitpod\.ya?ml$/i,
    keys: new Set(['init', 'before', 'command', 'prebuild']),
  },
  // Steps' `args` (argv for the step's image) are read apart, in yaml-commands.ts.
  {
    name: 'Cloud Build',
    path: /(^|\/)cloudbuild[^/]*\.ya?ml$|(^|\/)\.cloudbuild\/[^/]+\.ya?ml$/i,
    keys: new Set(['script']),
  },
  {
    name: 'CodeBuild',
    path: /(^|\/)buildspec[^/]*\.ya?ml$/i,
    keys: new Set(['commands', 'finally']),
  },
  {
    name: 'Travis CI',
    path: /(^|\/)\.travis\.ya?ml$/i,
    keys: new Set([
      'before_install',
      'install',
      'before_script',
      'script',
      'after_success',
      'after_failure',
      'after_script',
      'before_deploy',
      'after_deploy',
    ]),
  },
  {
    name: 'Drone/Woodpecker',
    path: /(^|\/)(\.drone\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/[^/]+\.ya?ml)$/i,
    keys: new Set(['commands']),
  },
  {
    // `commands` and `container_commands` entries: each has a `command` (a string, or argv).
    name: 'Elastic Beanstalk',
    path: /(^|\/)\.ebextensions\/[^/]+\.config$/i,
    keys: new Set(['command']),
  },
];

/** Kinds whose command arrays are argv (exec form), not shell. */
const WORKLOAD_KINDS =
  /^kind:\s*["']?(Job|CronJob|Pod|Deployment|StatefulSet|DaemonSet|ReplicaSet|Workflow|CronWorkflow|WorkflowTemplate|ClusterWorkflowTemplate)["']?\s*$/m;

export function yamlCommandKind(path: string): YamlCommandKind | undefined {
  return KINDS.find((k) => k.path.test(path));
}

function isYaml(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** A YAML file whose content is a Kubernetes workload or Argo workflow (a Helm template included). */
export function isWorkloadManifest(path: string, text: string): boolean {
  return isYaml(path) && WORKLOAD_KINDS.test(text) && /^apiVersion:/m.test(text);
}

/**
 * A YAML file shaped like a CI configuration included from another (`include: local:`): a
 * top-level map whose entries are jobs with a `script`. Read wherever it is.
 */
export function isIncludedCiFile(path: string, text: string): boolean {
  return isYaml(path) && /^[ \t]+(script|before_script):/m.test(text) && /^[.\w-]+:\s*(&\S+\s*)?$/m.test(text);
}

/** A GitHub workflow or a composite action. */
export function isWorkflow(path: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) || isCompositeAction(path);
}

export function isCompositeAction(path: string): boolean {
  return /(^|\/)action\.ya?ml$/i.test(path);
}

export function isDockerfile(path: string): boolean {
  return /(^|\/)(Dockerfile|Containerfile)(\.[\w.-]+)?$|\.[Dd]ockerfile$/.test(path);
}

/** An Earthly build file: Dockerfile-like instructions under targets. */
export function isEarthfile(path: string): boolean {
  return /(^|\/)Earthfile$/.test(path);
}

export function isJustfile(path: string): boolean {
  return /(^|\/)\.?[Jj]ustfile$|\.just$/.test(path);
}

export function isMakefile(path: string): boolean {
  return /(^|\/)(GNUmakefile|[Mm]akefile)$|\.mk$|\.make$/.test(path);
}

export function isProcfile(path: string): boolean {
  return /(^|\/)Procfile(\.[\w-]+)?$/.test(path);
}

/**
 * Files outside YAML that name commands a platform or a tool runs (config-commands.ts reads each):
 * release hooks, script tables, `tox.ini`, crontabs, systemd units, Jenkinsfiles, dev container
 * lifecycle commands, Nx targets, Netlify, Wrangler and Replit build and run commands.
 */
export const CONFIG_COMMAND_FILES = {
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
  jenkins: /(^|\/)(Jenkinsfile([.-][\w-]+)?|[^/]+\.jenkinsfile|[^/]+\.groovy)$/,
} as const;

export type ConfigCommandFile = keyof typeof CONFIG_COMMAND_FILES;

/** The kind of a file of CONFIG_COMMAND_FILES, the first that matches. */
export function configCommandFileOf(path: string): ConfigCommandFile | undefined {
  return (Object.keys(CONFIG_COMMAND_FILES) as ConfigCommandFile[]).find((k) => CONFIG_COMMAND_FILES[k].test(path));
}

export function isConfigCommandFile(path: string): boolean {
  return configCommandFileOf(path) !== undefined;
}

/** A PowerShell script or module: read with the PowerShell reader. */
export function isPowerShellScript(path: string): boolean {
  return /\.(ps1|psm1)$/i.test(path);
}

/** A Windows batch file: read with the batch reader. */
export function isBatchScript(path: string): boolean {
  return /\.(bat|cmd)$/i.test(path);
}

export function isPackageJson(path: string): boolean {
  return /(^|\/)package\.json$/.test(path);
}

/** Whether the file is one of the kinds that hold commands, by its path. */
export function holdsCommands(path: string): boolean {
  return [
    isPackageJson,
    isWorkflow,
    isMakefile,
    isDockerfile,
    isEarthfile,
    isJustfile,
    isProcfile,
    (p: string) => yamlCommandKind(p) !== undefined,
    isConfigCommandFile,
  ].some((test) => test(path));
}

/** Also by content: a Kubernetes workload or Argo workflow, or a CI file included from another. */
export function holdsCommandsIn(path: string, text: string): boolean {
  return holdsCommands(path) || isWorkloadManifest(path, text) || isIncludedCiFile(path, text);
}
