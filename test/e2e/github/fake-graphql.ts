import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { blobSha } from './git-objects.js';

/**
 * The part of GitHub's GraphQL schema the action queries, with GitHub's own names and types
 * (https://docs.github.com/graphql/reference/objects#blob), so a query GitHub would refuse is
 * refused here too.
 */
const SDL = `
  scalar GitObjectID
  interface GitObject { oid: GitObjectID! abbreviatedOid: String! }
  type Blob implements GitObject {
    oid: GitObjectID!
    abbreviatedOid: String!
    byteSize: Int!
    isBinary: Boolean
    isTruncated: Boolean!
    text: String
  }
  type Tree implements GitObject { oid: GitObjectID! abbreviatedOid: String! entries: [TreeEntry!] }
  type TreeEntry { name: String! path: String type: String! mode: Int! oid: GitObjectID! object: GitObject }
  type Repository { object(expression: String, oid: GitObjectID): GitObject }
  type Query { repository(owner: String!, name: String!, followRenames: Boolean = true): Repository }
`;

let schema: GraphQLSchema | undefined;

/** What the fake's GraphQL reads a repository's objects from. */
export interface GraphStore {
  owner: string;
  repo: string;
  /** A commit's files by path. */
  treeAt(sha: string): Record<string, string> | undefined;
  blob(oid: string): string | undefined;
  /** Bytes past which Blob.text is cut (GitHub: 512,000). */
  truncateAt: number;
  /** Blob ids answered with an error instead. */
  refuses: ReadonlySet<string>;
}

const REFUSED = 'Resource not accessible by integration';

const TRUNCATED_AT = 512_000;
export { TRUNCATED_AT };

export async function answerGraphql(store: GraphStore, body: unknown): Promise<{ status: number; body: unknown }> {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  if (typeof query !== 'string') return { status: 400, body: { message: 'Problems parsing JSON' } };
  schema ??= buildSchema(SDL);
  const blobOf = (content: string) => {
    const bytes = Buffer.from(content, 'utf8');
    const binary = bytes.includes(0);
    const truncated = bytes.length > store.truncateAt;
    return {
      __typename: 'Blob',
      oid: blobSha(content),
      abbreviatedOid: blobSha(content).slice(0, 7),
      byteSize: bytes.length,
      isBinary: binary,
      isTruncated: truncated,
      text: binary ? null : truncated ? bytes.subarray(0, store.truncateAt).toString('utf8') : content,
    };
  };
  const objectAt = (args: { expression?: string; oid?: string }) => {
    if (args.oid !== undefined) {
      if (store.refuses.has(args.oid)) throw new Error(REFUSED);
      const content = store.blob(args.oid);
      return content === undefined ? null : blobOf(content);
    }
    const at = (args.expression ?? '').indexOf(':');
    if (at < 0) return null;
    const files = store.treeAt(args.expression!.slice(0, at));
    const path = args.expression!.slice(at + 1);
    if (!files) return null;
    if (files[path] !== undefined) return blobOf(files[path]);
    return treeOf(files, path);
  };
  /** A folder of a commit (`''` is the root), or null when no file is under it. */
  const treeOf = (files: Record<string, string>, dir: string) => {
    const prefix = dir === '' ? '' : `${dir}/`;
    const under = Object.keys(files).filter((p) => p.startsWith(prefix));
    if (under.length === 0) return null;
    const entries = () => {
      const names = [...new Set(under.map((p) => p.slice(prefix.length).split('/')[0]!))].sort();
      return names.map((name) => {
        const path = `${prefix}${name}`;
        const content = files[path];
        if (content !== undefined)
          return { name, path, type: 'blob', mode: 0o100644, oid: blobSha(content), object: blobOf(content) };
        return { name, path, type: 'tree', mode: 0o040000, oid: blobSha(path), object: treeOf(files, path) };
      });
    };
    return { __typename: 'Tree', oid: blobSha(`tree:${dir}`), abbreviatedOid: '0000000', entries };
  };
  const rootValue = {
    repository: (args: { owner: string; name: string }) =>
      args.owner === store.owner && args.name === store.repo ? { object: objectAt } : null,
  };
  const result = await graphql({
    schema,
    source: query,
    rootValue,
    variableValues: variables ?? {},
    typeResolver: (value: { __typename: string }) => value.__typename,
  });
  // GitHub says what kind of error each one is; graphql-js does not.
  const errors = result.errors?.map((e) => ({
    ...e.toJSON(),
    ...(e.message === REFUSED ? { type: 'FORBIDDEN' } : {}),
  }));
  return { status: 200, body: errors ? { ...result, errors } : result };
}
