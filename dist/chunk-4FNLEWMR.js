import { createRequire as __twoKeyCreateRequire } from 'node:module';
import { fileURLToPath as __twoKeyFileURLToPath } from 'node:url';
import { dirname as __twoKeyDirname } from 'node:path';
const require = __twoKeyCreateRequire(import.meta.url);
const __filename = __twoKeyFileURLToPath(import.meta.url);
const __dirname = __twoKeyDirname(__filename);

// src/policy/shipped.ts
var DEFAULT_POLICY_YAML = `# The shipped default policy. A repository's .github/two-key.yml extends it unless it names
# another policy with \`extends\`. Mappings merge key by key; a list in the repository's file
# replaces the list here.
paths:
  # Every changed file is checked...
  include: ['**']
  # ...except vendored dependencies, which change when a dependency is bumped, not by hand.
  exclude: ['vendor/**', '**/node_modules/**']
  # Tests, fixtures and documentation quote destructive code without running it against real
  # data: their findings are reported but never block.
  nonBlocking:
    - '**/test/**'
    - '**/tests/**'
    - '**/__tests__/**'
    - '**/spec/**'
    - '**/fixtures/**'
    - '**/testdata/**'
    - '**/*.test.*'
    - '**/*_test.*'
    # Test files named by their runner's convention wherever they sit: Jest/Vitest/Angular
    # \`*.spec.ts\`, RSpec \`*_spec.rb\`, pytest \`test_*.py\` and \`conftest.py\`, end-to-end suites and
    # the runners' setup files.
    - '**/*.spec.*'
    - '**/*_spec.*'
    - '**/test_*.py'
    - '**/conftest.py'
    - '**/e2e/**'
    - '**/cypress/**'
    - '**/playwright/**'
    - '**/{jest,vitest}.setup.*'
    - '**/{jest,vitest}.global-setup.*'
    # JVM test source sets beside src/test (Gradle's integrationTest, functionalTest, testFixtures);
    # mocks (Jest's __mocks__, MSW's and mockery's mocks/); golden and
    # snapshot files that hold a tool's expected output.
    - '**/src/*Test/**'
    - '**/src/testFixtures/**'
    - '**/__mocks__/**'
    - '**/mocks/**'
    - '**/golden/**'
    - '**/__snapshots__/**'
    - 'docs/**'
    - '**/*.md'
  # Files that only run on rollback: golang-migrate and dbmate-style down files, Diesel's
  # down.sql, yoyo's .rollback.sql, Flyway undo migrations (SQL and Java), sqitch revert scripts.
  rollback:
    - '**/*.down.sql'
    - '**/down.sql'
    - '**/*.rollback.sql'
    - '**/U[0-9]*__*.sql'
    - '**/U[0-9]*__*.java'
    - '**/U[0-9]*__*.kt'
    - '**/revert/**'

families:
  sql:
    # Files that are SQL by name; files with other names are recognised by their content.
    # .hql is Hive/Spark; .pls/.pks/.pkb/.plsql are Oracle PL/SQL; .tsql is SQL Server.
    paths:
      - '**/*.sql'
      - '**/*.sql.txt'
      - '**/*.psql'
      - '**/*.pgsql'
      - '**/*.ddl'
      - '**/*.hql'
      - '**/*.pls'
      - '**/*.pks'
      - '**/*.pkb'
      - '**/*.plsql'
      - '**/*.tsql'
    # Glob -> postgres | mysql | sqlite | sqlserver | bigquery, when sniffing guesses wrong.
    dialects: {}

# Severity per rule id (off | warn | block). Rules not named here keep their own default.
rules: {}

# What production is for this repository. Only the conventional environment and workspace
# names are known here; name your hosts, databases, projects and contexts in your own policy.
production:
  hosts: []
  databases: []
  projects: []
  kubeContexts: []
  workspaces: ['production', 'prod']
  environments: ['production', 'prod']
  directories: []

approvals:
  # One approval from any reviewer with write access who did not write the change.
  default:
    count: 1
    from: []
  # First match wins, e.g. { match: { kinds: [destructive], rules: ['sql/*'] }, count: 2, from: ['@org/dba'] }
  rules: []

agents:
  # Extra signals of agent authorship, beyond the built-in list of known agents.
  logins: []
  emails: []
  trailers: []
  branchPrefixes: []
  bodyMarkers: []
  # Agent-authored changes need no more than a human's by default; see strict.yml.
  extraApprovals: 0
  warnBlocks: false

suppressions:
  # A suppression comment the pull request adds to itself does not silence its own finding.
  allowAdded: false
`;
var STRICT_POLICY_YAML = `# The shipped strict policy: the default, with two approvals for every blocking finding, one
# more when the change is agent-authored, and warnings that block agent-authored changes.
extends: default

approvals:
  default:
    count: 2

agents:
  extraApprovals: 1
  warnBlocks: true
`;

export {
  DEFAULT_POLICY_YAML,
  STRICT_POLICY_YAML
};
