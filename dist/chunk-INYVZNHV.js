import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);
import {
  notARepository,
  runGit
} from "./chunk-335MU2BK.js";
import {
  UsageError
} from "./chunk-YVQXTJ3F.js";
import "./chunk-J6GTIO5W.js";
import "./chunk-IMX7FK3S.js";
import {
  ACTION_REPOSITORY
} from "./chunk-M6CIGP4E.js";
import "./chunk-ZHGBYMEX.js";

// src/cli/init/init.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

// src/cli/init/detect.ts
var FRAMEWORKS = [
  ["Rails", /(^|\/)db\/migrate\/[^/]+\.rb$/],
  ["Django", /(^|\/)migrations\/\d{4}_[^/]+\.py$/],
  ["Alembic", /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/],
  ["Prisma", /(^|\/)schema\.prisma$/],
  ["Laravel", /(^|\/)database\/migrations\/[^/]+\.php$/],
  ["Ecto", /(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/],
  ["Entity Framework", /(^|\/)Migrations\/[^/]+\.cs$/],
  ["Liquibase", /changelog[^/]*\.(xml|ya?ml|json)$/i],
  ["Knex, TypeORM or Sequelize", /(^|\/)migrations?\/[^/]+\.[cm]?[jt]s$/]
];
var INFRA = [
  ["Terraform", /\.(tf|tofu)$/],
  ["CloudFormation", /(template|stack)[^/]*\.(ya?ml|json)$/i],
  ["CDK", /(^|\/)cdk\.json$/],
  ["Pulumi", /(^|\/)Pulumi\.ya?ml$/],
  ["Helm", /(^|\/)Chart\.yaml$/],
  ["docker compose", /(^|\/)(docker-)?compose[^/]*\.ya?ml$/]
];
function detectFamilies(paths) {
  const any = (re) => paths.some((p) => re.test(p));
  return {
    sqlMigrations: any(/\.sql$/i),
    frameworkMigrations: FRAMEWORKS.filter(([, re]) => any(re)).map(([name]) => name),
    infrastructure: INFRA.filter(([, re]) => any(re)).map(([name]) => name),
    workflows: any(/^\.github\/workflows\/[^/]+\.ya?ml$/),
    kubernetes: any(/(^|\/)(k8s|kubernetes|manifests|deploy)\/[^/]+\.ya?ml$/)
  };
}
function starterPolicy(found) {
  const seen = [
    ...found.sqlMigrations ? ["SQL files"] : [],
    ...found.frameworkMigrations.map((f) => `${f} migrations`),
    ...found.infrastructure,
    ...found.kubernetes ? ["Kubernetes manifests"] : [],
    ...found.workflows ? ["GitHub workflows"] : []
  ];
  const lines = [
    "# yaml-language-server: $schema=https://unpkg.com/two-key/policies/two-key.schema.json",
    "# two-key policy, read at the base commit of every pull request (a change cannot relax it).",
    `# Found in this repository: ${seen.length ? seen.join(", ") : "no migrations or infrastructure yet"}.`,
    "# Every changed file is checked whatever it is; see the policy reference in docs/policy.md.",
    "extends: default",
    "",
    "# Name what production is here, so that changes aimed at it are held:",
    "production:",
    "  hosts: []",
    "  databases: []",
    "  kubeContexts: []",
    "",
    "approvals:",
    "  # One approval from an eligible reviewer with write access for every blocking finding;",
    '  # name teams (`from: ["@org/dba"]`) once the token can read team membership.',
    "  default:",
    "    count: 1",
    "    from: []",
    "",
    "agents:",
    "  # One more approval when an AI coding agent wrote the change.",
    "  extraApprovals: 1",
    ""
  ];
  return lines.join("\n");
}

// src/cli/init/workflows.ts
var ACTION_REF = `${ACTION_REPOSITORY}@v1`;
var GATE_WORKFLOW_PATH = ".github/workflows/two-key.yml";
var BRIDGE_WORKFLOW_PATH = ".github/workflows/two-key-review-bridge.yml";
var POLICY_PATH = ".github/two-key.yml";
function gateWorkflow(actionRef = ACTION_REF) {
  return `name: two-key
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited, ready_for_review, labeled, unlabeled]
  merge_group:
  workflow_run:
    workflows: [two-key review bridge]
    types: [completed]
  workflow_dispatch:
    inputs:
      pull-request:
        description: Pull request number to re-check
        required: true
permissions:
  contents: read
  pull-requests: write
  statuses: write
  checks: write
concurrency:
  group: two-key-\${{ github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number || inputs.pull-request || github.event.workflow_run.head_sha || github.event.merge_group.head_sha }}
  cancel-in-progress: true
jobs:
  two-key:
    runs-on: ubuntu-latest
    # Holds the App's key; its deployment branches: the default branch (and gh-readonly-queue/main/*
    # with a merge queue), so no other branch's workflow can mint the token.
    environment: two-key
    steps:
      - id: app
        uses: actions/create-github-app-token@v1
        with:
          app-id: \${{ vars.TWO_KEY_APP_ID }}
          private-key: \${{ secrets.TWO_KEY_APP_KEY }}
      - uses: ${actionRef}
        with:
          app-token: \${{ steps.app.outputs.token }}
          pull-request: \${{ inputs.pull-request }}
`;
}
var BRIDGE_WORKFLOW = `name: two-key review bridge
on:
  pull_request_review:
    types: [submitted, edited, dismissed]
permissions: {}
jobs:
  bridge:
    runs-on: ubuntu-latest
    steps:
      - run: echo "review on \${{ github.event.pull_request.head.sha }}"
`;

// src/cli/init/init.ts
function git(repo, args) {
  return runGit(repo, args, notARepository(repo));
}
function writeOnce(root, path, text) {
  const full = join(root, path);
  if (existsSync(full)) return readFileSync(full, "utf8") === text ? "unchanged" : "kept";
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  return "wrote";
}
function writeInitFiles(options) {
  const root = git(options.repo, ["rev-parse", "--show-toplevel"]).trim();
  const paths = git(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean);
  const files = [
    [GATE_WORKFLOW_PATH, gateWorkflow(options.actionRef)],
    [BRIDGE_WORKFLOW_PATH, BRIDGE_WORKFLOW],
    [POLICY_PATH, starterPolicy(detectFamilies(paths))]
  ];
  return files.map(([path, text]) => [path, writeOnce(root, path, text)]);
}
var RULESET_ADVICE = `Ruleset for the default branch (Settings > Rules > Rulesets), or \`two-key init --apply\`:
  - require the status check "two-key" (with an App token: the check run, pinned to the App);
  - dismiss stale pull request approvals when new commits are pushed;
  - require approval of the most recent reviewable push;
  - no bypass; enable the merge queue if you use one (the gate answers merge_group).`;
function githubRepoOf(url) {
  const match = /github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : void 0;
}
function targetRepository(options) {
  const slug = options.githubRepo ?? githubRepoOf(git(options.repo, ["remote", "get-url", "origin"]).trim());
  const [owner, name] = slug?.split("/") ?? [];
  if (!owner || !name) throw new UsageError("cannot tell the GitHub repository: give --github-repo OWNER/NAME");
  return { owner, name };
}
export {
  RULESET_ADVICE,
  githubRepoOf,
  targetRepository,
  writeInitFiles
};
