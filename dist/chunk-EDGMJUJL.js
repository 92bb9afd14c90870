import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  WORKFLOW,
  databaseConfigTargets,
  dotenvTargets,
  isDatabaseConfig,
  isDotenv,
  readsEnvironment
} from "./chunk-OLZQIAYM.js";
import {
  isComposePath
} from "./chunk-Z7S54ZPA.js";
import {
  TOOLS,
  atAssignments,
  catalogHits,
  makefileAssignments,
  readCommands,
  repoFileReader
} from "./chunk-K62ZBVT7.js";
import {
  commandContexts
} from "./chunk-2IV7QSKK.js";
import {
  databaseCliCall,
  programOf
} from "./chunk-PCBBMPLR.js";
import {
  entries,
  get,
  items,
  parseYamlWithPositions,
  scalarString
} from "./chunk-ZBXMPTUD.js";
import {
  require_dist,
  tooDeepForYaml
} from "./chunk-ZBXWAF4J.js";
import {
  holdsCommandsIn,
  isMakefile,
  isShellSource
} from "./chunk-SGP6KUTB.js";
import {
  isKubeContext,
  isProductionDirectory,
  isProductionEnvironment,
  isProject,
  isWorkspace,
  productionUrl,
  productionVariable,
  urlHost
} from "./chunk-GVQ55VA2.js";
import {
  isDynamic
} from "./chunk-UD7HIGTY.js";
import {
  runRules
} from "./chunk-4LQS2QJQ.js";
import {
  isProductionName
} from "./chunk-MC2PQM5U.js";
import {
  loadGrammar
} from "./chunk-BG6M7MHB.js";
import {
  __toESM
} from "./chunk-ZHGBYMEX.js";

// src/rules/env/lib/compose-targets.ts
var import_yaml = __toESM(require_dist(), 1);
function composeTargets(text, policy) {
  const found = [];
  for (const doc of parseYamlWithPositions(text).documents) {
    for (const service of entries(get(doc.contents, "services"))) {
      const range = service.value?.range;
      if (!range) continue;
      const unit = { start: range[0], end: range[1] };
      const environment = get(service.value, "environment");
      for (const pair of entries(environment)) {
        const value = scalarString(pair.value);
        const target = value === void 0 ? void 0 : productionVariable(pair.key, value, policy);
        const end = pair.value?.range?.[1];
        if (target && end !== void 0) found.push({ ...target, span: { start: pair.keyNode.range[0], end }, unit });
      }
      for (const item of items(environment)) {
        if (!(0, import_yaml.isScalar)(item) || typeof item.value !== "string" || !item.range) continue;
        const eq = item.value.indexOf("=");
        if (eq <= 0) continue;
        const target = productionVariable(item.value.slice(0, eq), item.value.slice(eq + 1), policy);
        if (target) found.push({ ...target, span: { start: item.range[0], end: item.range[1] }, unit });
      }
    }
  }
  return found;
}

// src/rules/env/lib/read-only.ts
var READING_SUBCOMMANDS = {
  terraform: ["plan", "init", "validate", "fmt", "show", "output", "providers", "version", "graph"],
  tofu: ["plan", "init", "validate", "fmt", "show", "output", "providers", "version", "graph"],
  terragrunt: ["plan", "init", "validate", "show", "output", "run-all plan"],
  kubectl: ["get", "describe", "logs", "diff", "top", "explain", "version", "api-resources", "auth"],
  helm: ["list", "ls", "status", "get", "diff", "template", "history", "lint", "show"],
  pulumi: ["preview"],
  cdk: ["diff", "synth", "ls", "list"],
  railway: ["status", "logs", "list"],
  fly: ["status", "logs", "list", "info"],
  flyctl: ["status", "logs", "list", "info"],
  heroku: ["logs", "ps", "info", "releases", "apps:info"],
  // redis-cli takes the Redis command as its first operand, in either case.
  "redis-cli": ["INFO", "info", "PING", "ping", "DBSIZE", "dbsize", "GET", "get", "TTL", "ttl", "SCAN", "scan"]
};
var DUMPERS = /* @__PURE__ */ new Set(["pg_dump", "pg_dumpall", "mysqldump", "mariadb-dump", "mongodump"]);
var AWS_READ = /^(describe|list|get|head)-|^(ls|wait)$/;
var GCLOUD_READ = /* @__PURE__ */ new Set(["list", "describe", "get-iam-policy", "read", "tail"]);
function readOnlyReason(command) {
  const program = programOf(command);
  const argv = command.argv;
  if (DUMPERS.has(program)) return `${program} only reads the database`;
  if (argv.some(isDynamic)) return void 0;
  const dryRun = argv.find((w) => /^--dry-?run(=(client|server|true))?$/.test(w));
  if (dryRun) return `dry run (${dryRun})`;
  const operands = operandsOf(argv);
  const reading = READING_SUBCOMMANDS[program];
  if (reading && operands[0] !== void 0 && reading.includes(operands[0])) {
    return `${program} ${operands[0]} only reads`;
  }
  if (program === "aws") return awsReason(operands);
  const verb = operands.slice(1, 4).find((w) => GCLOUD_READ.has(w));
  if (program === "gcloud" && verb !== void 0) return `gcloud ${verb} only reads`;
  if (program === "gsutil" && (operands[0] === "ls" || operands[0] === "cat"))
    return `gsutil ${operands[0]} only reads`;
  if (program === "gsutil" && operands[0] === "cp" && copiesOut(operands.slice(1))) {
    return "gsutil cp out of the bucket only reads it";
  }
  return sqlReason(command);
}
function operandsOf(argv) {
  const operands = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word.startsWith("-")) {
      if (!word.includes("=") && argv[i + 1] !== void 0 && !argv[i + 1].startsWith("-")) i++;
      continue;
    }
    operands.push(word);
  }
  return operands;
}
function awsReason(operands) {
  const [service, verb] = operands;
  if (service === void 0 || verb === void 0) return void 0;
  if (service === "ssm" || service === "secretsmanager") return void 0;
  if (service === "s3" && (verb === "cp" || verb === "sync") && copiesOut(operands.slice(2))) {
    return `aws s3 ${verb} out of the bucket only reads it`;
  }
  return AWS_READ.test(verb) ? `aws ${service} ${verb} only reads` : void 0;
}
function copiesOut(operands) {
  if (operands.length < 2) return false;
  const destination = operands.at(-1);
  return operands.slice(0, -1).every((o) => urlHost(o) !== void 0) && urlHost(destination) === void 0;
}
var WRITING_WORDS = /\b(into|insert|update|delete|drop|truncate|alter|create|grant|revoke|setval|nextval|pg_terminate_backend|lo_unlink|dblink_exec|copy)\b/i;
function sqlReason(command) {
  const call = databaseCliCall(command);
  if (!call || call.sql.length === 0 || call.dynamic.length > 0) return void 0;
  const statements = call.sql.flatMap(
    (s) => s.text.split(";").map((t) => t.trim()).filter((t) => t !== "")
  );
  const query = (s) => /^(select|show|explain|table|values|describe|\\d)/i.test(s) && !WRITING_WORDS.test(s) && !/^explain\s+analy[sz]e/i.test(s);
  return statements.length > 0 && statements.every(query) ? `${call.program} only runs queries` : void 0;
}

// src/rules/env/lib/command-targets.ts
var ENVIRONMENT_OPTIONS = /* @__PURE__ */ new Set(["--env", "--environment", "--stage"]);
var SHORT_ENVIRONMENT = { railway: "-e", serverless: "-s", sls: "-s" };
var CONTEXT_OPTIONS = /* @__PURE__ */ new Set(["--context", "--kube-context", "--kubecontext"]);
var PROJECT_OPTIONS = /* @__PURE__ */ new Set(["--project", "--project-id", "--project-ref", "--profile", "--subscription"]);
var APP_OPTIONS = {
  heroku: ["-a", "--app", "-r", "--remote"],
  fly: ["-a", "--app"],
  flyctl: ["-a", "--app"]
};
var SECRET_READS = {
  aws: ["--name", "--names", "--secret-id"],
  gcloud: ["--secret"],
  az: ["--name", "--vault-name"]
};
var SECRET_SERVICES = /* @__PURE__ */ new Set(["ssm", "secretsmanager", "secrets", "keyvault"]);
function commandTargets(command, policy) {
  const found = [];
  const unit = command.span;
  const add = (target, span) => {
    if (target) found.push({ ...target, span, unit });
  };
  for (const e of command.envAssignments) add(productionVariable(e.name, e.value, policy), e.span);
  const program = programOf(command);
  const argv = command.argv;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    const span = command.argSpans[i];
    const eq = word.startsWith("--") ? word.indexOf("=") : -1;
    const name = eq > 0 ? word.slice(0, eq) : word;
    const valueAt = eq > 0 ? word.slice(eq + 1) : argv[i + 1];
    const value = valueAt !== void 0 && !isDynamic(valueAt) ? valueAt : void 0;
    const optionSpan = eq > 0 || argv[i + 1] === void 0 ? span : { start: span.start, end: command.argSpans[i + 1].end };
    if (value !== void 0 && (ENVIRONMENT_OPTIONS.has(name) || SHORT_ENVIRONMENT[program] === name)) {
      if (isProductionEnvironment(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== void 0 && CONTEXT_OPTIONS.has(name)) {
      if (isKubeContext(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== void 0 && PROJECT_OPTIONS.has(name)) {
      if (isProject(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== void 0 && APP_OPTIONS[program]?.includes(name)) {
      if (isProject(value, policy)) add({ label: `${name} ${value}`, strong: true }, optionSpan);
    } else if (value !== void 0 && SECRET_READS[program]?.includes(name) && SECRET_SERVICES.has(argv[1] ?? "") && isProject(value, policy)) {
      add({ label: `${program} ${argv[1]} ${name} ${value}`, strong: true }, optionSpan);
    } else if (name === "-chdir" || name === "--chdir" || name === "-chdir=" || word.startsWith("-chdir=")) {
      const dir = word.startsWith("-chdir=") ? word.slice("-chdir=".length) : value;
      if (dir !== void 0 && isProductionDirectory(dir, policy)) add({ label: `${word}`, strong: true }, span);
    } else if (word === "--prod" && (program === "vercel" || program === "netlify")) {
      add({ label: `${program} --prod`, strong: true }, span);
    } else if (!word.startsWith("-")) {
      add(productionUrl(word, policy), span);
      const assignment = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(word);
      if (assignment && (program === "rake" || program === "make" || program === "rails")) {
        add(productionVariable(assignment[1], assignment[2], policy), span);
      }
    }
  }
  const operands = argv.slice(1).filter((w) => !w.startsWith("-"));
  const last = (n) => ({ start: command.argSpans[1].start, end: command.argSpans[n]?.end ?? unit.end });
  if ((program === "terraform" || program === "tofu") && operands[0] === "workspace") {
    const verb = operands[1];
    const workspace = operands[2];
    if ((verb === "select" || verb === "new") && workspace !== void 0 && isWorkspace(workspace, policy)) {
      add({ label: `${program} workspace ${verb} ${workspace}`, strong: true }, last(argv.indexOf(workspace)));
    }
  }
  if (program === "gcloud" && operands[0] === "config" && operands[1] === "set" && operands[2] === "project") {
    const project = operands[3];
    if (project !== void 0 && !isDynamic(project) && isProject(project, policy)) {
      add({ label: `gcloud config set project ${project}`, strong: true }, last(argv.indexOf(project)));
    }
  }
  if (program === "kubectl" && operands[0] === "config" && operands[1] === "use-context") {
    const context = operands[2];
    if (context !== void 0 && isKubeContext(context, policy)) {
      add({ label: `kubectl config use-context ${context}`, strong: true }, last(argv.indexOf(context)));
    }
  }
  if (program === "cd" && operands[0] !== void 0 && !isDynamic(operands[0]) && isProductionDirectory(operands[0], policy)) {
    add({ label: `cd ${operands[0]}`, strong: true }, unit);
  }
  return found;
}
function catalogTargets(command, policy) {
  const found = [];
  for (const { row, args, operands } of catalogHits(command)) {
    if (row.flag) continue;
    const syntax = TOOLS[row.tool];
    const depth = row.path.split(" ").length;
    const named = [
      ...args.positionals.filter((p) => operands.slice(depth).includes(p.value)),
      ...args.options.filter((o) => syntax.targets?.includes(o.name) && o.value !== void 0).map((o) => ({ value: o.value, index: command.argv[o.index] === o.name ? o.index + 1 : o.index }))
    ];
    for (const { value, index } of named) {
      if (isDynamic(value) || !isProductionName(value, policy)) continue;
      const span = command.argSpans[index] ?? command.span;
      found.push({ label: `${row.path} ${value}`, strong: true, span, unit: command.span });
    }
  }
  return found;
}

// src/rules/env/lib/document.ts
function reportTargets(targets, report) {
  for (const t of targets)
    report({
      messageId: "target",
      data: { label: t.label },
      span: t.span,
      unit: t.unit,
      ...t.readOnly ? { downgradedBecause: `read-only work against production (${t.readOnly})` } : {}
    });
}

// src/rules/env/new-production-target.ts
var newProductionTarget = {
  meta: {
    id: "env/new-production-target",
    family: "env",
    kind: "production",
    defaultSeverity: "block",
    description: "A change that newly points an existing script, workflow or database configuration at production, where the base version pointed elsewhere; or adds a new shell script aimed at production, which runs by hand outside the deploy pipeline.",
    messages: {
      target: "this change points the file at production ({label}), where it did not before"
    },
    examples: {
      invalid: [
        {
          code: "DATABASE_URL=postgres://app@db.prod.acme.internal:5432/app\n",
          base: "DATABASE_URL=postgres://app@db.staging.acme.internal:5432/app\n",
          line: 1,
          path: ".env"
        },
        {
          code: "jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed\n",
          base: "jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: staging\n    steps:\n      - run: bin/rails db:seed\n",
          line: 5,
          path: ".github/workflows/seed.yml"
        }
      ],
      valid: [
        {
          code: "jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed --trace\n",
          base: "jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed\n",
          path: ".github/workflows/seed.yml"
        },
        {
          code: '{\n  "scripts": {\n    "build": "NODE_ENV=production next build"\n  }\n}\n',
          base: '{\n  "scripts": {\n    "build": "next build"\n  }\n}\n',
          path: "package.json"
        }
      ]
    }
  },
  check(doc, report) {
    reportTargets(doc.newTargets, report);
  }
};

// src/rules/env/production-target.ts
var productionTarget = {
  meta: {
    id: "env/production-target",
    family: "env",
    kind: "production",
    defaultSeverity: "warn",
    description: "A command, workflow or configuration that points at production: environment names, RAILS_ENV and friends, `--context`/`--env` options, production hosts in connection strings, terraform workspaces, `.env.production`. Blocks when it shares a command, step or job with destructive work.",
    messages: {
      target: "points at production ({label})"
    },
    examples: {
      invalid: [
        {
          code: "jobs:\n  rebuild:\n    runs-on: ubuntu-latest\n    environment: production\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:migrate\n",
          line: 6,
          path: ".github/workflows/migrate.yml"
        },
        {
          code: "#!/bin/sh\nkubectl --context prod-eu rollout restart deploy/api\n",
          line: 2,
          path: "scripts/restart.sh"
        },
        {
          code: "DATABASE_URL=postgres://app@db.prod.acme.internal:5432/app\n",
          line: 1,
          path: ".env"
        }
      ],
      valid: [
        {
          code: "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: staging\n    steps:\n      - run: railway up --environment staging\n",
          path: ".github/workflows/deploy.yml"
        },
        { code: "DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev\n", path: ".env.example" },
        { code: "#!/bin/sh\nterraform workspace select preprod\n", path: "scripts/plan.sh" }
      ]
    }
  },
  check(doc, report) {
    reportTargets(doc.targets, report);
  }
};

// src/rules/env/lib/index.ts
var envRules = [productionTarget, newProductionTarget];

// src/rules/env/lib/workflow.ts
var import_yaml2 = __toESM(require_dist(), 1);
var ENVIRONMENT_INPUTS = /* @__PURE__ */ new Set(["environment", "env", "stage", "environment-name", "environment_name"]);
function workflowTargets(text, policy) {
  if (tooDeepForYaml(text) !== void 0) return [];
  const doc = (0, import_yaml2.parseDocument)(text);
  if (doc.errors.length > 0 || !(0, import_yaml2.isMap)(doc.contents)) return [];
  const found = [];
  const whole = rangeOf(doc.contents) ?? { start: 0, end: text.length };
  envTargets(get2(doc.contents, "env"), whole, policy, found);
  const jobs = get2(doc.contents, "jobs");
  if (!(0, import_yaml2.isMap)(jobs)) return found;
  for (const jobPair of jobs.items) {
    const job = jobPair.value;
    if (!(0, import_yaml2.isMap)(job)) continue;
    const jobUnit = rangeOf(job);
    const jobSteps = get2(job, "steps");
    const usesActions = (step) => (0, import_yaml2.isMap)(step) && get2(step, "uses") !== void 0;
    const jobRunsActions = get2(job, "uses") !== void 0 || (0, import_yaml2.isSeq)(jobSteps) && jobSteps.items.some((step) => usesActions(step));
    const before = found.length;
    const environment = get2(job, "environment");
    const envName = (0, import_yaml2.isMap)(environment) ? get2(environment, "name") : environment;
    if ((0, import_yaml2.isScalar)(envName) && typeof envName.value === "string" && isProductionEnvironment(envName.value, policy)) {
      found.push({ label: `environment: ${envName.value}`, strong: true, span: rangeOf(envName), unit: jobUnit });
    }
    envTargets(get2(job, "env"), jobUnit, policy, found);
    for (let i = before; i < found.length; i++) if (jobRunsActions) found[i].runsActions = true;
    const steps = jobSteps;
    if (!(0, import_yaml2.isSeq)(steps)) continue;
    for (const step of steps.items) {
      if (!(0, import_yaml2.isMap)(step)) continue;
      const stepUnit = rangeOf(step);
      const stepStart = found.length;
      envTargets(get2(step, "env"), stepUnit, policy, found);
      for (let i = stepStart; i < found.length; i++) if (usesActions(step)) found[i].runsActions = true;
      const inputs = get2(step, "with");
      if ((0, import_yaml2.isMap)(inputs)) {
        for (const input of inputs.items) {
          if (!(0, import_yaml2.isScalar)(input.key) || !(0, import_yaml2.isScalar)(input.value) || typeof input.value.value !== "string") continue;
          const key = String(input.key.value).toLowerCase();
          if (ENVIRONMENT_INPUTS.has(key) && isProductionEnvironment(input.value.value, policy)) {
            found.push({
              label: `${key}: ${input.value.value}`,
              strong: true,
              span: rangeOf(input.value),
              unit: stepUnit
            });
          }
        }
      }
    }
  }
  return found;
}
function envTargets(env, unit, policy, found) {
  if (!(0, import_yaml2.isMap)(env)) return;
  for (const pair of env.items) {
    if (!(0, import_yaml2.isScalar)(pair.key) || !(0, import_yaml2.isScalar)(pair.value) || pair.value.value === null) continue;
    const target = productionVariable(String(pair.key.value), String(pair.value.value), policy);
    const key = rangeOf(pair.key);
    const value = rangeOf(pair.value);
    if (target) found.push({ ...target, span: { start: key.start, end: value.end }, unit });
  }
}
function get2(map, key) {
  if (!(0, import_yaml2.isMap)(map)) return void 0;
  return map.items.find((p) => (0, import_yaml2.isScalar)(p.key) && p.key.value === key)?.value;
}
function rangeOf(node) {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : void 0;
}

// src/rules/env/lib/variable-targets.ts
var EXPANSION = /\$\{\{\s*(?:secrets|vars|env)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$+[{(]?([A-Za-z_][A-Za-z0-9_]*)/g;
var INERT = /* @__PURE__ */ new Set([
  "[",
  "[[",
  "test",
  "echo",
  "printf",
  "read",
  "export",
  "local",
  "declare",
  "unset",
  ":",
  "true"
]);
var OPTION_CHECKS = {
  "--env": isProductionEnvironment,
  "--environment": isProductionEnvironment,
  "--stage": isProductionEnvironment,
  "--context": isKubeContext,
  "--kube-context": isKubeContext,
  "--kubecontext": isKubeContext,
  "--project": isProject,
  "--project-id": isProject,
  "--profile": isProject,
  "--app": isProject,
  "-a": isProject
};
function expandedNames(written) {
  return [...written.matchAll(EXPANSION)].map((m) => m[1] ?? m[2]);
}
function productionNamedExpansions(command, text, policy) {
  const found = [];
  const unit = command.span;
  const check = (value, span) => {
    if (!isDynamic(value)) return;
    const name = expandedNames(text.slice(span.start, span.end)).find((n) => isProductionName(n, policy));
    if (name !== void 0) found.push({ label: `$${name}`, strong: true, span, unit });
  };
  for (const e of command.envAssignments) check(e.value, e.span);
  if (INERT.has(programOf(command))) return found;
  command.argv.forEach((word, i) => {
    if (i > 0) check(word, command.argSpans[i]);
  });
  return found;
}
function optionVariables(command, text) {
  const found = [];
  command.argv.forEach((word, i) => {
    const eq = word.startsWith("--") ? word.indexOf("=") : -1;
    const option = eq > 0 ? word.slice(0, eq) : word;
    const isProductionValue = OPTION_CHECKS[option];
    if (!isProductionValue) return;
    const span = eq > 0 ? command.argSpans[i] : command.argSpans[i + 1];
    const value = eq > 0 ? word.slice(eq + 1) : command.argv[i + 1];
    if (!span || value === void 0) return;
    const written = text.slice(span.start, span.end);
    for (const name of expandedNames(eq > 0 ? written.slice(written.indexOf("=") + 1) : written)) {
      found.push({ name, option, isProductionValue });
    }
  });
  return found;
}
function assignmentTarget(assignment, uses, policy, unit, text) {
  const { span } = assignment;
  const value = isDynamic(assignment.value) ? assignment.fallback : assignment.value;
  if (value === void 0) {
    const written = text.slice(span.start, span.end);
    const name = expandedNames(written.slice(written.indexOf("=") + 1)).find((n) => isProductionName(n, policy));
    return name === void 0 ? void 0 : { label: `${assignment.name} from $${name}`, strong: true, span, unit };
  }
  const named = productionVariable(assignment.name, value, policy);
  if (named) return { ...named, span, unit };
  const use = uses.find((u) => u.name === assignment.name && u.isProductionValue(value, policy));
  if (use) return { label: `${assignment.name}=${value} given to ${use.option}`, strong: true, span, unit };
  const expandedLater = expandedNames(text.slice(span.end)).includes(assignment.name);
  const listed = value.split(/\s+/).find((w) => /^[A-Za-z0-9_.:-]+$/.test(w) && isProductionName(w, policy));
  if (expandedLater && listed !== void 0)
    return { label: `${assignment.name}=${listed}`, strong: false, span, unit };
  return void 0;
}

// src/rules/env/lib/checker.ts
var envChecker = {
  family: "env",
  rules: envRules,
  appliesTo: readsEnvironment,
  async prepare(file) {
    if (isShellSource(file.path, file.text || (file.baseText ?? ""))) await loadGrammar("bash");
  },
  check(file, policy, context) {
    const read = (side) => context ? repoFileReader(context, side) : void 0;
    const head = file.status === "removed" ? [] : targetsOf(file.path, file.text, policy, read("head"));
    const base = file.baseText === void 0 ? void 0 : targetsOf(file.previousPath ?? file.path, file.baseText, policy, read("base"));
    const before = new Set(base?.map((t) => t.label));
    const newScript = base === void 0 && file.status === "added" && isScript(file.path, file.text);
    const newTargets = base === void 0 && !newScript ? [] : head.filter((t) => t.strong && !before.has(t.label));
    const doc = { path: file.path, targets: head, newTargets };
    const contexts = file.status === "removed" || !isShellSource(file.path, file.text) ? [] : contextsOf(file.path, file.text);
    return { findings: runRules(envRules, doc, () => false), notes: [], contexts };
  }
};
function contextsOf(path, text) {
  const { commands, assignments } = readCommands(path, text);
  return commandContexts(text, commands, assignments, { scriptWide: isScript(path, text), path });
}
function sameSpan(a, b) {
  return a.start === b.start && a.end === b.end;
}
function isScript(path, text) {
  return isShellSource(path, text) && !holdsCommandsIn(path, text);
}
function dedupe(found) {
  const seen = /* @__PURE__ */ new Set();
  return found.filter((t) => {
    const key = `${t.span.start}:${t.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function readOnlyScopes(workflow, commands, found) {
  for (const target of workflow) {
    if (target.runsActions) continue;
    const inside = commands.filter((c) => c.span.start >= target.unit.start && c.span.end <= target.unit.end);
    const reasons = inside.map((c) => readOnlyReason(c));
    if (inside.length === 0 || reasons.some((r) => r === void 0)) continue;
    const at = found.indexOf(target);
    if (at >= 0) found[at] = { ...target, readOnly: [...new Set(reasons)].join("; ") };
  }
}
function targetsOf(path, text, policy, read) {
  const readsShell = isShellSource(path, text);
  const found = [];
  const workflow = WORKFLOW.test(path) ? workflowTargets(text, policy) : [];
  found.push(...workflow);
  if (isDotenv(path)) found.push(...dotenvTargets(path, text, policy));
  if (isDatabaseConfig(path)) found.push(...databaseConfigTargets(text, policy));
  if (isComposePath(path)) found.push(...composeTargets(text, policy));
  if (readsShell) {
    const { commands, assignments } = readCommands(path, text, read);
    const uses = [];
    readOnlyScopes(workflow, commands, found);
    for (const command of commands) {
      const own = command.envAssignments.filter(
        (e) => e.span.start >= command.span.start && e.span.end <= command.span.end
      );
      const readOnly = readOnlyReason(command);
      const targets = [
        ...commandTargets({ ...command, envAssignments: own }, policy),
        ...productionNamedExpansions({ ...command, envAssignments: own }, text, policy),
        ...catalogTargets(command, policy)
      ].map((t) => readOnly && sameSpan(t.unit, command.span) ? { ...t, readOnly } : t);
      found.push(...atAssignments(targets, [command]));
      uses.push(...optionVariables(command, text));
    }
    const script = !holdsCommandsIn(path, text);
    for (const a of assignments) {
      const unit = script ? { start: a.span.start, end: text.length } : a.span;
      const target = assignmentTarget(a, uses, policy, unit, text);
      if (target) found.push(target);
    }
    if (isMakefile(path)) {
      for (const a of makefileAssignments(text)) {
        const target = assignmentTarget(a, uses, policy, a.span, text);
        if (target) found.push(target);
      }
    }
  }
  return dedupe(found);
}

export {
  envChecker
};
