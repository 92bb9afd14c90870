import { runCli } from '../../src/cli/main.js';
import { buildCaseRepo } from './build-repo.js';
import type { ExpectedFinding, LabelledCase } from './load-cases.js';

interface ReportedFinding {
  path: string;
  line?: number;
  kind: string;
  side?: string;
  blocking?: boolean;
  ruleId?: string;
}

export interface CaseScore {
  verdict: string;
  problems: string[];
}

function matches(expected: ExpectedFinding, got: ReportedFinding): boolean {
  return (
    got.path === expected.path &&
    got.kind === expected.kind &&
    (got.side ?? 'head') === (expected.side ?? 'head') &&
    Math.abs((got.line ?? -99) - expected.line) <= 2
  );
}

/**
 * Builds the case as a real repository (base commit, head commit authored and trailered as the
 * case says) and runs `two-key check --format json` on it in-process; scored exactly as the
 * yardstick scores: the verdict must match, every expected finding that is not rollback-only must be
 * reported within two lines, and an allowed case may carry no blocking finding.
 */
export async function scoreCase(c: LabelledCase): Promise<CaseScore> {
  const login = c.author.login ?? 'octocat';
  const branch = c.author.branch ?? 'feature/change';
  const repo = buildCaseRepo({
    before: c.before,
    after: c.after,
    branch,
    login,
    message: `${c.title}\n\n${(c.author.commitTrailers ?? []).join('\n')}`.trim(),
  });
  let stdout = '';
  let stderr = '';
  try {
    await runCli(
      [
        'check',
        '--repo',
        repo.dir,
        '--base',
        repo.baseSha,
        '--head',
        repo.headSha,
        '--format',
        'json',
        '--pr-author',
        login,
        '--branch',
        branch,
      ],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false },
    );
  } finally {
    repo.cleanup();
  }
  let report: { verdict: string; findings?: ReportedFinding[] };
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    return { verdict: 'none', problems: [`no JSON report: ${stderr.trim().split('\n').slice(-2).join(' | ')}`] };
  }
  const problems: string[] = [];
  const findings = report.findings ?? [];
  if (report.verdict !== c.expect.verdict) problems.push(`verdict ${report.verdict}, expected ${c.expect.verdict}`);
  for (const expected of c.expect.findings) {
    if (expected.rollbackOnly) continue;
    if (!findings.some((got) => matches(expected, got))) {
      const where = `${expected.side === 'base' ? 'base:' : ''}${expected.path}:${expected.line}`;
      problems.push(`missed ${expected.kind} at ${where} (${expected.note ?? ''})`);
    }
  }
  if (c.expect.verdict === 'allow') {
    for (const got of findings.filter((f) => f.blocking)) {
      problems.push(`false alarm ${got.ruleId ?? got.kind} at ${got.path}:${got.line ?? '?'}`);
    }
  }
  return { verdict: report.verdict, problems };
}
