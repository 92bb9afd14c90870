/** The repository a run works on, from GITHUB_REPOSITORY (`owner/name`). */
export interface RepoRef {
  owner: string;
  repo: string;
}

export function parseRepository(value: string | undefined): RepoRef {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  if (!match) throw new Error(`GITHUB_REPOSITORY is not "owner/name": ${JSON.stringify(value ?? '')}`);
  return { owner: match[1]!, repo: match[2]! };
}
