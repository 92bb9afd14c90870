import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const KEY = 'AIzaSyFAKE-EXAMPLE-webKey00000000000000';

async function decide(path: string, text: string) {
  return check(changeSetOf([addedFile(path, text)]), defaultPolicy());
}

describe('a Google API key in a Firebase web app config', () => {
  it('is reported as public, not blocking, at its line', async () => {
    const d = await decide(
      'src/lib/firebase.ts',
      'import { initializeApp } from "firebase/app";\n\nexport const app = initializeApp({\n' +
        `  apiKey: "${KEY}",\n  authDomain: "acme-web.firebaseapp.com",\n  projectId: "acme-web",\n});\n`,
    );
    expect(d.verdict).toBe('allow');
    const f = d.findings.find((x) => x.ruleId === 'secret/committed-token')!;
    expect(f.line).toBe(4);
    expect(f.downgradedBecause).toContain('Firebase web app config');
  });

  it('still blocks the same key outside such a config (a Gemini or Maps key)', async () => {
    const d = await decide('src/lib/ai.ts', `export const client = new GoogleGenAI({ apiKey: "${KEY}" });\n`);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'secret/committed-token')?.line).toBe(1);
  });

  it('still blocks a key beside a project id but no Firebase auth domain', async () => {
    const d = await decide('config/google.json', `{\n  "projectId": "acme-web",\n  "apiKey": "${KEY}"\n}\n`);
    expect(d.verdict).toBe('block');
    expect(d.findings.find((x) => x.ruleId === 'secret/committed-token')?.line).toBe(3);
  });

  it('still blocks a key in another field of a Firebase-looking object', async () => {
    const d = await decide(
      'src/lib/firebase.ts',
      `initializeApp({\n  apiKey: "${KEY}",\n  authDomain: "acme-web.firebaseapp.com",\n  projectId: "acme-web",\n` +
        `  mapsKey: "AIzaSyFAKE-EXAMPLE-mapsKey0000000000000",\n});\n`,
    );
    expect(d.verdict).toBe('block');
    expect(d.findings.filter((x) => x.blocking).map((x) => x.line)).toEqual([5]);
  });
});
