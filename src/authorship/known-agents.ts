/**
 * A commit trailer that means an agent: the trailer's key (compared without regard to case) and
 * a pattern over the email inside its value, or over the whole value for trailers that are not
 * about a person. Co-authored-by is only ever matched on the email: a display name such as
 * "Claude" or "Devin" is also a person's name.
 */
export interface TrailerPattern {
  key: string;
  email?: RegExp;
  value?: RegExp;
}

export interface KnownAgent {
  name: string;
  /** GitHub logins of the agent's accounts, compared without regard to case. */
  logins: string[];
  /**
   * Commit author or committer emails. A `[bot]` login's noreply address
   * (`<id>+<login>@users.noreply.github.com`) is matched from `logins` without being listed.
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

const coAuthor = (email: RegExp): TrailerPattern => ({ key: 'co-authored-by', email });

export const KNOWN_AGENTS: readonly KnownAgent[] = [
  {
    name: 'GitHub Copilot',
    // The coding agent opens pull requests as "Copilot" (REST) / copilot-swe-agent (GraphQL).
    logins: ['Copilot', 'copilot-swe-agent', 'copilot-swe-agent[bot]'],
    // 198982749 is the coding agent's account; 175728472 is the Copilot user that co-authors
    // suggestions applied from Copilot code review.
    emails: [/^\d+\+copilot@users\.noreply\.github\.com$/i],
    trailers: [coAuthor(/^\d+\+copilot@users\.noreply\.github\.com$/i)],
    branches: [/^copilot\//],
    bodyMarkers: [/<summary>\s*(?:<b>)?\s*Original prompt\s*(?:<\/b>)?\s*<\/summary>/i, /<!-- START COPILOT CODING AGENT/],
  },
  {
    name: 'Claude Code',
    logins: ['claude[bot]'],
    emails: [/^noreply@anthropic\.com$/i],
    trailers: [coAuthor(/^noreply@anthropic\.com$/i)],
    branches: [/^claude\//],
    bodyMarkers: [/Generated with \[Claude Code\]/i, /claude\.ai\/code\/session/i],
  },
  {
    name: 'Cursor',
    logins: ['cursor[bot]', 'cursor-agent[bot]'],
    emails: [/^cursoragent@cursor\.com$/i],
    trailers: [coAuthor(/^cursoragent@cursor\.com$/i)],
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
    trailers: [coAuthor(/^(?:aider|noreply)@aider\.chat$/i)],
    branches: [],
    bodyMarkers: [],
    authorNames: [/\(aider\)$/],
  },
  {
    name: 'OpenHands',
    logins: ['openhands-agent', 'openhands-ai[bot]'],
    emails: [/^openhands@all-hands\.dev$/i],
    trailers: [coAuthor(/^openhands@all-hands\.dev$/i)],
    branches: [/^openhands[-/]/],
    bodyMarkers: [],
  },
  {
    name: 'Amp',
    logins: [],
    emails: [/^amp@ampcode\.com$/i],
    trailers: [coAuthor(/^amp@ampcode\.com$/i), { key: 'amp-thread-id', value: /ampcode\.com\/threads\//i }],
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
