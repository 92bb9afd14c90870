import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretsBothWays } from '../../../../src/rules/secret/lib/both-ways.js';
import {
  anchorsRegExp,
  anchorWords,
  PRESET_ANCHORS,
  presetMayFind,
  shapesMayMatch,
} from '../../../../src/rules/secret/lib/prefilter.js';
import { presetHits, secretlintRuleIds } from '../../../../src/rules/secret/lib/secretlint.js';
import { TOKEN_SHAPES } from '../../../../src/rules/secret/lib/token-shapes.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');

/** A deterministic generator, so a failure replays. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const run = (chars: string, n: number) => Array.from({ length: n }, () => chars[int(chars.length)]).join('');
  return { int, pick, run };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B64 = ALNUM + '+/';

function onePasswordToken(): string {
  let json = JSON.stringify({
    signInAddress: 'my.1password.com',
    userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000 },
    email: 'fake@example.com',
  });
  while (json.length % 3 !== 1) json = json.replace('{', '{ ');
  return `ops_${Buffer.from(json).toString('base64')}`;
}

/** One text per preset rule (fake values), in the file kind the rule reads, with the rule that must find it. */
function presetSamples(r: ReturnType<typeof random>) {
  const pem = `-----BEGIN RSA PRIVATE KEY-----\nMI${r.run(B64, 64)}\n${r.run(B64, 64)}\n-----END RSA PRIVATE KEY-----\n`;
  return [
    { rule: 'aws', path: 'deploy/.env', text: `aws_secret_access_key = "${r.run(ALNUM, 40)}"\n` },
    {
      rule: 'gcp',
      path: 'key.json',
      text: JSON.stringify({ type: 'service_account', private_key_id: r.run(HEX, 40), private_key: pem }),
    },
    { rule: 'privatekey', path: 'id_rsa', text: pem },
    { rule: 'npm', path: '.npmrc', text: `//registry.npmjs.org/:_authToken=${r.run(ALNUM, 36)}\n` },
    { rule: 'npm', path: 'scripts/x.sh', text: `TOKEN=npm_${r.run(ALNUM, 36)}\n` },
    {
      rule: 'npm',
      path: 'package.json',
      text: `{"repository": "https://fake:x-oauth-basic@github.com/acme/app.git"}\n`,
    },
    { rule: 'slack', path: 'a.txt', text: `token xoxb-1234567890-${r.run(ALNUM, 24)}\n` },
    {
      rule: 'slack',
      path: 'a.txt',
      text: `HTTPS://HOOKS.SLACK.COM/services/TFAKE1234/BFAKE1234/${r.run(ALNUM, 24)}\n`,
    },
    { rule: 'sendgrid', path: 'a.txt', text: `SG.${r.run(ALNUM, 22)}.${r.run(ALNUM, 43)}\n` },
    { rule: 'shopify', path: 'a.txt', text: `shpat_${r.run(ALNUM, 32)}\n` },
    { rule: 'github', path: 'a.txt', text: `ghp_${r.run(ALNUM, 36)}\n` },
    { rule: 'github', path: 'a.txt', text: `github_pat_${r.run(ALNUM, 82)}\n` },
    { rule: 'gitlab', path: 'a.txt', text: `glpat-${r.run(ALNUM, 20)}\n` },
    { rule: 'grafana', path: 'a.txt', text: `glc_${r.run(ALNUM, 40)}\n` },
    { rule: 'grafana', path: 'a.txt', text: `glsa_${r.run(ALNUM, 32)}_${r.run(HEX, 8)}\n` },
    { rule: 'openai', path: 'a.txt', text: `sk-${r.run(ALNUM, 20)}T3BlbkFJ${r.run(ALNUM, 20)}\n` },
    { rule: 'anthropic', path: 'a.txt', text: `sk-ant-api03-${r.run(ALNUM, 93)}AA\n` },
    { rule: 'groq', path: 'a.txt', text: `gsk_${r.run(ALNUM, 52)}\n` },
    { rule: 'huggingface', path: 'a.txt', text: `hf_${r.run('abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', 34)}\n` },
    { rule: 'linear', path: 'a.txt', text: `lin_api_${r.run(ALNUM, 40)}\n` },
    { rule: 'notion', path: 'a.txt', text: `ntn_${r.run('0123456789', 11)}${r.run(ALNUM, 35)}\n` },
    { rule: '1password', path: 'a.txt', text: `${onePasswordToken()}\n` },
    { rule: 'hashicorp-vault', path: 'a.txt', text: `hvs.${r.run(ALNUM, 95)}\n` },
    { rule: 'vercel', path: 'a.txt', text: `vcp_${r.run(ALNUM, 24)}\n` },
    { rule: 'databricks', path: 'a.txt', text: `dapi${r.run(HEX, 32)}\n` },
    { rule: 'docker', path: 'a.txt', text: `dckr_pat_${r.run(ALNUM, 27)}\n` },
    { rule: 'figma', path: 'a.txt', text: `figd_${r.run(ALNUM, 40)}\n` },
  ];
}

/** Pieces texts are built from: anchors whole and cut, token alphabets, names, separators, non-ASCII letters. */
function pieces(r: ReturnType<typeof random>): string[] {
  return [
    ...presetSamples(r).map((s) => s.text),
    'sk_live_' + r.run(ALNUM, 24),
    'rk_live_' + r.run(ALNUM, 24),
    'sk-proj-' + r.run(ALNUM, 40),
    'sk-ant-admin01-' + r.run(ALNUM, 40),
    'https://hooks.slack.com/services/T0FAKE/B0FAKE/' + r.run(ALNUM, 24),
    'HRKU-' + r.run(ALNUM, 40),
    'FlyV1 fm2_' + r.run(ALNUM, 40),
    'fm1a_' + r.run(ALNUM, 44),
    'sbp_' + r.run(HEX, 40),
    'sb_secret_' + r.run(ALNUM, 24),
    'napi_' + r.run('abcdefghijklmnopqrstuvwxyz0123456789', 44),
    'pscale_tkn_' + r.run(ALNUM, 32),
    'rnd_' + r.run(ALNUM, 26),
    'vck_' + r.run(ALNUM, 26),
    'AIza' + r.run(ALNUM, 35),
    'ASIA' + r.run('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16),
    'RAILWAY_TOKEN=' + r.run(HEX, 32),
    'export HEROKU_API_KEY="' + r.run(HEX, 36) + '"',
    'SUPABASE_DB_PASSWORD: ' + r.run(ALNUM, 24),
    'client_secret: "' + r.run(ALNUM, 32) + '"',
    'apiKey = `' + r.run(ALNUM, 32) + '`',
    'postgres://app:' + r.run(ALNUM, 16) + '@db.prod.example.com:5432/app',
    'mongodb+srv://u:' + r.run(ALNUM, 12) + '@cluster0.example.net',
    'Server=tcp:sql.example.com;Database=app;User Id=sa;Password=' + r.run(ALNUM, 16) + ';',
    'Host=db.example.com;PWD=' + r.run(ALNUM, 12),
    ...[...Object.values(PRESET_ANCHORS).flat(), ...TOKEN_SHAPES.flatMap((s) => s.anchors)].map((a) =>
      new RandExpLite(a).sample(),
    ),
    'AKIA',
    'A3T',
    'dapi',
    'ops_ey',
    'PRIVATE KEY',
    '-----BEGIN ',
    '-----END ',
    'é',
    'ſ',
    'K',
    'ü',
    '\u00a0',
    '\r\n',
    '\n',
    ' ',
    '=',
    ': ',
    '"',
    "'",
    '`',
    '@',
    '://',
    '_',
    '-',
    '.',
    ';',
    '\\n',
    r.run(ALNUM, 40),
    r.run(B64, 100),
    r.run('0123456789', 12),
    'DROP TABLE users;',
    '-- a comment',
  ];
}

describe('secret prefilter', () => {
  it('covers exactly the preset two-key runs, at the version its anchors were read from', async () => {
    const preset = JSON.parse(
      readFileSync(join(root, 'node_modules/@secretlint/secretlint-rule-preset-recommend/package.json'), 'utf8'),
    ) as { version: string };
    expect(preset.version).toBe('12.0.0');
    const ids = (await secretlintRuleIds()).map((id) => id.replace('@secretlint/secretlint-rule-', ''));
    expect(new Set(ids)).toEqual(new Set(Object.keys(PRESET_ANCHORS)));
  });

  it('finds each anchor alone, and nothing in text without one', () => {
    for (const anchor of [...Object.values(PRESET_ANCHORS).flat(), ...TOKEN_SHAPES.flatMap((s) => s.anchors)]) {
      const re = anchorsRegExp([anchor]);
      const sample = new RandExpLite(anchor).sample();
      expect(re.test(`x ${sample} y`), `${anchor} in "${sample}"`).toBe(true);
    }
    expect(presetMayFind('schema.sql', 'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n')).toBe(false);
  });

  it('lets every text a preset rule reports through', async () => {
    const r = random(1);
    const found = new Set<string>();
    for (const sample of presetSamples(r)) {
      const hits = await presetHits(sample.path, sample.text);
      for (const h of hits) found.add(h.detector);
      expect(
        hits.map((h) => h.detector),
        sample.text,
      ).toContain(sample.rule);
      expect(presetMayFind(sample.path, sample.text), sample.text).toBe(true);
    }
    expect(found).toEqual(new Set(Object.keys(PRESET_ANCHORS)));
  });

  it('drops no credential: random texts scanned with every detector and through the prefilter agree', async () => {
    const r = random(20261207);
    const vocabulary = pieces(r);
    let credentials = 0;
    let skipped = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + r.int(12) }, () => r.pick(vocabulary)).join(
        r.pick(['', ' ', '\n', '=', '"']),
      );
      const path = r.pick(['a.txt', 'config/app.yml', '.npmrc', 'package.json', 'key.json', 'db/1.sql', 'x.env']);
      const both = await secretsBothWays(path, text);
      credentials += both.full.length;
      if (!presetMayFind(path, text)) skipped++;
      expect(both.filtered, text).toEqual(both.full);
    }
    // The texts really hold credentials, and the prefilter really skips some of them.
    expect(credentials).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(20);
  });
});

describe('anchorWords', () => {
  it('spells out classes, digits and escaped punctuation, and leaves anything else whole', () => {
    expect(anchorWords('xox[abposr]-')).toEqual(['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-']);
    expect(anchorWords('hooks\\.slack\\.')).toEqual(['hooks.slack.']);
    expect(anchorWords('fm\\d[a-c]_')).toHaveLength(30);
    expect(anchorWords('(?:SECRET|secret)_?KEY')).toBeUndefined();
    expect(anchorWords('a\\sb')).toBeUndefined();
    expect(anchorWords('[a-z][a-z][a-z]', 100)).toBeUndefined();
  });

  it('matches exactly what the anchor matches, so a shape is found by its spelled-out words', () => {
    for (const anchor of TOKEN_SHAPES.flatMap((s) => s.anchors)) {
      const words = anchorWords(anchor);
      if (!words) continue;
      const re = new RegExp(`^(?:${anchor})$`);
      for (const word of words) expect(re.test(word), `${word} for ${anchor}`).toBe(true);
    }
    // A text holding one spelled-out word of each kind still finds the shapes behind it.
    const shapes = shapesMayMatch('token: xoxr- and fm7q_ and 3Q~ here');
    expect(shapes.map((s) => s.provider)).toEqual(expect.arrayContaining(['Slack token', 'Fly.io token']));
  });
});

/** A string an anchor matches: literal characters, the first choice of each group and class. */
class RandExpLite {
  constructor(private readonly source: string) {}
  sample(): string {
    return this.source
      .replace(/\(\?:([^|)]*)[^)]*\)\??/g, '$1')
      .replace(/\[\^?([^\]])[^\]]*\]/g, '$1')
      .replace(/\\s\*|["']\?|_\?/g, '')
      .replace(/\\d/g, '7')
      .replace(/\\\./g, '.');
  }
}
