import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { VERSION } from '../core/version.js';

const GitHubClient = Octokit.plugin(paginateRest, restEndpointMethods, retry, throttling);
export type GitHub = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  baseUrl: string;
  /** Seconds the retry plugin waits per retry squared; the end-to-end tests shorten it. */
  retryBaseMs?: number;
  log?: (message: string) => void;
}

/** Retries server errors, and waits out rate limits a couple of times before giving up. */
export function createClient({ token, baseUrl, retryBaseMs, log = () => {} }: ClientOptions): GitHub {
  return new GitHubClient({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: `two-key/${VERSION}`,
    retry: retryBaseMs === undefined ? {} : { retryAfterBaseValue: retryBaseMs },
    throttle: {
      ...(retryBaseMs === undefined ? {} : { retryAfterBaseValue: retryBaseMs }),
      onRateLimit: (after, options, _octokit, retryCount) => {
        log(`rate limited on ${options.method} ${options.url}; retrying in ${after}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (after, options, _octokit, retryCount) => {
        log(`secondary rate limit on ${options.method} ${options.url}; retrying in ${after}s`);
        return retryCount < 1;
      },
    },
  });
}

/** The HTTP status of an Octokit error, if it came from a response. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** One line for a person: `GET /repos/o/r/pulls/1/reviews answered 500 Internal Server Error`. */
export function describeApiError(what: string, error: unknown): string {
  const status = statusOf(error);
  const message = (error as Error | null)?.message?.split('\n')[0] ?? String(error);
  return status === undefined ? `${what} failed: ${message}` : `${what} failed (HTTP ${status}): ${message}`;
}
