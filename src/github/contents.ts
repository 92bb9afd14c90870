import { Buffer } from 'node:buffer';
import { decodeFileText, MAX_TEXT_BYTES, type DecodedText } from '../parsers/text/decode.js';
import { statusOf, type GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** A blob by its SHA: the git data API serves files up to 100 MB, base64-encoded. */
export async function readBlob(api: GitHub, repo: RepoRef, sha: string): Promise<DecodedText> {
  const { data } = await api.rest.git.getBlob({ ...repo, file_sha: sha });
  if (data.size !== undefined && data.size !== null && data.size > MAX_TEXT_BYTES) {
    return {
      unreadable: `is ${(data.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_TEXT_BYTES / 1024 / 1024} MB two-key reads`,
    };
  }
  const bytes = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
  return decodeFileText(bytes);
}

/**
 * A file at a commit, or undefined when it does not exist there. The contents API inlines files
 * up to 1 MB; past that it gives the blob's SHA, read through the git data API.
 */
export async function readFileAt(
  api: GitHub,
  repo: RepoRef,
  path: string,
  ref: string,
): Promise<DecodedText | undefined> {
  let data;
  try {
    ({ data } = await api.rest.repos.getContent({ ...repo, path, ref }));
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  if (Array.isArray(data) || data.type !== 'file')
    return { unreadable: `is a ${Array.isArray(data) ? 'directory' : data.type}, not a file` };
  if (data.encoding === 'base64' && data.content) return decodeFileText(Buffer.from(data.content, 'base64'));
  if (data.size === 0) return { text: '' };
  return readBlob(api, repo, data.sha);
}
