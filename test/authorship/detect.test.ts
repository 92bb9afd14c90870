import { describe, expect, it } from 'vitest';
import type { Commit } from '../../src/core/types.js';
import { detectAgent } from '../../src/authorship/detect.js';
import { parseTrailers } from '../../src/authorship/trailers.js';

function commit(overrides: Partial<Commit> = {}): Commit {
  return {
    sha: '0'.repeat(40),
    authorName: 'Ada Lovelace',
    authorEmail: 'ada@example.com',
    message: 'Add a column\n\nBackfills from the old table.',
    ...overrides,
  };
}

const agentsOf = (input: Parameters<typeof detectAgent>[0], extra?: Parameters<typeof detectAgent>[1]) =>
  detectAgent(input, extra).signals.map((s) => `${s.kind}:${s.agent ?? '-'}:${s.value}`);

describe('detectAgent: pull request author login', () => {
  it.each([
    ['Copilot', 'GitHub Copilot'],
    ['copilot-swe-agent[bot]', 'GitHub Copilot'],
    ['devin-ai-integration[bot]', 'Devin'],
    ['cursor[bot]', 'Cursor'],
    ['chatgpt-codex-connector[bot]', 'OpenAI Codex'],
    ['google-labs-jules[bot]', 'Google Jules'],
    ['amazon-q-developer[bot]', 'Amazon Q Developer'],
    ['gemini-code-assist[bot]', 'Gemini Code Assist'],
    ['claude[bot]', 'Claude Code'],
    ['openhands-agent', 'OpenHands'],
    ['sweep-ai[bot]', 'Sweep'],
    ['coderabbitai[bot]', 'CodeRabbit'],
  ])('%s is %s', (login, agent) => {
    expect(agentsOf({ prAuthor: login, commits: [] })).toEqual([`login:${agent}:${login}`]);
  });

  it('does not take a human whose login is an agent name without [bot]', () => {
    expect(detectAgent({ prAuthor: 'claude', commits: [] }).detected).toBe(false);
    expect(detectAgent({ prAuthor: 'devin', commits: [] }).detected).toBe(false);
  });
});

describe('detectAgent: commit author emails', () => {
  it.each([
    ['198982749+Copilot@users.noreply.github.com', 'GitHub Copilot'],
    ['copilot-swe-agent[bot]@users.noreply.github.com', 'GitHub Copilot'],
    ['158243242+devin-ai-integration[bot]@users.noreply.github.com', 'Devin'],
    ['noreply@anthropic.com', 'Claude Code'],
    ['209825114+claude[bot]@users.noreply.github.com', 'Claude Code'],
    ['cursoragent@cursor.com', 'Cursor'],
    ['161369871+google-labs-jules[bot]@users.noreply.github.com', 'Google Jules'],
    ['aider@aider.chat', 'Aider'],
    ['openhands@all-hands.dev', 'OpenHands'],
    ['amp@ampcode.com', 'Amp'],
  ])('%s is %s', (email, agent) => {
    expect(agentsOf({ commits: [commit({ authorEmail: email })] })).toEqual([`email:${agent}:${email}`]);
  });

  it('reads the committer too', () => {
    const c = commit({ committerName: 'Cursor Agent', committerEmail: 'cursoragent@cursor.com' });
    expect(agentsOf({ commits: [c] })).toEqual(['email:Cursor:cursoragent@cursor.com']);
  });

  it('recognises aider by the name it gives the author', () => {
    const c = commit({ authorName: 'Ada Lovelace (aider)' });
    expect(agentsOf({ commits: [c] })).toEqual(['email:Aider:Ada Lovelace (aider) <ada@example.com>']);
  });

  it('reports one signal however many commits repeat it', () => {
    const c = commit({ authorEmail: 'cursoragent@cursor.com' });
    expect(detectAgent({ commits: [c, c, c] }).signals).toHaveLength(1);
  });
});

describe('detectAgent: Co-authored-by trailers', () => {
  const withTrailer = (line: string) => commit({ message: `Drop the legacy table\n\nIt is unused.\n\n${line}` });

  it.each([
    ['Co-Authored-By: Claude <noreply@anthropic.com>', 'Claude Code'],
    ['Co-authored-by: Cursor Agent <cursoragent@cursor.com>', 'Cursor'],
    ['Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>', 'GitHub Copilot'],
    [
      'Co-authored-by: devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
      'Devin',
    ],
    [
      'Co-authored-by: gemini-code-assist[bot] <176961590+gemini-code-assist[bot]@users.noreply.github.com>',
      'Gemini Code Assist',
    ],
    ['Co-authored-by: aider (gpt-4o) <aider@aider.chat>', 'Aider'],
    ['Co-authored-by: openhands <openhands@all-hands.dev>', 'OpenHands'],
    ['Co-authored-by: Amp <amp@ampcode.com>', 'Amp'],
    ['Amp-Thread-ID: https://ampcode.com/threads/T-1234', 'Amp'],
    ['Replit-Commit-Author: Agent', 'Replit Agent'],
  ])('%s is %s', (line, agent) => {
    const value = line.slice(line.indexOf(':') + 1).trim();
    expect(agentsOf({ commits: [withTrailer(line)] })).toEqual([`trailer:${agent}:${value}`]);
  });

  it('finds the trailer among others in the block', () => {
    const c = withTrailer('Signed-off-by: Ada <ada@example.com>\nCo-authored-by: Claude <noreply@anthropic.com>');
    expect(agentsOf({ commits: [c] })).toEqual(['trailer:Claude Code:Claude <noreply@anthropic.com>']);
  });

  it('ignores a trailer-like line outside the trailer block', () => {
    const c = commit({
      message: 'Fix import\n\nCo-authored-by: Claude <noreply@anthropic.com>\n\nWe tried this and reverted it.',
    });
    expect(detectAgent({ commits: [c] }).detected).toBe(false);
  });

  it('ignores a trailer that is not at the start of its line', () => {
    const c = commit({ message: 'Docs\n\nSee: Co-authored-by: Claude <noreply@anthropic.com>' });
    expect(detectAgent({ commits: [c] }).detected).toBe(false);
  });

  it('never takes a bare display name as a signal', () => {
    for (const line of [
      'Co-authored-by: Claude',
      'Co-authored-by: Devin <devin@example.com>',
      'Co-authored-by: Copilot',
    ]) {
      expect(detectAgent({ commits: [withTrailer(line)] }).detected, line).toBe(false);
    }
  });
});

describe('detectAgent: branch prefixes', () => {
  it.each([
    ['copilot/fix-1234', 'GitHub Copilot'],
    ['claude/issue-12-20250101-1200', 'Claude Code'],
    ['cursor/add-index-on-bookings-7f3a', 'Cursor'],
    ['devin/1712345678-drop-legacy-table', 'Devin'],
    ['codex/remove-unused-table', 'OpenAI Codex'],
    ['openhands-fix-issue-42', 'OpenHands'],
    ['sweep/fix-typo', 'Sweep'],
    ['coderabbitai/docstrings/1a2b3c', 'CodeRabbit'],
  ])('%s is %s', (branch, agent) => {
    expect(agentsOf({ branch, commits: [] })).toEqual([`branch:${agent}:${branch}`]);
  });

  it('strips refs/heads/', () => {
    expect(agentsOf({ branch: 'refs/heads/copilot/fix-1', commits: [] })).toEqual([
      'branch:GitHub Copilot:copilot/fix-1',
    ]);
  });

  it('does not take an agent name inside a human branch name', () => {
    for (const branch of ['feature/claude-integration', 'claude-integration', 'devin/fix-login', 'my-copilot/x']) {
      expect(detectAgent({ branch, commits: [] }).detected, branch).toBe(false);
    }
  });
});

describe('detectAgent: pull request body markers', () => {
  it.each([
    [
      '## Summary\n- drop table\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)',
      'Claude Code',
      'Generated with [Claude Code]',
    ],
    ['Link to Devin run: https://app.devin.ai/sessions/0123456789abcdef', 'Devin', 'app.devin.ai/sessions/'],
    [
      'Fixes #12\n\n<details>\n<summary>Original prompt</summary>\n\n> drop the table\n</details>',
      'GitHub Copilot',
      '<summary>Original prompt</summary>',
    ],
    [
      'Removes the table.\n\n------\nhttps://chatgpt.com/codex/tasks/task_e_1234',
      'OpenAI Codex',
      'chatgpt.com/codex/tasks/',
    ],
    [
      '<a href="https://cursor.com/background-agent?bcId=bc-1234">Open in Cursor</a>',
      'Cursor',
      'cursor.com/background-agent?bcId=',
    ],
    ['Task: https://jules.google.com/task/123456', 'Google Jules', 'jules.google.com/task/'],
    ['Thread: https://ampcode.com/threads/T-1234', 'Amp', 'ampcode.com/threads/'],
  ])('%#: %s', (body, agent, value) => {
    expect(agentsOf({ prBody: body, commits: [] })).toEqual([`body:${agent}:${value}`]);
  });

  it('reports a generic agent footer without naming an agent', () => {
    expect(agentsOf({ prBody: 'Done.\n\n🤖 Generated with [SomeAgent](https://x.dev)', commits: [] })).toEqual([
      'body:-:🤖 Generated with',
    ]);
  });

  it('does not take prose that mentions agents', () => {
    const body =
      'This replaces the Copilot prompt we used before. Claude and Devin reviewed the original prompt ' +
      'in the Cursor channel; Codex was not involved.';
    expect(detectAgent({ prBody: body, commits: [] }).detected).toBe(false);
  });
});

describe('detectAgent: extra signals from the policy', () => {
  const extra = {
    logins: ['acme-agent[bot]'],
    emails: ['bot@acme.dev'],
    trailers: ['Acme Agent <agent@acme.dev>'],
    branchPrefixes: ['acme-bot/'],
    bodyMarkers: ['Made by Acme Agent'],
  };

  it('uses each kind of extra signal', () => {
    const report = detectAgent(
      {
        prAuthor: 'acme-agent[bot]',
        branch: 'acme-bot/fix',
        prBody: 'made by acme agent',
        commits: [
          commit({ authorEmail: 'BOT@acme.dev' }),
          commit({ authorEmail: '1+acme-agent[bot]@users.noreply.github.com' }),
          commit({ message: 'x\n\nCo-authored-by: Agent <agent@acme.dev>' }),
        ],
      },
      extra,
    );
    expect(report.signals).toEqual([
      { kind: 'login', value: 'acme-agent[bot]' },
      { kind: 'branch', value: 'acme-bot/fix' },
      { kind: 'body', value: 'Made by Acme Agent' },
      { kind: 'email', value: 'BOT@acme.dev' },
      { kind: 'email', value: '1+acme-agent[bot]@users.noreply.github.com' },
      { kind: 'trailer', value: 'Agent <agent@acme.dev>' },
    ]);
  });
});

describe('detectAgent: a human change', () => {
  it('finds nothing for a human named Claude Devin', () => {
    const report = detectAgent({
      prAuthor: 'claudedevin',
      branch: 'feature/claude-integration',
      prBody: 'Integrates Claude into the support inbox. Written by hand; Copilot was off.',
      commits: [
        commit({
          authorName: 'Claude Devin',
          authorEmail: 'claude.devin@example.com',
          message: 'Add Claude client\n\nCo-authored-by: Claude Devin <claude.devin@example.com>',
        }),
      ],
    });
    expect(report).toEqual({ detected: false, signals: [] });
  });
});

describe('parseTrailers', () => {
  it('reads the last paragraph with continuation lines', () => {
    expect(parseTrailers('Subject\n\nBody\n\nSigned-off-by: A <a@x>\nNote: one\n  two\n')).toEqual([
      { key: 'Signed-off-by', value: 'A <a@x>' },
      { key: 'Note', value: 'one two' },
    ]);
  });

  it('needs a paragraph after the subject', () => {
    expect(parseTrailers('Co-authored-by: Claude <noreply@anthropic.com>')).toEqual([]);
  });

  it('accepts a mostly-trailer block when git would', () => {
    expect(parseTrailers('S\n\nfree text here\nSigned-off-by: A <a@x>')).toEqual([
      { key: 'Signed-off-by', value: 'A <a@x>' },
    ]);
    expect(parseTrailers('S\n\nfree text\nmore text\nand more\nstill more\nNote: x')).toEqual([]);
  });

  it('handles CRLF', () => {
    expect(parseTrailers('S\r\n\r\nCo-authored-by: C <c@x>\r\n')).toEqual([
      { key: 'Co-authored-by', value: 'C <c@x>' },
    ]);
  });
});
