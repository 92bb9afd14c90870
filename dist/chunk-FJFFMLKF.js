import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/parsers/shell/wrappers.ts
var WRAPPERS = {
  sudo: {
    withValue: ["-u", "-g", "-p", "-C", "-D", "-r", "-t", "-U", "-T", "-R", "-h", "--user", "--group", "--prompt"],
    takesEnv: true
  },
  doas: { withValue: ["-u", "-C"] },
  pkexec: { withValue: ["--user"] },
  su: {
    withValue: ["-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w", "--whitelist-environment"],
    commandOption: ["-c", "--command", "--session-command"],
    operands: 1,
    onlyCommandOption: true
  },
  runuser: {
    withValue: ["-u", "--user", "-s", "--shell", "-g", "--group", "-G", "--supp-group", "-w"],
    commandOption: ["-c", "--command", "--session-command"],
    commandOptionAfter: 1
  },
  sg: { withValue: [], commandOption: ["-c"], operands: 1, joinsToShell: true },
  gosu: { withValue: [], operands: 1 },
  "su-exec": { withValue: [], operands: 1 },
  "s6-setuidgid": { withValue: [], operands: 1 },
  setpriv: { withValue: ["--reuid", "--regid", "--groups", "--inh-caps", "--bounding-set", "--securebits"] },
  chpst: { withValue: ["-u", "-U", "-e", "-n", "-l", "-L", "-m", "-d", "-o", "-p", "-f", "-c"] },
  env: {
    withValue: ["-u", "-C", "--unset", "--chdir"],
    commandOption: ["-S", "--split-string"],
    takesEnv: true
  },
  command: { withValue: [], notRunning: ["-v", "-V"] },
  builtin: { withValue: [] },
  exec: { withValue: ["-a"] },
  nohup: { withValue: [] },
  setsid: { withValue: [] },
  time: { withValue: ["-f", "-o", "--format", "--output"] },
  nice: { withValue: ["-n", "--adjustment"] },
  ionice: {
    withValue: ["-c", "--class", "-n", "--classdata", "-u", "--uid", "-P", "--pgid"],
    notRunning: ["-p", "--pid"]
  },
  chrt: { withValue: ["-T", "-P", "-D"], operands: 1, notRunning: ["-p", "--pid"] },
  taskset: { withValue: [], operands: 1, notRunning: ["-p", "--pid"] },
  stdbuf: { withValue: ["-i", "-o", "-e", "--input", "--output", "--error"] },
  unbuffer: { withValue: [] },
  timeout: { withValue: ["-s", "--signal", "-k", "--kill-after"], operands: 1 },
  flock: {
    withValue: ["-w", "--wait", "--timeout", "-E", "--conflict-exit-code"],
    commandOption: ["-c", "--command"],
    operands: 1
  },
  chroot: { withValue: ["--userspec", "--groups"], operands: 1 },
  nsenter: { withValue: ["-t", "--target", "-S", "--setuid", "-G", "--setgid", "--wd", "-w", "--root", "-r"] },
  unshare: { withValue: ["--propagation", "--setgroups", "--map-user", "--map-group"] },
  "systemd-run": {
    withValue: [
      "-u",
      "--unit",
      "-p",
      "--property",
      "-E",
      "--setenv",
      "-M",
      "--machine",
      "-H",
      "--host",
      "--uid",
      "--gid",
      "--nice",
      "--working-directory",
      "--description",
      "--slice",
      "--on-calendar",
      "--on-active",
      "--timer-property"
    ]
  },
  "systemd-inhibit": { withValue: ["--what", "--who", "--why", "--mode"] },
  caffeinate: { withValue: ["-t", "-w"] },
  "xvfb-run": {
    withValue: [
      "-n",
      "--server-num",
      "-s",
      "--server-args",
      "-f",
      "--auth-file",
      "-e",
      "--error-file",
      "-p",
      "--xauth-protocol"
    ]
  },
  faketime: { withValue: ["-m", "-f"], operands: 1 },
  strace: { withValue: ["-o", "-e", "-p", "-s", "-u", "-E"] },
  ltrace: { withValue: ["-o", "-e", "-p", "-s", "-u"] },
  tini: { withValue: ["-p", "-e"] },
  "dumb-init": { withValue: ["-r", "--rewrite"] },
  proxychains: { withValue: ["-f"] },
  proxychains4: { withValue: ["-f"] },
  torsocks: { withValue: ["-u", "-p", "-a", "-P"] },
  firejail: { withValue: [] },
  catchsegv: { withValue: [] },
  busybox: { withValue: [] },
  screen: { withValue: ["-S", "-c", "-t", "-p", "-T", "-e", "-h", "-Logfile"] },
  script: {
    withValue: ["-E", "--echo", "-I", "--log-in", "-O", "--log-out", "-T", "--log-timing", "-B", "--log-io"],
    commandOption: ["-c", "--command"],
    onlyCommandOption: true
  },
  envdir: { withValue: [], operands: 1 },
  dotenv: { withValue: ["-e", "-c", "-v"] },
  retry: { withValue: ["-t", "--tries", "-d", "--delay", "-m", "--min", "-x", "--max", "--until"] },
  watch: {
    withValue: ["-n", "--interval", "-q", "--equexit", "-g"],
    joinsToShell: true
  },
  parallel: {
    withValue: [
      "-j",
      "--jobs",
      "-S",
      "--sshlogin",
      "-a",
      "--arg-file",
      "--delay",
      "--timeout",
      "--joblog",
      "--results",
      "-N",
      "-n",
      "--colsep",
      "-d",
      "--delimiter",
      "-I",
      "--tmpdir",
      "--workdir",
      "-L",
      "--max-lines",
      "--sshloginfile",
      "--retries",
      "--tag-string",
      "-E"
    ],
    joinsToShell: true,
    // `parallel dropdb ::: a b` runs `dropdb a`, `dropdb b`: the arguments stay, the marker goes; `::::` names files.
    argumentMarker: /^:::\+?$/,
    endsAt: /^::::\+?$/
  },
  xargs: {
    withValue: [
      "-I",
      "-n",
      "-P",
      "-d",
      "-L",
      "-s",
      "-E",
      "-a",
      "--max-args",
      "--max-procs",
      "--delimiter",
      "--arg-file"
    ]
  },
  npx: { withValue: ["-p", "--package"], notRunning: ["-c", "--call"] },
  pnpx: { withValue: [] },
  bunx: { withValue: ["-p", "--package"] },
  "nix-shell": {
    withValue: ["-p", "--packages", "-I", "--arg", "--argstr", "-A", "--attr"],
    commandOption: ["--run", "--command"],
    onlyCommandOption: true
  }
};
var WRAPPER_PROGRAMS = new Set(Object.keys(WRAPPERS));
var SUBCOMMAND_WRAPPERS = {
  doppler: { run: { withValue: ["-p", "--project", "-c", "--config", "--token", "--mount", "--command"] } },
  op: { run: { withValue: ["--env-file", "--account"] } },
  infisical: {
    run: { withValue: ["--env", "--path", "--projectId", "--token", "--domain"], commandOption: ["--command"] }
  },
  dotenvx: { run: { withValue: ["-f", "--env-file", "-e", "--env", "--convention"] } },
  "aws-vault": { exec: { withValue: ["-d", "--duration", "-t", "--mfa-token", "-r", "--region"], operands: 1 } },
  chamber: { exec: { withValue: ["-b", "--backend"], operands: 0 } },
  uv: {
    run: {
      withValue: [
        "--with",
        "--python",
        "-p",
        "--env-file",
        "--project",
        "--directory",
        "--package",
        "--extra",
        "--group",
        "--index",
        "--index-url"
      ]
    }
  },
  poetry: { run: { withValue: ["-C", "--directory", "-P", "--project"] } },
  pipenv: { run: { withValue: [] } },
  pdm: { run: { withValue: ["-p", "--project"] } },
  hatch: { run: { withValue: [] } },
  conda: { run: { withValue: ["-n", "--name", "-p", "--prefix", "--cwd"] } },
  mamba: { run: { withValue: ["-n", "--name", "-p", "--prefix"] } },
  micromamba: { run: { withValue: ["-n", "--name", "-p", "--prefix"] } },
  mise: { exec: { withValue: ["-C", "--cd", "-j", "--jobs"] }, x: { withValue: ["-C", "--cd", "-j", "--jobs"] } },
  asdf: { exec: { withValue: [] } },
  rbenv: { exec: { withValue: [] } },
  pyenv: { exec: { withValue: [] } },
  direnv: { exec: { withValue: [], operands: 1 } },
  devbox: { run: { withValue: ["-c", "--config", "-e", "--env", "--env-file"] } },
  nix: {
    develop: { withValue: ["-i", "--keep", "--unset"], commandOption: ["-c", "--command"], onlyCommandOption: true }
  },
  sops: { "exec-env": { withValue: [], operands: 1, joinsToShell: true } },
  tmux: {
    "new-session": { withValue: ["-s", "-n", "-c", "-t", "-x", "-y", "-e", "-F"], joinsToShell: true },
    new: { withValue: ["-s", "-n", "-c", "-t", "-x", "-y", "-e", "-F"], joinsToShell: true },
    "new-window": { withValue: ["-n", "-c", "-t", "-e", "-F"], joinsToShell: true }
  }
};
var RUNNER_SUBCOMMANDS = {
  npm: ["exec", "x"],
  pnpm: ["exec", "dlx"],
  yarn: ["exec", "dlx", "run"],
  bun: ["x"],
  bundle: ["exec"]
};
var PNPM_COMMANDS = new Set(
  "add i install ci it install-test link ln prune rebuild rb remove rm uninstall un unlink update up upgrade audit licenses list ls outdated why dedupe patch patch-commit patch-remove pack publish recursive server store root bin config c env init import doctor setup deploy fetch run run-script test t start restart create exec dlx".split(
    " "
  )
);
var DOCKER_EXEC = ["-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys"];
var DOCKER_RUN = [
  ...DOCKER_EXEC,
  "-v",
  "--volume",
  "-p",
  "--publish",
  "--name",
  "--network",
  "--net",
  "--entrypoint",
  "--mount",
  "-l",
  "--label",
  "--platform",
  "--pull",
  "--restart",
  "-m",
  "--memory",
  "--cpus",
  "-h",
  "--hostname",
  "--add-host",
  "--link",
  "--log-driver",
  "--cidfile"
];
var KUBECTL_RUN = [
  "-n",
  "--namespace",
  "--context",
  "--kubeconfig",
  "--image",
  "--env",
  "--labels",
  "-l",
  "--overrides",
  "--restart",
  "--serviceaccount",
  "--port",
  "--image-pull-policy",
  "--annotations",
  "--pod-running-timeout",
  "--target",
  "-c",
  "--container",
  "--profile"
];
var GLOBAL_WITH_VALUE = /* @__PURE__ */ new Set([
  "-n",
  "--namespace",
  "--context",
  "--kubeconfig",
  "--cluster",
  "-f",
  "--file",
  "-p",
  "--project-name",
  "--project-directory",
  "--env-file",
  "--profile",
  "-H",
  "--host",
  "-c",
  "--config",
  "-a",
  "--app",
  "-r",
  "--remote"
]);
var REMOTE = {
  kubectl: [
    {
      path: ["exec"],
      withValue: ["-n", "--namespace", "-c", "--container", "--context", "--kubeconfig", "-f", "--filename"],
      targets: 0,
      afterDashes: true
    },
    // `kubectl run tmp --rm -i --image=postgres -- psql ...`: a throwaway pod in the cluster runs it.
    { path: ["run"], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
    { path: ["debug"], withValue: KUBECTL_RUN, targets: 0, afterDashes: true }
  ],
  oc: [
    { path: ["exec"], withValue: ["-n", "--namespace", "-c", "--container"], targets: 0, afterDashes: true },
    { path: ["run"], withValue: KUBECTL_RUN, targets: 0, afterDashes: true },
    { path: ["debug"], withValue: KUBECTL_RUN, targets: 0, afterDashes: true }
  ],
  docker: [
    { path: ["exec"], withValue: DOCKER_EXEC, targets: 1 },
    { path: ["container", "exec"], withValue: DOCKER_EXEC, targets: 1 },
    { path: ["compose", "exec"], withValue: [...DOCKER_EXEC, "--index"], targets: 1 },
    { path: ["compose", "run"], withValue: [...DOCKER_RUN, "--index"], targets: 1 },
    { path: ["run"], withValue: DOCKER_RUN, targets: 1 }
  ],
  podman: [
    { path: ["exec"], withValue: DOCKER_EXEC, targets: 1 },
    { path: ["run"], withValue: DOCKER_RUN, targets: 1 }
  ],
  "docker-compose": [
    { path: ["exec"], withValue: [...DOCKER_EXEC, "--index"], targets: 1 },
    { path: ["run"], withValue: [...DOCKER_RUN, "--index"], targets: 1 }
  ],
  heroku: [
    {
      path: ["run"],
      withValue: ["-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env", "--type"],
      targets: 0
    },
    {
      path: ["run:detached"],
      withValue: ["-a", "--app", "-r", "--remote", "-s", "--size", "-e", "--env", "--type"],
      targets: 0
    }
  ]
};
var REMOTE_WRAPPERS = new Set(
  Object.entries(REMOTE).flatMap(([program, forms]) => forms.map((f) => [program, ...f.path].join(" ")))
);
function remoteCommand(words) {
  const program = baseName(words[0].value);
  for (const form of REMOTE[program] ?? []) {
    let i = 1;
    let matched = 0;
    while (i < words.length && matched < form.path.length) {
      const word = words[i].value;
      if (word === form.path[matched]) {
        matched++;
        i++;
      } else if (word.startsWith("-")) {
        const takesValue = GLOBAL_WITH_VALUE.has(word) || form.withValue.includes(word);
        i += takesValue ? 2 : 1;
      } else break;
    }
    if (matched < form.path.length) continue;
    if (form.afterDashes) {
      const dashes = words.findIndex((w, k) => k >= i && w.value === "--");
      if (dashes < 0) return void 0;
      i = dashes + 1;
    } else {
      let targets = form.targets;
      while (i < words.length) {
        const word = words[i].value;
        if (word === "--") {
          i++;
          break;
        }
        if (word.startsWith("-") && word !== "-") {
          const name = word.startsWith("--") ? word.split("=")[0] : word.slice(0, 2);
          const attached = word.startsWith("--") ? word.includes("=") : word.length > 2;
          i += form.withValue.includes(name) && !attached ? 2 : 1;
          continue;
        }
        if (targets === 0) break;
        targets--;
        i++;
      }
    }
    return i < words.length ? { next: i, wrapper: [program, ...form.path].join(" ") } : void 0;
  }
  return void 0;
}
var PACKAGE_RUNNERS = /* @__PURE__ */ new Set(["npx", "pnpx", "bunx", "npm exec", "npm x", "pnpm dlx", "yarn dlx", "bun x"]);
var MAX_WRAPPERS = 16;
function unwrap(words) {
  let rest = [...words];
  const wrappers = [];
  const env = [];
  for (let n = 0; n < MAX_WRAPPERS && rest.length > 1; n++) {
    const name = baseName(rest[0].value);
    const sub = SUBCOMMAND_WRAPPERS[name]?.[rest[1].value];
    const syntax = WRAPPERS[name] ?? sub;
    let wrapper = sub ? `${name} ${rest[1].value}` : name;
    let next;
    if (syntax) {
      const read = readWrapper(rest, sub ? 2 : 1, syntax);
      if (read?.script) return { words: rest, wrappers, env, script: read.script };
      next = read?.next;
      if (next !== void 0 && syntax.takesEnv) {
        while (next < rest.length && assignment(rest[next])) env.push(assignment(rest[next++]));
      }
      if (next !== void 0 && syntax.endsAt) {
        const end = rest.findIndex((w, k) => k >= next && syntax.endsAt.test(w.value));
        if (end >= 0) rest = rest.slice(0, end);
      }
      const after = next === void 0 ? void 0 : rest[next + 1]?.value;
      const alone = after === void 0 || (syntax.argumentMarker?.test(after) ?? false);
      if (next !== void 0 && syntax.joinsToShell && next < rest.length && alone && /\s/.test(rest[next].value)) {
        return { words: rest, wrappers, env, script: rest[next] };
      }
      if (next !== void 0 && syntax.argumentMarker) {
        const from = next;
        rest = rest.filter((w, k) => k < from || !syntax.argumentMarker.test(w.value));
      }
    } else if (remoteCommand(rest)) {
      const remote = remoteCommand(rest);
      wrapper = remote.wrapper;
      next = remote.next;
    } else if (RUNNER_SUBCOMMANDS[name]?.includes(rest[1].value)) {
      wrapper = `${name} ${rest[1].value}`;
      next = skipOptions(rest, 2, WRAPPERS.npx);
    } else if (name === "yarn" && !rest[1].value.startsWith("-")) {
      next = 1;
    } else if (name === "pnpm" && !rest[1].value.startsWith("-") && !PNPM_COMMANDS.has(rest[1].value)) {
      next = 1;
    }
    if (next === void 0 || next >= rest.length) break;
    rest = rest.slice(next);
    if (PACKAGE_RUNNERS.has(wrapper)) rest[0] = { ...rest[0], value: withoutVersion(rest[0].value) };
    wrappers.push(wrapper);
  }
  return { words: rest, wrappers, env };
}
function readWrapper(words, from, syntax) {
  const script = commandOptionValue(words, from, syntax);
  if (script) return { script };
  if (syntax.onlyCommandOption) return void 0;
  let next = skipOptions(words, from, syntax);
  for (let k = 0; next !== void 0 && k < (syntax.operands ?? 0); k++) {
    next = next < words.length ? skipOptions(words, next + 1, syntax) : void 0;
  }
  return next === void 0 ? void 0 : { next };
}
function commandOptionValue(words, from, syntax) {
  if (!syntax.commandOption) return void 0;
  let operands = syntax.commandOptionAfter ?? syntax.operands ?? 0;
  for (let i = from; i < words.length; i++) {
    const word = words[i].value;
    if (word === "--") return void 0;
    const name = word.startsWith("--") ? word.split("=")[0] : word;
    if (syntax.commandOption.includes(name)) {
      if (word.includes("=") && word.startsWith("--")) return sliceWord(words[i], name.length + 1);
      return words[i + 1];
    }
    const short = syntax.commandOption.find((o) => /^-\w$/.test(o) && word.startsWith(o) && word.length > 2);
    if (short && !word.startsWith("--")) return sliceWord(words[i], 2);
    if (word.startsWith("-") && word !== "-") {
      if (syntax.withValue.includes(name) && !word.includes("=")) i++;
      continue;
    }
    if (word === "-") continue;
    if (operands-- > 0) continue;
    if (!syntax.onlyCommandOption) return void 0;
  }
  return void 0;
}
function sliceWord(word, skip) {
  return {
    ...word,
    value: word.value.slice(skip),
    script: word.script.slice(skip),
    scriptOffsets: word.scriptOffsets.slice(skip)
  };
}
function skipOptions(words, from, syntax) {
  let i = from;
  while (i < words.length) {
    const word = words[i].value;
    if (word === "--") return i + 1;
    if (!word.startsWith("-") || word === "-") {
      if (word === "-") {
        i++;
        continue;
      }
      return i;
    }
    const takesNext = word.startsWith("--") ? longOption(word, syntax) : shortOptions(word, syntax);
    if (takesNext === void 0) return void 0;
    i += takesNext ? 2 : 1;
  }
  return i;
}
function longOption(word, syntax) {
  const name = word.split("=")[0];
  if (syntax.notRunning?.includes(name)) return void 0;
  return syntax.withValue.includes(name) && !word.includes("=");
}
function shortOptions(word, syntax) {
  for (let k = 1; k < word.length; k++) {
    const option = `-${word[k]}`;
    if (syntax.notRunning?.includes(option)) return void 0;
    if (syntax.withValue.includes(option)) return k === word.length - 1;
  }
  return false;
}
function assignment(word) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
  return m ? { name: m[1], value: word.value.slice(m[0].length), word } : void 0;
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function withoutVersion(spec) {
  const at = spec.indexOf("@", 1);
  return at > 0 ? spec.slice(0, at) : spec;
}

export {
  WRAPPER_PROGRAMS,
  REMOTE_WRAPPERS,
  unwrap,
  baseName
};
