import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { decodeFileText, MAX_TEXT_BYTES, type DecodedText } from '../parsers/text/decode.js';
import { statusOf, type GitHub } from './client.js';
import { readBlob, readFileAt } from './contents.js';
import type { RepoRef } from './repo.js';

/** A version of a file: by blob id (a listing gave it), or by commit and path. `size` when a listing said. */
export type BlobRef = { oid: string; size?: number } | { commit: string; path: string; size?: number };

/** The key a ref's result is found under. */
export const refKey = (ref: BlobRef): string => ('oid' in ref ? ref.oid : `${ref.commit}:${ref.path}`);

/** Objects per GraphQL query: GitHub answers 100 aliases well within its node and time limits. */
const BATCH_OBJECTS = 100;
/** Known bytes per query, so an answer stays a few MB (GitHub cuts each blob's text at 512,000 bytes). */
const BATCH_BYTES = 8 * 1024 * 1024;
/** GraphQL queries in flight: few, GitHub's secondary limits punish concurrency. */
const BATCH_CONCURRENCY = 2;
/**
 * Blobs re-read one by one through REST (GraphQL cut them short, called them binary, or refused
 * them): past this many per run, a cut blob is unreadable and a binary one stays binary, so a
 * pull request of many large or binary files cannot spend the repository's request budget.
 */
export const MAX_SINGLE_READS = 50;

const FRAGMENT = 'fragment F on GitObject { __typename oid ... on Blob { byteSize isBinary isTruncated text } }';

interface GraphBlob {
  __typename: string;
  oid: string;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  text?: string | null;
}

interface GraphError {
  type?: string;
  message: string;
  path?: (string | number)[];
}

/** Counts of what the reader asked GitHub, for the notes and the tests. */
export interface ReadCounts {
  queries: number;
  singleReads: number;
  /** Blobs left as GraphQL described them because the single-read budget was spent. */
  unreread: number;
}

/**
 * Reads file versions in batches: one GraphQL query reads about 100 of them. A blob GraphQL cuts
 * short (over 512,000 bytes), marks binary (its test differs from ours: UTF-16 text is "binary"
 * to it) or whose text does not hash to its id is re-read through the REST blob API. Undefined in
 * the answer: the version does not exist. API errors are thrown for the caller to fail closed on.
 */
export class BlobReader {
  readonly counts: ReadCounts = { queries: 0, singleReads: 0, unreread: 0 };

  constructor(
    private readonly api: GitHub,
    private readonly repo: RepoRef,
  ) {}

  async read(refs: readonly BlobRef[]): Promise<Map<string, DecodedText | undefined>> {
    const unique = new Map<string, BlobRef>();
    for (const ref of refs) if (!unique.has(refKey(ref))) unique.set(refKey(ref), ref);
    const results = new Map<string, DecodedText | undefined>();
    const batches = packBatches([...unique.values()]);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) await this.readBatch(batches[next++]!, results);
    };
    await Promise.all(Array.from({ length: Math.min(BATCH_CONCURRENCY, batches.length) }, worker));
    return results;
  }

  private async readBatch(batch: BlobRef[], results: Map<string, DecodedText | undefined>): Promise<void> {
    let answer: { objects: (GraphBlob | null)[]; refused: Set<number> };
    try {
      answer = await this.query(batch);
    } catch (error) {
      // Too big or too slow for one query: halve it. A single object GraphQL cannot serve goes through REST.
      if (!isTooMuch(error)) throw error;
      if (batch.length === 1) {
        results.set(refKey(batch[0]!), await this.single(batch[0]!, 'refused'));
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.readBatch(batch.slice(0, half), results);
      await this.readBatch(batch.slice(half), results);
      return;
    }
    for (const [i, ref] of batch.entries()) {
      const object = answer.objects[i] ?? null;
      results.set(
        refKey(ref),
        answer.refused.has(i) ? await this.single(ref, 'refused') : await this.decode(ref, object),
      );
    }
  }

  private async query(batch: BlobRef[]): Promise<{ objects: (GraphBlob | null)[]; refused: Set<number> }> {
    // Paths come from the pull request: they travel as variables, never inside the query text.
    const variables: Record<string, string> = { owner: this.repo.owner, name: this.repo.repo };
    const declarations = ['$owner: String!', '$name: String!'];
    const fields = batch.map((ref, i) => {
      if ('oid' in ref) {
        variables[`v${i}`] = ref.oid;
        declarations.push(`$v${i}: GitObjectID!`);
        return `f${i}: object(oid: $v${i}) { ...F }`;
      }
      variables[`v${i}`] = `${ref.commit}:${ref.path}`;
      declarations.push(`$v${i}: String!`);
      return `f${i}: object(expression: $v${i}) { ...F }`;
    });
    const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } } ${FRAGMENT}`;
    this.counts.queries++;
    let data: { repository?: Record<string, GraphBlob | null> | null } | undefined;
    const refused = new Set<number>();
    try {
      data = await this.api.graphql(query, variables);
    } catch (error) {
      const partial = error as { name?: string; data?: typeof data; errors?: GraphError[] };
      if (partial.name !== 'GraphqlResponseError') throw error;
      if (!partial.data?.repository) throw graphqlFailure(error);
      // Some objects failed: a missing one is absent, any other is re-read on its own.
      const errors = partial.errors ?? [];
      if (errors.some((e) => e.path === undefined || e.path.length < 2)) throw graphqlFailure(error);
      data = partial.data;
      for (const e of errors) {
        const index = Number(String(e.path![1]).slice(1));
        if (e.type !== 'NOT_FOUND') refused.add(index);
      }
    }
    if (!data?.repository) throw new Error('GitHub answered the file query without the repository');
    const repository = data.repository;
    return { objects: batch.map((_, i) => repository[`f${i}`] ?? null), refused };
  }

  private async decode(ref: BlobRef, object: GraphBlob | null): Promise<DecodedText | undefined> {
    if (object === null) return undefined;
    if (object.__typename !== 'Blob') return { unreadable: `is a ${object.__typename.toLowerCase()}, not a file` };
    const size = object.byteSize ?? 0;
    if (size > MAX_TEXT_BYTES) return { unreadable: tooLarge(size) };
    if (object.isTruncated) return this.single(ref, 'truncated', object.oid);
    if (object.isBinary || typeof object.text !== 'string') return this.single(ref, 'binary', object.oid);
    const bytes = Buffer.from(object.text, 'utf8');
    // GitHub re-encodes text it decodes; only bytes that hash to the blob's id are the file.
    if (bytes.length !== size || gitBlobId(bytes) !== object.oid) return this.single(ref, 'refused', object.oid);
    return decodeFileText(bytes);
  }

  /** One blob through REST, within the run's budget for them. */
  private async single(
    ref: BlobRef,
    why: 'truncated' | 'binary' | 'refused',
    oid?: string,
  ): Promise<DecodedText | undefined> {
    if (this.counts.singleReads >= MAX_SINGLE_READS) {
      this.counts.unreread++;
      if (why === 'binary') return { binary: true };
      return {
        unreadable: `${why === 'truncated' ? 'is over 512,000 bytes' : 'could not be read in a batch'}, and this pull request already used the ${MAX_SINGLE_READS} single reads two-key allows itself per run`,
      };
    }
    this.counts.singleReads++;
    const id = oid ?? ('oid' in ref ? ref.oid : undefined);
    if (id !== undefined) return readBlob(this.api, this.repo, id);
    const { commit, path } = ref as { commit: string; path: string };
    return readFileAt(this.api, this.repo, path, commit);
  }
}

/**
 * A GraphQL answer that holds only errors, as one line a person reads (Octokit's message spans
 * lines, and the status line keeps only its first). The errors stay on it for `isTooMuch`.
 */
export function graphqlFailure(error: unknown): Error {
  const errors = (error as { errors?: GraphError[] }).errors ?? [];
  const first = errors[0];
  const failure = new Error(
    first === undefined
      ? 'GitHub answered the GraphQL query with an error'
      : `GitHub's GraphQL API answered ${first.type ?? 'an error'}: ${first.message.split('\n')[0]}`,
  );
  return Object.assign(failure, { errors });
}

/** Consecutive batches of at most 100 objects and 8 MB of known sizes. */
function packBatches(refs: readonly BlobRef[]): BlobRef[][] {
  const batches: BlobRef[][] = [];
  let current: BlobRef[] = [];
  let bytes = 0;
  for (const ref of refs) {
    const size = Math.min(ref.size ?? 0, 512_000);
    if (current.length >= BATCH_OBJECTS || (current.length > 0 && bytes + size > BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(ref);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** A query GitHub could not finish: a timeout, a gateway error, or over its resource limits. */
function isTooMuch(error: unknown): boolean {
  const status = statusOf(error);
  if (status === 502 || status === 503 || status === 504) return true;
  const errors = (error as { errors?: GraphError[] }).errors ?? [];
  return errors.some((e) => /LIMIT|TIMEOUT/i.test(e.type ?? '') || /timed? ?out|too (large|complex)/i.test(e.message));
}

/** Git's id of a blob with these bytes (SHA-1 repositories; a SHA-256 id never matches and is re-read). */
export function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function tooLarge(size: number): string {
  return `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_TEXT_BYTES / 1024 / 1024} MB two-key reads`;
}
