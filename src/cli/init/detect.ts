/** What a repository holds, told from its file names: the starter policy names what it found. */
export interface DetectedFamilies {
  sqlMigrations: boolean;
  frameworkMigrations: string[];
  infrastructure: string[];
  workflows: boolean;
  kubernetes: boolean;
}

const FRAMEWORKS: [string, RegExp][] = [
  ['Rails', /(^|\/)db\/migrate\/[^/]+\.rb$/],
  ['Django', /(^|\/)migrations\/\d{4}_[^/]+\.py$/],
  ['Alembic', /(^|\/)(alembic|migrations)\/versions\/[^/]+\.py$/],
  ['Prisma', /(^|\/)schema\.prisma$/],
  ['Laravel', /(^|\/)database\/migrations\/[^/]+\.php$/],
  ['Ecto', /(^|\/)priv\/repo\/migrations\/[^/]+\.exs$/],
  ['Entity Framework', /(^|\/)Migrations\/[^/]+\.cs$/],
  ['Liquibase', /changelog[^/]*\.(xml|ya?ml|json)$/i],
  ['Knex, TypeORM or Sequelize', /(^|\/)migrations?\/[^/]+\.[cm]?[jt]s$/],
];

const INFRA: [string, RegExp][] = [
  ['Terraform', /\.(tf|tofu)$/],
  ['CloudFormation', /(template|stack)[^/]*\.(ya?ml|json)$/i],
  ['CDK', /(^|\/)cdk\.json$/],
  ['Pulumi', /(^|\/)Pulumi\.ya?ml$/],
  ['Helm', /(^|\/)Chart\.yaml$/],
  ['docker compose', /(^|\/)(docker-)?compose[^/]*\.ya?ml$/],
];

export function detectFamilies(paths: readonly string[]): DetectedFamilies {
  const any = (re: RegExp) => paths.some((p) => re.test(p));
  return {
    sqlMigrations: any(/\.sql$/i),
    frameworkMigrations: FRAMEWORKS.filter(([, re]) => any(re)).map(([name]) => name),
    infrastructure: INFRA.filter(([, re]) => any(re)).map(([name]) => name),
    workflows: any(/^\.github\/workflows\/[^/]+\.ya?ml$/),
    kubernetes: any(/(^|\/)(k8s|kubernetes|manifests|deploy)\/[^/]+\.ya?ml$/),
  };
}

/** A starter `.github/two-key.yml`: the default policy, with what was found named for the reader. */
export function starterPolicy(found: DetectedFamilies): string {
  const seen = [
    ...(found.sqlMigrations ? ['SQL files'] : []),
    ...found.frameworkMigrations.map((f) => `${f} migrations`),
    ...found.infrastructure,
    ...(found.kubernetes ? ['Kubernetes manifests'] : []),
    ...(found.workflows ? ['GitHub workflows'] : []),
  ];
  const lines = [
    '# yaml-language-server: $schema=https://unpkg.com/two-key/policies/two-key.schema.json',
    '# two-key policy, read at the base commit of every pull request (a change cannot relax it).',
    `# Found in this repository: ${seen.length ? seen.join(', ') : 'no migrations or infrastructure yet'}.`,
    '# Every changed file is checked whatever it is; see the policy reference in docs/policy.md.',
    'extends: default',
    '',
    '# Name what production is here, so that changes aimed at it are held:',
    'production:',
    '  hosts: []',
    '  databases: []',
    '  kubeContexts: []',
    '',
    'approvals:',
    '  # One approval from an eligible reviewer with write access for every blocking finding;',
    '  # name teams (`from: ["@org/dba"]`) once the token can read team membership.',
    '  default:',
    '    count: 1',
    '    from: []',
    '',
    'agents:',
    '  # One more approval when an AI coding agent wrote the change.',
    '  extraApprovals: 1',
    '',
  ];
  return lines.join('\n');
}
