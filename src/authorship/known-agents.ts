/** A commit trailer, other than Co-authored-by, that only an agent writes: its key (any case) and value. */
export interface TrailerPattern {
  key: string;
  value: RegExp;
}

export interface KnownAgent {
  name: string;
  /** GitHub logins of the agent's accounts, compared without regard to case. */
  logins: string[];
  /**
   * Emails of the agent as a commit's author, committer or Co-authored-by. A `[bot]` login's
   * noreply address (`<id>+<login>@users.noreply.github.com`) is matched without being listed.
   * Co-authored-by is only ever matched on its email: a display name such as "Claude" or "Devin"
   * is also a person's name.
   */
  emails: RegExp[];
  trailers: TrailerPattern[];
  /** Head-branch patterns, anchored at the start of the branch name. */
  branches: RegExp[];
  /** Text in a pull request body that only the agent writes: links to its sessions, its footers. */
  bodyMarkers: RegExp[];
  /** Commit author names the agent writes (aider marks its commits by suffixing the author's name). */
  authorNames?: RegExp[];
}

export const KNOWN_AGENTS: readonly KnownAgent[] = [
  {
    name: 'GitHub Copilot',
    // The coding agent opens pull requests as "Copilot" (REST) / copilot-swe-agent (GraphQL).
    logins: ['Copilot', 'copilot-swe-agent', 'copilot-swe-agent[bot]'],
    // 198982749 is the coding agent's account; 175728472 is the Copilot user that co-authors
    // suggestions applied from Copilot code review.
    emails: [/^\d+\+copilot@users\.noreply\.github\.com$/i],
    trailers: [],
    branches: [/^copilot\//],
    bodyMarkers: [
      /<summary>\s*(?:<b>)?\s*Original prompt\s*(?:<\/b>)?\s*<\/summary>/i,
      /<!-- START COPILOT CODING AGENT/,
    ],
  },
  {
    name: 'Claude Code',
    logins: ['claude[bot]'],
    emails: [/^noreply@anthropic\.com$/i],
    trailers: [],
    branches: [/^claude\//],
    bodyMarkers: [/Generated with \[Claude Code\]/i],
  },
  {
    name: 'Cursor',
    logins: ['cursor[bot]'],
    emails: [/^cursoragent@cursor\.com$/i],
    trailers: [],
    branches: [/^cursor\//],
    bodyMarkers: [/cursor\.com\/background-agent\?bcId=/i, /cursor\.com\/agents\?id=/i],
  },
  {
    name: 'Devin',
    logins: ['devin-ai-integration[bot]'],
    emails: [],
    trailers: [],
    // Devin names its branches devin/<unix time>-<slug>; a bare "devin/" is also a person's prefix.
    branches: [/^devin\/\d{10}-/],
    bodyMarkers: [/app\.devin\.ai\/sessions\//i],
  },
  {
    name: 'OpenAI Codex',
    logins: ['chatgpt-codex-connector[bot]'],
    emails: [],
    trailers: [],
    branches: [/^codex\//],
    bodyMarkers: [/chatgpt\.com\/codex\/tasks\//i],
  },
  {
    name: 'Google Jules',
    logins: ['google-labs-jules[bot]'],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: [/jules\.google\.com\/task\//i],
  },
  {
    name: 'Amazon Q Developer',
    logins: ['amazon-q-developer[bot]'],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: [],
  },
  {
    name: 'Gemini Code Assist',
    logins: ['gemini-code-assist[bot]'],
    emails: [],
    trailers: [],
    branches: [],
    bodyMarkers: [],
  },
  {
    name: 'Aider',
    logins: [],
    emails: [/^(?:aider|noreply)@aider\.chat$/i],
    trailers: [],
    branches: [],
    bodyMarkers: [],
    authorNames: [/\(aider\)$/],
  },
  {
    name: 'OpenHands',
    logins: ['openhands-agent'],
    emails: [/^openhands@all-hands\.dev$/i],
    trailers: [],
    // The issue resolver's branches; a bare "openhands-" prefix is also a feature name.
    branches: [/^openhands-fix-(?:issue|pr)-\d+/],
    bodyMarkers: [],
  },
  {
    name: 'Amp',
    logins: [],
    emails: [/^amp@ampcode\.com$/i],
    trailers: [{ key: 'amp-thread-id', value: /ampcode\.com\/threads\//i }],
    branches: [],
    bodyMarkers: [/ampcode\.com\/threads\//i],
  },
  {
    name: 'Replit Agent',
    logins: [],
    emails: [],
    trailers: [{ key: 'replit-commit-author', value: /^agent$/i }],
    branches: [],
    bodyMarkers: [],
  },
  {
    name: 'Sweep',
    logins: ['sweep-ai[bot]'],
    emails: [],
    trailers: [],
    branches: [/^sweep\//],
    bodyMarkers: [],
  },
  {
    name: 'CodeRabbit',
    // Opens pull requests of generated docstrings and unit tests.
    logins: ['coderabbitai[bot]'],
    emails: [],
    trailers: [],
    branches: [/^coderabbitai\//],
    bodyMarkers: [],
  },
];

/** Footers several agents end a body with; reported without an agent name when no specific marker names one. */
export const GENERIC_BODY_MARKERS: readonly RegExp[] = [/🤖 Generated with\b/u];
