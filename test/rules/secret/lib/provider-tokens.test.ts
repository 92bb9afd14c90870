import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../../src/rules/secret/lib/document.js';
import { NO_PREFILTER } from '../../../../src/rules/secret/lib/prefilter.js';

/** A deterministic generator of random keys, so a failure replays. */
function randomRun(seed: number) {
  let s = seed >>> 0;
  return (chars: string, n: number) =>
    Array.from({ length: n }, () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return chars[(s >>> 16) % chars.length];
    }).join('');
}

const run = randomRun(7);
const HEX = '0123456789abcdef';
const AN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** What the detectors find in a text: the provider and the line of each credential. */
function found(text: string): string[] {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  return findSecrets(text, []).map((h) => `${h.what}:${lineOf(h.span.start)}`);
}

describe('provider tokens', () => {
  it('finds keys with a prefix of their own wherever they are written', () => {
    const text = [
      `DIGITALOCEAN_TOKEN=dop_v1_${run(HEX, 64)}`,
      `token: glpat-${run(AN, 20)}`,
      `deploy = "gldt-${run(AN, 20)}"`,
      `export PULUMI_ACCESS_TOKEN=pul-${run(HEX, 40)}`,
      `password = pypi-AgEIcHlwaS5vcmc${run(AN, 60)}`,
      `client = twilio("SK${run(HEX, 32)}")`,
      `curl -H "X-Api-Key: PMAK-${run(HEX, 24)}-${run(HEX, 34)}"`,
      `[auth]\ntoken=sntryu_${run(HEX, 64)}`,
      '',
    ].join('\n');
    // glpat- is secretlint's (not run here)
    expect(found(text)).toEqual([
      'DigitalOcean token:1',
      'GitLab token:3',
      'Pulumi access token:4',
      'PyPI upload token:5',
      'Twilio API key:6',
      'Postman API key:7',
      'Sentry token:9',
    ]);
  });

  it('finds bare keys under a name that mentions the provider, in code and configuration', () => {
    const text = [
      `ALGOLIA_ADMIN_API_KEY="FAKE${run(AN, 28)}"`,
      `  datadog_api_key: ${run(HEX, 32)}`,
      `private string $mailchimpApiKey = '${run(HEX, 32)}-us14';`,
      `{"telegram_bot_token": "123456789:A${run(AN, 34)}"}`,
      `heroku_api_token := "${run(HEX, 8)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 12)}"`,
      '',
    ].join('\n');
    expect(found(text)).toEqual([
      'Algolia API key:1',
      'Datadog key:2',
      'Mailchimp API key:3',
      'Telegram bot token:4',
      'Heroku API key:5',
    ]);
  });

  it('leaves placeholders, low-entropy values, wrong lengths, test-mode keys and unrelated names alone', () => {
    const text = [
      'DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'datadog_api_key: 00000000000000000000000000000000',
      'datadog_api_key: 0123456789abcdef0123456789abcdef',
      `datadog_api_key: ${run(HEX, 31)}`,
      `commit_sha: ${run(HEX, 32)}`,
      `STRIPE_SECRET_KEY=sk_test_${run(AN, 24)}`,
      `EASYPOST_KEY=EZTK${run(AN, 54)}`,
      'ALGOLIA_ADMIN_API_KEY=<your-algolia-admin-key>',
      `plaid_token = "access-sandbox-${run(HEX, 8)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 4)}-${run(HEX, 12)}"`,
      'path: /usr/local/share/patterns',
      '',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('finds the same through the prefilter as with every detector run', () => {
    const text = `a\nSENTRY=sntryu_${run(HEX, 64)}\nb: gldt-${run(AN, 20)}\ntwitter_secret = '${run(AN, 50)}'\n`;
    expect(findSecrets(text, [])).toEqual(findSecrets(text, [], NO_PREFILTER));
    expect(findSecrets(text, [])).toHaveLength(3);
  });
});
