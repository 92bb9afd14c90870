import * as z from 'zod';
import type { FindingKind, Severity } from './types.js';
import type { SqlDialect } from './sql-operations.js';

const MERGE_NOTE =
  'When this file extends another policy, mappings merge key by key and a list given here replaces the inherited list whole, so an entry can be removed by restating the list without it.';

const glob = z
  .string()
  .min(1)
  .refine((s) => !s.startsWith('/') && !s.startsWith('./'), {
    message: 'paths are relative to the repository root and start without "/" or "./"',
  });

const globs = (description: string) => z.array(glob).describe(`${description} List replaces the inherited list.`);

const names = (description: string) =>
  z.array(z.string().min(1)).describe(`${description} List replaces the inherited list.`);

export const SEVERITIES = ['off', 'warn', 'block'] as const satisfies readonly Severity[];
export const FINDING_KINDS = [
  'destructive',
  'production',
  'protection',
  'secret',
] as const satisfies readonly FindingKind[];
export const SQL_DIALECTS = [
  'postgres',
  'mysql',
  'sqlite',
  'sqlserver',
  'bigquery',
] as const satisfies readonly SqlDialect[];

const severity = z.enum(SEVERITIES);

// A login is letters, digits and hyphens; a team is written with its organisation, as in CODEOWNERS.
const REVIEWER =
  /^(?:@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?|@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\/[A-Za-z0-9_.-]+)$/;
const reviewer = z.string().regex(REVIEWER, {
  message: 'expected a user ("alice" or "@alice") or a team ("@org/team")',
});

const requirementShape = {
  count: z.number().int().min(1).describe('How many distinct eligible reviewers must approve the current head commit.'),
  from: z
    .array(reviewer)
    .describe(
      'Who may approve: users ("alice" or "@alice") and teams ("@org/team"). Any one of them counts toward `count`. Empty means any eligible reviewer with write access. List replaces the inherited list.',
    ),
};

// Naming only users and asking for more approvals than there are users can never be met.
function reachable(req: { count?: number | undefined; from?: string[] | undefined }, ctx: z.RefinementCtx): void {
  const from = req.from ?? [];
  if (req.count === undefined || from.length === 0 || from.some((f) => f.includes('/'))) return;
  if (req.count > from.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['count'],
      message: `needs ${req.count} approvals but "from" names only ${from.length} user${from.length === 1 ? '' : 's'}`,
    });
  }
}

const requirement = z
  .strictObject({ count: requirementShape.count.optional(), from: requirementShape.from.optional() })
  .superRefine(reachable);

const approvalRule = z
  .strictObject({
    match: z
      .strictObject({
        kinds: z
          .array(z.enum(FINDING_KINDS))
          .min(1)
          .optional()
          .describe('Finding kinds this rule applies to; any one matches.'),
        rules: z
          .array(z.string().min(1))
          .min(1)
          .optional()
          .describe('Rule id globs this rule applies to, such as "sql/*"; any one matches.'),
        paths: z
          .array(glob)
          .min(1)
          .optional()
          .describe('Path globs of the changed file this rule applies to; any one matches.'),
      })
      .refine((m) => m.kinds !== undefined || m.rules !== undefined || m.paths !== undefined, {
        message: 'a match needs at least one of kinds, rules, paths',
      })
      .describe('What a finding must be for this rule to apply: every key given must match.'),
    count: requirementShape.count,
    from: requirementShape.from.optional(),
  })
  .superRefine(reachable)
  .describe('An approval requirement for the findings that match it.');

export const policyFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this file follows, for editors. Ignored by two-key.'),
    extends: z
      .string()
      .min(1)
      .optional()
      .describe(
        `The policy this file builds on: "default" (the shipped default), "strict" (default with two approvals, one more for agent-authored changes, and warnings that block agent-authored changes), or a repository-relative path to another policy file. Omitted means "default". ${MERGE_NOTE}`,
      ),
    paths: z
      .strictObject({
        include: globs('Only changed files matching one of these globs are checked.').optional(),
        exclude: globs('Changed files matching one of these globs are never checked; wins over include.').optional(),
        nonBlocking: globs(
          'Findings in files matching these globs are reported but never block (tests, fixtures, documentation).',
        ).optional(),
        rollback: globs(
          'Files that only run on rollback (down migrations, undo and revert scripts): their findings are marked rollbackOnly and do not block by default.',
        ).optional(),
      })
      .optional()
      .describe(
        'Which changed files are checked and how their findings weigh. Globs use minimatch and match dot files.',
      ),
    families: z
      .strictObject({
        sql: z
          .strictObject({
            paths: globs(
              'Path conventions that make a file SQL (matched without regard to case); content sniffing finds more.',
            ).optional(),
            dialects: z
              .record(glob, z.enum(SQL_DIALECTS))
              .optional()
              .describe(
                'Path glob to SQL dialect, overriding sniffing. When several globs match, the last one wins, as in .gitattributes. Merges key by key with the inherited mapping.',
              ),
          })
          .optional()
          .describe('SQL files: migrations and scripts.'),
      })
      .optional()
      .describe('How files are recognised, per file family.'),
    rules: z
      .record(z.string().min(1), severity)
      .optional()
      .describe(
        'Severity per rule id: "off" (not checked), "warn" (reported, does not block) or "block" (needs approval). Rules not named keep their default severity. Merges key by key with the inherited mapping.',
      ),
    production: z
      .strictObject({
        hosts: globs('Database and service host names, or globs over them, that are production.').optional(),
        databases: names('Database names that are production.').optional(),
        projects: names('Cloud account, subscription or project ids that are production.').optional(),
        kubeContexts: names('Kubernetes contexts that are production.').optional(),
        workspaces: names('Terraform or OpenTofu workspaces that are production.').optional(),
        environments: names(
          'Environment names that are production (RAILS_ENV, NODE_ENV, deployment environments).',
        ).optional(),
        directories: globs('Directories whose contents deploy to production, such as "infra/prod/**".').optional(),
      })
      .optional()
      .describe('What production is for this repository; changes that point at it are "production" findings.'),
    approvals: z
      .strictObject({
        default: requirement
          .optional()
          .describe('The requirement for a blocking finding that no rule below matches. Merges key by key.'),
        rules: z
          .array(approvalRule)
          .optional()
          .describe(
            'Requirements for particular findings; the first rule that matches a finding wins. List replaces the inherited list.',
          ),
      })
      .optional()
      .describe('Who must approve blocking findings before the pull request may merge.'),
    agents: z
      .strictObject({
        logins: names(
          'Extra GitHub logins of agent accounts, beyond the built-in list (compared without regard to case).',
        ).optional(),
        emails: names(
          "Extra emails that mean an agent, as a commit's author, committer or Co-authored-by (compared without regard to case).",
        ).optional(),
        trailers: z
          .array(
            z.string().regex(/[^\s<>@]+@[^\s<>@]+/, {
              message: 'expected an email, or a name and an email ("Bot <bot@example.com>")',
            }),
          )
          .optional()
          .describe(
            'Extra Co-authored-by values that mean an agent. Matched on the email only, because a bare name may be a person. List replaces the inherited list.',
          ),
        branchPrefixes: names('Extra head-branch prefixes that mean an agent, such as "bot/".').optional(),
        bodyMarkers: names(
          'Extra text that, found in a pull request body, means an agent wrote it (compared without regard to case).',
        ).optional(),
        extraApprovals: z
          .number()
          .int()
          .min(0)
          .optional()
          .describe('Approvals added to every requirement when the change is agent-authored.'),
        warnBlocks: z
          .boolean()
          .optional()
          .describe('When the change is agent-authored, findings of "warn" rules block too.'),
      })
      .optional()
      .describe(
        'Agent authorship: extra signals to recognise agents, and how much stricter an agent-authored change is. Authorship never decides whether a change is checked.',
      ),
    suppressions: z
      .strictObject({
        allowAdded: z
          .boolean()
          .optional()
          .describe(
            'When false, a suppression comment that the pull request itself adds does not silence its finding, which still needs approval.',
          ),
      })
      .optional()
      .describe('In-code suppression comments.'),
  })
  .describe(
    `two-key policy (.github/two-key.yml): what counts as a destructive or production change and who must approve it. ${MERGE_NOTE}`,
  );

/** One policy file as written: every key optional. */
export type PolicyFile = z.infer<typeof policyFileSchema>;

export type ApprovalKind = FindingKind;

export interface ApprovalRequirement {
  count: number;
  /** Users as "@login" and teams as "@org/team"; empty means any eligible reviewer with write access. */
  from: string[];
}

export interface ApprovalRule extends ApprovalRequirement {
  /** Every key present must match; within a key, any entry. */
  match: { kinds?: FindingKind[]; rules?: string[]; paths?: string[] };
}

/** A policy with `extends` resolved and every default filled in; see the schema descriptions for meanings. */
export interface Policy {
  paths: { include: string[]; exclude: string[]; nonBlocking: string[]; rollback: string[] };
  families: { sql: { paths: string[]; dialects: Record<string, SqlDialect> } };
  rules: Record<string, Severity>;
  production: {
    hosts: string[];
    databases: string[];
    projects: string[];
    kubeContexts: string[];
    workspaces: string[];
    environments: string[];
    directories: string[];
  };
  approvals: { default: ApprovalRequirement; rules: ApprovalRule[] };
  agents: {
    logins: string[];
    emails: string[];
    trailers: string[];
    branchPrefixes: string[];
    bodyMarkers: string[];
    extraApprovals: number;
    warnBlocks: boolean;
  };
  suppressions: { allowAdded: boolean };
}

// Compile-time guards that Policy and the schema describe the same keys.
type Assert<T extends true> = T;
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type PolicyFileBody = Omit<PolicyFile, 'extends' | '$schema'>;
type _PolicyKeysMatch = Assert<SameKeys<Policy, PolicyFileBody>>;
type _PolicyFitsSchema = Assert<Policy extends PolicyFileBody ? true : false>;
