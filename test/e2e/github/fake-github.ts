/* eslint-disable @typescript-eslint/no-explicit-any -- GitHub example JSON patched field by field; the OpenAPI validation is what types it */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertValidResponse, exampleResponse } from './openapi.js';
import { answerGraphql, TRUNCATED_AT } from './fake-graphql.js';
import { blobSha, patchesOf, randomSha } from './git-objects.js';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface FakeUser {
  login: string;
  type?: 'User' | 'Bot';
}

export interface FakeCommit {
  sha?: string;
  message: string;
  authorName?: string;
  authorEmail?: string;
  /** The GitHub account GitHub matched to the author. */
  authorLogin?: string;
}

export interface FakeReview {
  login: string;
  type?: 'User' | 'Bot';
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED';
  /** Defaults to the current head. */
  commitId?: string;
}

export interface FakePullSpec {
  number: number;
  author: FakeUser;
  body?: string;
  headRef?: string;
  base: Record<string, string>;
  /** Head changes: new content, or null to delete. */
  changes: Record<string, string | null>;
  commits?: FakeCommit[];
  reviews?: FakeReview[];
  /** A fork's full name when the head lives in one. */
  headRepository?: string;
  requestedReviewers?: string[];
  /** What GitHub reports as changed_files, when a test needs more than it lists. */
  changedFilesOverride?: number;
  /** Files whose patch GitHub leaves out (large diffs). */
  omitPatch?: string[];
  /** The base branch; `main` unless said. */
  baseRef?: string;
  /** The head commit, to give two pull requests the same head. */
  headSha?: string;
  /** Who pushed the head (recorded in the branch activity); the author unless said, null for no record. */
  pusher?: string | null;
}

export interface FakePull extends Required<
  Omit<FakePullSpec, 'headRepository' | 'changedFilesOverride' | 'headSha' | 'pusher'>
> {
  headRepository?: string;
  changedFilesOverride?: number;
  baseSha: string;
  headSha: string;
  head: Record<string, string>;
  reviewIds: number[];
  requestedTeams: string[];
}

export interface ReceivedRequest {
  method: string;
  path: string;
  /** The OpenAPI path template it matched. */
  template: string;
  body: unknown;
  auth: string | undefined;
}

type Params = Record<string, string>;
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (params: Params, query: URLSearchParams, body: unknown, auth: string | undefined) => Reply;

/**
 * A GitHub REST API for one repository, on 127.0.0.1, serving what the action calls. Every reply
 * is validated against GitHub's OpenAPI description before it is sent.
 */
export class FakeGitHub {
  readonly owner = 'acme';
  readonly repo = 'shop';
  readonly pulls = new Map<number, FakePull>();
  readonly permissions: Record<string, Permission> = {};
  /** Team slug -> members, or an HTTP status the members endpoint answers with. */
  readonly teams: Record<string, string[] | number> = {};
  readonly comments: { id: number; issue: number; login: string; body: string }[] = [];
  readonly statuses: { sha: string; state: string; context: string; description: string }[] = [];
  readonly checkRuns: { id: number; head_sha: string; conclusion: string; annotations: unknown[] }[] = [];
  readonly reviewRequests: { number: number; reviewers: string[]; team_reviewers: string[] }[] = [];
  readonly requests: ReceivedRequest[] = [];
  /** Status codes to answer instead, by `METHOD template`; a test's way to make GitHub fail. */
  readonly failures = new Map<string, number>();
  /** Called (and awaited) before each request is served: a test moves the head here, or runs another run. */
  beforeServe: ((request: ReceivedRequest) => void | Promise<void>) | undefined;
  /** Branch activity (GET /repos/{owner}/{repo}/activity), newest last. */
  readonly activity: { ref: string; before: string; after: string; actor: string; type: 'push' | 'force_push' }[] = [];
  /** Timeline events per pull request, such as `head_ref_force_pushed`. */
  readonly timeline: Record<number, { event: string; actor: string; commitId: string }[]> = {};
  /** Active rules per branch (GET /repos/{owner}/{repo}/rules/branches/{branch}). */
  readonly branchRules: Record<string, Record<string, unknown>[]> = {};
  /** Public profile emails by login. */
  readonly userEmails: Record<string, string> = {};
  /** Commits in the repository's history: who GitHub linked each to and the email it was written with. */
  readonly history: { login: string | null; email: string }[] = [];
  defaultBranch = 'main';
  /** The identity a token comments as. */
  tokenLogins: Record<string, string> = {};
  /** Responses that failed validation: the test fails on them. */
  readonly invalid: string[] = [];
  /** Bytes past which GraphQL cuts a blob's text (GitHub: 512,000); a test lowers it. */
  graphqlTruncateAt = TRUNCATED_AT;
  /** Blob ids GraphQL refuses with an error (a test's way to make one object fail in a batch). */
  readonly graphqlRefuses = new Set<string>();
  /** Whether GraphQL refuses the whole repository to the token. */
  graphqlForbidden = false;
  /** Whether the git trees API says it cut its listing short (a huge repository). */
  treeTruncated = false;

  private server: Server | undefined;
  private nextId = 1000;
  private readonly routes: { method: string; template: string; pattern: RegExp; keys: string[]; handler: Handler }[] =
    [];
  private readonly blobs = new Map<string, string>();
  private mergeGroups = new Map<string, { base: string; messages: string[] }>();

  constructor() {
    this.defineRoutes();
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('the fake is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addPull(spec: FakePullSpec): FakePull {
    const baseSha = randomSha();
    const head: Record<string, string> = { ...spec.base };
    for (const [path, content] of Object.entries(spec.changes)) {
      if (content === null) delete head[path];
      else head[path] = content;
    }
    for (const content of [...Object.values(spec.base), ...Object.values(head)])
      this.blobs.set(blobSha(content), content);
    const { headSha, pusher, ...rest } = spec;
    const pull: FakePull = {
      body: '',
      baseRef: 'main',
      headRef: `feature-${spec.number}`,
      commits: [
        {
          message: 'Change things',
          authorName: spec.author.login,
          authorEmail: `${spec.author.login}@example.com`,
          authorLogin: spec.author.login,
        },
      ],
      reviews: [],
      requestedReviewers: [],
      omitPatch: [],
      ...rest,
      baseSha,
      headSha: headSha ?? randomSha(),
      head,
      reviewIds: [],
      requestedTeams: [],
    };
    pull.commits = pull.commits.map((c) => ({ ...c, sha: c.sha ?? randomSha() }));
    this.pulls.set(spec.number, pull);
    const by = pusher === undefined ? spec.author.login : pusher;
    if (by !== null) this.recordPush(pull, by, 'push', randomSha());
    return pull;
  }

  /** A push recorded in the head branch's activity. */
  recordPush(pull: FakePull, actor: string, type: 'push' | 'force_push', before: string): void {
    this.activity.push({ ref: `refs/heads/${pull.headRef}`, before, after: pull.headSha, actor, type });
  }

  /**
   * A new push: the head moves and every approval given so far is on an older commit. The push is
   * recorded in the branch activity as the author's unless `by` names someone else (null: no record).
   */
  push(number: number, changes: Record<string, string | null> = {}, by?: string | null): string {
    const pull = this.pulls.get(number)!;
    const before = pull.headSha;
    for (const [path, content] of Object.entries(changes)) {
      pull.changes[path] = content;
      if (content === null) delete pull.head[path];
      else {
        pull.head[path] = content;
        this.blobs.set(blobSha(content), content);
      }
    }
    pull.headSha = randomSha();
    const pusher = by === undefined ? pull.author.login : by;
    if (pusher !== null) this.recordPush(pull, pusher, 'push', before);
    return pull.headSha;
  }

  review(number: number, review: FakeReview): void {
    const pull = this.pulls.get(number)!;
    pull.reviews.push({ ...review, commitId: review.commitId ?? pull.headSha });
  }

  addMergeGroup(headSha: string, baseSha: string, messages: string[]): void {
    this.mergeGroups.set(headSha, { base: baseSha, messages });
  }

  requestsTo(method: string, template: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.method === method && r.template === template);
  }

  /** Requests that change something: any but GETs and GraphQL queries (a mutation is a write). */
  writes(): ReceivedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.template === '/graphql' && isQuery(r.body)));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const method = req.method ?? 'GET';
    const auth = req.headers.authorization;
    if (method === 'POST' && url.pathname === '/graphql') return this.serveGraphql(res, body, auth);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      this.requests.push({ method, path: url.pathname, template: '?', body, auth });
      this.invalid.push(`unexpected request ${method} ${url.pathname}`);
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const match = route.pattern.exec(url.pathname)!;
    const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1]!)]));
    const received = { method, path: url.pathname + url.search, template: route.template, body, auth };
    this.requests.push(received);
    await this.beforeServe?.(received);
    const failure = this.failures.get(`${method} ${route.template}`);
    let reply: Reply;
    if (failure !== undefined) {
      reply = {
        status: failure,
        body: { message: `fake failure ${failure}`, documentation_url: 'https://docs.github.com/rest' },
      };
    } else {
      try {
        reply = route.handler(params, url.searchParams, body, auth);
      } catch (error) {
        reply = { status: 500, body: { message: (error as Error).message } };
        this.invalid.push(`${method} ${url.pathname}: ${(error as Error).message}`);
      }
    }
    if (reply.status < 300) {
      try {
        assertValidResponse(route.template, method, reply.status, reply.body);
      } catch (error) {
        this.invalid.push((error as Error).message);
      }
    }
    send(res, reply.status, reply.body, reply.headers);
  }

  /** GraphQL, answered from the same repository state by the schema GitHub documents. */
  private async serveGraphql(res: ServerResponse, body: unknown, auth: string | undefined): Promise<void> {
    const received = { method: 'POST', path: '/graphql', template: '/graphql', body, auth };
    this.requests.push(received);
    await this.beforeServe?.(received);
    const failure = this.failures.get('POST /graphql');
    if (failure !== undefined) return send(res, failure, { message: `fake failure ${failure}` });
    if (this.graphqlForbidden) {
      // What GitHub answers a token that may not read the repository: 200, no repository, an error.
      const error = { type: 'FORBIDDEN', path: ['repository'], message: 'Resource not accessible by integration' };
      return send(res, 200, { data: { repository: null }, errors: [error] });
    }
    const trees = new Map<string, Record<string, string>>();
    for (const pull of this.pulls.values()) trees.set(pull.baseSha, pull.base).set(pull.headSha, pull.head);
    const reply = await answerGraphql(
      {
        owner: this.owner,
        repo: this.repo,
        treeAt: (sha) => trees.get(sha),
        blob: (oid) => this.blobs.get(oid),
        truncateAt: this.graphqlTruncateAt,
        refuses: this.graphqlRefuses,
      },
      body,
    );
    const errors = (reply.body as { errors?: { message: string; type?: string }[] }).errors ?? [];
    for (const e of errors) if (e.type !== 'FORBIDDEN') this.invalid.push(`GraphQL: ${e.message}`);
    send(res, reply.status, reply.body);
  }

  private route(method: string, template: string, handler: Handler): void {
    const keys: string[] = [];
    const source = template.replace(/\{([^}]+)\}/g, (_, key: string) => {
      keys.push(key);
      // A contents path spans slashes; every other parameter is one segment.
      return key === 'path' ? '(.+)' : '([^/]+)';
    });
    this.routes.push({ method, template, pattern: new RegExp(`^${source}$`), keys, handler });
  }

  private pull(params: Params): FakePull {
    const pull = this.pulls.get(Number(params['pull_number'] ?? params['issue_number']));
    if (!pull) throw new Error(`no pull request ${params['pull_number'] ?? params['issue_number']}`);
    return pull;
  }

  private user(login: string, type: 'User' | 'Bot' = login.endsWith('[bot]') ? 'Bot' : 'User') {
    const user = exampleResponse('/users/{username}', 'get') as Record<string, unknown>;
    const simple = exampleResponse('/orgs/{org}/teams/{team_slug}/members', 'get') as Record<string, unknown>[];
    void user;
    return { ...simple[0]!, login, type, id: this.idOf(login) };
  }

  private idOf(login: string): number {
    let h = 7;
    for (const c of login) h = (h * 31 + c.charCodeAt(0)) % 1_000_000;
    return h + 1;
  }

  private pullObject(pull: FakePull) {
    const pr = exampleResponse('/repos/{owner}/{repo}/pulls/{pull_number}', 'get') as Record<string, any>;
    const fullName = `${this.owner}/${this.repo}`;
    pr['number'] = pull.number;
    pr['state'] = 'open';
    pr['user'] = this.user(pull.author.login, pull.author.type);
    pr['body'] = pull.body;
    pr['html_url'] = `https://github.com/${fullName}/pull/${pull.number}`;
    pr['head'] = { ...pr['head'], ref: pull.headRef, sha: pull.headSha, user: this.user(pull.author.login) };
    pr['head'].repo = {
      ...pr['head'].repo,
      full_name: pull.headRepository ?? fullName,
      name: (pull.headRepository ?? fullName).split('/')[1],
    };
    pr['base'] = { ...pr['base'], ref: pull.baseRef, sha: pull.baseSha };
    pr['base'].repo = { ...pr['base'].repo, full_name: fullName, name: this.repo };
    pr['changed_files'] = pull.changedFilesOverride ?? this.changedPaths(pull).length;
    pr['commits'] = pull.commits.length;
    pr['requested_reviewers'] = pull.requestedReviewers.map((login) => this.user(login));
    pr['requested_teams'] = [];
    return pr;
  }

  private readonly patches = new Map<string, string>();

  private patchKey(before: string | undefined, after: string | undefined): string {
    return `${before === undefined ? '-' : blobSha(before)}:${after === undefined ? '-' : blobSha(after)}`;
  }

  /** A pull request's patches, made by one git process for all the files not made yet. */
  private preparePatches(pull: FakePull): void {
    const missing = this.changedPaths(pull)
      .map((path) => ({ base: pull.base[path], head: pull.head[path] }))
      .filter((pair) => !this.patches.has(this.patchKey(pair.base, pair.head)));
    if (missing.length === 0) return;
    patchesOf(missing).forEach((patch, i) =>
      this.patches.set(this.patchKey(missing[i]!.base, missing[i]!.head), patch),
    );
  }

  private changedPaths(pull: FakePull): string[] {
    const paths = new Set([...Object.keys(pull.base), ...Object.keys(pull.head)]);
    return [...paths].filter((p) => pull.base[p] !== pull.head[p]).sort();
  }

  private page<T>(items: T[], query: URLSearchParams, path: string): Reply {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30));
    const page = Number(query.get('page') ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URLSearchParams(query);
      next.set('page', String(page + 1));
      headers['link'] = `<${this.url}${path}?${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  }

  private defineRoutes(): void {
    const repoPath = '/repos/{owner}/{repo}';
    this.route('GET', `${repoPath}/pulls/{pull_number}`, (p) => ({ status: 200, body: this.pullObject(this.pull(p)) }));

    this.route('GET', `${repoPath}/pulls`, (_p, q) => {
      const head = q.get('head');
      const base = q.get('base');
      const list = [...this.pulls.values()].filter(
        (pull) => (!head || `${this.owner}:${pull.headRef}` === head) && (!base || pull.baseRef === base),
      );
      const pr = exampleResponse(`${repoPath}/pulls`, 'get') as Record<string, any>[];
      return {
        status: 200,
        body: list.map((pull) => {
          const full = this.pullObject(pull);
          return {
            ...pr[0],
            number: full['number'],
            head: full['head'],
            base: full['base'],
            user: full['user'],
            requested_teams: [],
          };
        }),
      };
    });

    this.route('GET', `${repoPath}/compare/{basehead}`, (p, q) => {
      const [base, head] = p['basehead']!.split('...') as [string, string];
      const compare = exampleResponse(`${repoPath}/compare/{basehead}`, 'get') as Record<string, any>;
      const group = this.mergeGroups.get(head);
      compare['merge_base_commit'] = { ...compare['merge_base_commit'], sha: base };
      const template = compare['commits'][0];
      const messages = group ? group.messages : [];
      compare['commits'] = messages.map((message) => ({
        ...template,
        sha: randomSha(),
        commit: { ...template.commit, message },
      }));
      compare['files'] = [];
      void q;
      return { status: 200, body: compare };
    });

    this.route('GET', `${repoPath}/pulls/{pull_number}/files`, (p, q, _b) => {
      const pull = this.pull(p);
      const example = (
        exampleResponse(`${repoPath}/pulls/{pull_number}/files`, 'get') as Record<string, unknown>[]
      )[0]!;
      this.preparePatches(pull);
      const files = this.changedPaths(pull).map((path) => {
        const before = pull.base[path];
        const after = pull.head[path];
        const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
        const patch = this.patches.get(this.patchKey(before, after))!;
        const lines = patch.split('\n');
        const additions = lines.filter((l) => l.startsWith('+')).length;
        const deletions = lines.filter((l) => l.startsWith('-')).length;
        const entry: Record<string, unknown> = {
          ...example,
          sha: blobSha(after ?? before ?? ''),
          filename: path,
          status,
          additions,
          deletions,
          changes: additions + deletions,
        };
        if (pull.omitPatch.includes(path)) delete entry['patch'];
        else entry['patch'] = patch;
        return entry;
      });
      return this.page(files, q, `/repos/${this.owner}/${this.repo}/pulls/${pull.number}/files`);
    });

    this.route('GET', `${repoPath}/git/trees/{tree_sha}`, (p, q) => {
      const sha = p['tree_sha']!;
      const pull = [...this.pulls.values()].find((pr) => pr.baseSha === sha || pr.headSha === sha);
      if (!pull)
        return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      const files = pull.baseSha === sha ? pull.base : pull.head;
      const recursive = q.get('recursive') !== null;
      const entries = new Map<string, Record<string, unknown>>();
      for (const [path, content] of Object.entries(files)) {
        const parts = path.split('/');
        if (!recursive && parts.length > 1) {
          entries.set(parts[0]!, { path: parts[0], mode: '040000', type: 'tree', sha: blobSha(parts[0]!) });
          continue;
        }
        for (let i = 1; i < parts.length; i++) {
          const dir = parts.slice(0, i).join('/');
          entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha: blobSha(dir) });
        }
        const size = Buffer.byteLength(content, 'utf8');
        entries.set(path, { path, mode: '100644', type: 'blob', sha: blobSha(content), size });
      }
      const tree = [...entries.values()].sort((a, b) => String(a['path']).localeCompare(String(b['path'])));
      const url = `https://api.github.com/repos/${this.owner}/${this.repo}/git/trees/${sha}`;
      return { status: 200, body: { sha, url, tree, truncated: this.treeTruncated } };
    });

    this.route('GET', `${repoPath}/commits/{ref}/status`, (p) => {
      const example = exampleResponse(`${repoPath}/commits/{ref}/status`, 'get') as Record<string, any>;
      const latest = new Map<string, (typeof this.statuses)[number]>();
      for (const s of this.statuses) if (s.sha === p['ref']) latest.set(s.context, s);
      const template = example['statuses'][0];
      const statuses = [...latest.values()].map((s, i) => ({
        ...template,
        id: 3000 + i,
        state: s.state,
        context: s.context,
        description: s.description,
      }));
      const failing = statuses.some((s) => s.state !== 'success');
      return {
        status: 200,
        body: {
          ...example,
          sha: p['ref'],
          state: statuses.length === 0 ? 'pending' : failing ? 'failure' : 'success',
          statuses,
          total_count: statuses.length,
        },
      };
    });

    this.route('GET', `${repoPath}/git/blobs/{file_sha}`, (p) => {
      const content = this.blobs.get(p['file_sha']!);
      if (content === undefined) return { status: 404, body: { message: 'Not Found' } };
      const blob = exampleResponse(`${repoPath}/git/blobs/{file_sha}`, 'get') as Record<string, unknown>;
      const bytes = Buffer.from(content, 'utf8');
      return {
        status: 200,
        body: {
          ...blob,
          sha: p['file_sha'],
          size: bytes.length,
          content: bytes.toString('base64'),
          encoding: 'base64',
        },
      };
    });

    this.route('GET', `${repoPath}/contents/{path}`, (p, q) => {
      const ref = q.get('ref') ?? '';
      const tree = [...this.pulls.values()]
        .map((pull) => (ref === pull.baseSha ? pull.base : ref === pull.headSha ? pull.head : undefined))
        .find(Boolean);
      const content = tree?.[p['path']!];
      if (content === undefined)
        return {
          status: 404,
          body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
        };
      const file = exampleResponse(`${repoPath}/contents/{path}`, 'get') as Record<string, unknown>;
      const bytes = Buffer.from(content, 'utf8');
      return {
        status: 200,
        body: {
          ...file,
          type: 'file',
          path: p['path'],
          name: p['path']!.split('/').pop(),
          sha: blobSha(content),
          size: bytes.length,
          content: bytes.toString('base64'),
          encoding: 'base64',
        },
      };
    });

    this.route('GET', `${repoPath}/pulls/{pull_number}/commits`, (p, q) => {
      const pull = this.pull(p);
      const example = (exampleResponse(`${repoPath}/pulls/{pull_number}/commits`, 'get') as Record<string, any>[])[0]!;
      const commits = pull.commits.map((c) => ({
        ...example,
        sha: c.sha,
        commit: {
          ...example['commit'],
          message: c.message,
          author: {
            ...example['commit'].author,
            name: c.authorName ?? 'Someone',
            email: c.authorEmail ?? 'someone@example.com',
          },
          committer: {
            ...example['commit'].committer,
            name: c.authorName ?? 'Someone',
            email: c.authorEmail ?? 'someone@example.com',
          },
        },
        author: c.authorLogin ? this.user(c.authorLogin) : null,
        committer: c.authorLogin ? this.user(c.authorLogin) : null,
      }));
      return this.page(commits, q, `/repos/${this.owner}/${this.repo}/pulls/${pull.number}/commits`);
    });

    this.route('GET', `${repoPath}/pulls/{pull_number}/reviews`, (p, q) => {
      const pull = this.pull(p);
      const example = (
        exampleResponse(`${repoPath}/pulls/{pull_number}/reviews`, 'get') as Record<string, unknown>[]
      )[0]!;
      const reviews = pull.reviews.map((r, i) => ({
        ...example,
        id: 500 + i,
        user: this.user(r.login, r.type),
        state: r.state,
        commit_id: r.commitId ?? pull.headSha,
        submitted_at: new Date(Date.UTC(2026, 10, 21, 12, i)).toISOString(),
        body: '',
      }));
      return this.page(reviews, q, `/repos/${this.owner}/${this.repo}/pulls/${pull.number}/reviews`);
    });

    this.route('GET', `${repoPath}/collaborators/{username}/permission`, (p) => {
      const login = p['username']!;
      const permission = this.permissions[login.toLowerCase()] ?? 'none';
      const example = exampleResponse(`${repoPath}/collaborators/{username}/permission`, 'get') as Record<
        string,
        unknown
      >;
      const folded = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
      return {
        status: 200,
        body: {
          ...example,
          permission: folded,
          role_name: permission,
          user: { ...(example['user'] as object), login, id: this.idOf(login), role_name: permission },
        },
      };
    });

    this.route('GET', '/orgs/{org}/teams/{team_slug}/members', (p, q) => {
      const team = this.teams[`${p['org']}/${p['team_slug']}`.toLowerCase()];
      if (team === undefined) return { status: 404, body: { message: 'Not Found' } };
      if (typeof team === 'number')
        return { status: team, body: { message: 'Resource not accessible by integration' } };
      return this.page(
        team.map((login) => this.user(login)),
        q,
        `/orgs/${p['org']}/teams/${p['team_slug']}/members`,
      );
    });

    this.route('POST', `${repoPath}/statuses/{sha}`, (p, _q, body) => {
      const b = body as { state: string; context: string; description: string };
      this.statuses.push({ sha: p['sha']!, state: b.state, context: b.context, description: b.description });
      const example = exampleResponse(`${repoPath}/statuses/{sha}`, 'post', 201) as Record<string, unknown>;
      return { status: 201, body: { ...example, state: b.state, context: b.context, description: b.description } };
    });

    this.route('POST', `${repoPath}/check-runs`, (_p, _q, body) => {
      const b = body as { head_sha: string; conclusion: string; output?: { annotations?: unknown[] } };
      const id = this.nextId++;
      this.checkRuns.push({
        id,
        head_sha: b.head_sha,
        conclusion: b.conclusion,
        annotations: [...(b.output?.annotations ?? [])],
      });
      const example = exampleResponse(`${repoPath}/check-runs`, 'post', 201) as Record<string, unknown>;
      return { status: 201, body: { ...example, id, head_sha: b.head_sha, conclusion: b.conclusion } };
    });

    this.route('PATCH', `${repoPath}/check-runs/{check_run_id}`, (p, _q, body) => {
      const run = this.checkRuns.find((r) => r.id === Number(p['check_run_id']));
      if (!run) return { status: 404, body: { message: 'Not Found' } };
      run.annotations.push(...((body as { output?: { annotations?: unknown[] } }).output?.annotations ?? []));
      const example = exampleResponse(`${repoPath}/check-runs/{check_run_id}`, 'patch') as Record<string, unknown>;
      return { status: 200, body: { ...example, id: run.id, head_sha: run.head_sha } };
    });

    const commentBody = (c: { id: number; login: string; body: string }) => {
      const example = (
        exampleResponse(`${repoPath}/issues/{issue_number}/comments`, 'get') as Record<string, unknown>[]
      )[0]!;
      return { ...example, id: c.id, body: c.body, user: this.user(c.login) };
    };
    this.route('GET', `${repoPath}/issues/{issue_number}/comments`, (p, q) => {
      const list = this.comments.filter((c) => c.issue === Number(p['issue_number'])).map(commentBody);
      return this.page(list, q, `/repos/${this.owner}/${this.repo}/issues/${p['issue_number']}/comments`);
    });
    this.route('POST', `${repoPath}/issues/{issue_number}/comments`, (p, _q, body, auth) => {
      const comment = {
        id: this.nextId++,
        issue: Number(p['issue_number']),
        login: this.loginOf(auth),
        body: (body as { body: string }).body,
      };
      this.comments.push(comment);
      return { status: 201, body: commentBody(comment) };
    });
    this.route('PATCH', `${repoPath}/issues/comments/{comment_id}`, (p, _q, body) => {
      const comment = this.comments.find((c) => c.id === Number(p['comment_id']));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = (body as { body: string }).body;
      return { status: 200, body: commentBody(comment) };
    });

    this.route('POST', `${repoPath}/pulls/{pull_number}/requested_reviewers`, (p, _q, body) => {
      const pull = this.pull(p);
      const b = body as { reviewers?: string[]; team_reviewers?: string[] };
      this.reviewRequests.push({
        number: pull.number,
        reviewers: b.reviewers ?? [],
        team_reviewers: b.team_reviewers ?? [],
      });
      pull.requestedReviewers.push(...(b.reviewers ?? []));
      const example = exampleResponse(`${repoPath}/pulls/{pull_number}/requested_reviewers`, 'post', 201) as Record<
        string,
        unknown
      >;
      return { status: 201, body: { ...example, number: pull.number, requested_teams: [] } };
    });

    this.route('GET', repoPath, () => {
      const example = exampleResponse(repoPath, 'get') as Record<string, unknown>;
      // The example is a fork; this repository is not.
      delete example['source'];
      delete example['parent'];
      delete example['template_repository'];
      return {
        status: 200,
        body: {
          ...example,
          language: null,
          name: this.repo,
          full_name: `${this.owner}/${this.repo}`,
          default_branch: this.defaultBranch,
        },
      };
    });

    this.route('GET', `${repoPath}/activity`, (_p, q) => {
      const ref = q.get('ref');
      const full = ref && !ref.startsWith('refs/') ? `refs/heads/${ref}` : ref;
      const example = (exampleResponse(`${repoPath}/activity`, 'get') as Record<string, unknown>[])[0]!;
      const items = this.activity
        .map((a, i) => ({
          ...example,
          id: 9000 + i,
          before: a.before,
          after: a.after,
          ref: a.ref,
          activity_type: a.type,
          timestamp: new Date(Date.UTC(2026, 10, 21, 11, i)).toISOString(),
          actor: this.user(a.actor),
        }))
        .filter((a) => !full || a.ref === full)
        .reverse();
      return { status: 200, body: items.slice(0, Math.min(100, Number(q.get('per_page') ?? 30))) };
    });

    this.route('GET', `${repoPath}/issues/{issue_number}/timeline`, (p, q) => {
      const events = (this.timeline[Number(p['issue_number'])] ?? []).map((e, i) => ({
        id: 7000 + i,
        node_id: `TE_${i}`,
        url: `https://api.github.com/repos/${this.owner}/${this.repo}/issues/events/${7000 + i}`,
        actor: this.user(e.actor),
        event: e.event,
        commit_id: e.commitId,
        commit_url: `https://api.github.com/repos/${this.owner}/${this.repo}/commits/${e.commitId}`,
        created_at: new Date(Date.UTC(2026, 10, 21, 11, i)).toISOString(),
        performed_via_github_app: null,
      }));
      return this.page(events, q, `/repos/${this.owner}/${this.repo}/issues/${p['issue_number']}/timeline`);
    });

    this.route('GET', `${repoPath}/rules/branches/{branch}`, (p, q) => {
      const rules = (this.branchRules[p['branch']!] ?? []).map((rule, i) => ({
        ruleset_source_type: 'Repository',
        ruleset_source: `${this.owner}/${this.repo}`,
        ruleset_id: 40 + i,
        ...rule,
      }));
      return this.page(rules, q, `/repos/${this.owner}/${this.repo}/rules/branches/${p['branch']}`);
    });

    this.route('GET', '/users/{username}', (p) => {
      const login = p['username']!;
      const example = exampleResponse('/users/{username}', 'get') as Record<string, unknown>;
      return {
        status: 200,
        body: { ...example, login, id: this.idOf(login), email: this.userEmails[login.toLowerCase()] ?? null },
      };
    });

    this.route('GET', `${repoPath}/commits`, (_p, q) => {
      const author = (q.get('author') ?? '').toLowerCase();
      const example = (exampleResponse(`${repoPath}/commits`, 'get') as Record<string, any>[])[0]!;
      const commits = this.history
        .filter((c) => !author || c.email.toLowerCase() === author || c.login?.toLowerCase() === author)
        .map((c) => ({
          ...example,
          sha: randomSha(),
          commit: {
            ...example['commit'],
            author: { ...example['commit'].author, email: c.email },
            committer: { ...example['commit'].committer, email: c.email },
          },
          author: c.login ? this.user(c.login) : null,
          committer: c.login ? this.user(c.login) : null,
        }));
      return this.page(commits, q, `/repos/${this.owner}/${this.repo}/commits`);
    });

    this.route('GET', '/user', (_p, _q, _b, auth) => {
      const example = exampleResponse('/user', 'get') as Record<string, unknown>;
      return { status: 200, body: { ...example, login: this.loginOf(auth) } };
    });
  }

  private loginOf(auth: string | undefined): string {
    const token = (auth ?? '').replace(/^(token|bearer)\s+/i, '');
    return this.tokenLogins[token] ?? 'github-actions[bot]';
  }
}

function isQuery(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*query\b/.test(query);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
