import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { referencedPaths } from '../../../../src/engine/referenced-files.js';
import { readCodeResources } from '../../../../src/parsers/iac-code/resources.js';
import { localExports } from '../../../../src/parsers/iac-code/local-modules.js';
import { loadGrammar } from '../../../../src/parsers/tree-sitter/loader.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { changedFile, changeSetOf } from '../../../helpers/change-set.js';

beforeAll(async () => {
  await loadGrammar('typescript');
  await loadGrammar('python');
});

/** A program that creates its database through a name re-exported under an alias by ./infra. */
const project: Record<string, string> = {
  'infra/Pulumi.yaml': 'name: shop\nruntime: nodejs\nmain: src/\n',
  'infra/src/index.ts': [
    'import * as pulumi from "@pulumi/pulumi";',
    'import { DbInstance } from "./infra";',
    '',
    'const config = new pulumi.Config();',
    '',
    'export const db = new DbInstance("orders", {',
    '  identifier: config.require("dbName"),',
    '  engine: "postgres",',
    '  deletionProtection: config.requireBoolean("protect"),',
    '});',
    '',
  ].join('\n'),
  'infra/src/infra/index.ts': 'export { Instance as DbInstance } from "./aws";\n',
  'infra/src/infra/aws.ts': 'export { Instance } from "@pulumi/aws/rds";\n',
};

const stack = (name: string, protect: string) => `config:\n  shop:dbName: ${name}\n  shop:protect: "${protect}"\n`;

async function judged(files: Record<string, string>, path: string, before: string, after: string) {
  const neighbours = Object.entries(files).map(([p, text]) => ({ path: p, text }));
  const d = await check(changeSetOf([changedFile(path, before, after)], { neighbours }), defaultPolicy());
  return {
    findings: d.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}${f.blocking ? ' blocking' : ''}`),
    notes: d.notes,
  };
}

describe('Pulumi projects: main: and the modules a program imports names from', () => {
  it('judges a stack against the program main: points at, through a re-exported alias', async () => {
    const { findings } = await judged(
      project,
      'infra/Pulumi.prod.yaml',
      stack('orders', 'true'),
      stack('orders-v2', 'false'),
    );
    expect(findings).toEqual([
      'infra/Pulumi.prod.yaml:2 iac/code-replacement-argument blocking',
      'infra/Pulumi.prod.yaml:3 iac/code-deletion-protection-disabled blocking',
    ]);
  });

  it('leaves a stack value the program does not use to replace or unprotect anything', async () => {
    const { findings } = await judged(
      project,
      'infra/Pulumi.prod.yaml',
      stack('orders', 'true') + '  shop:logLevel: info\n',
      stack('orders', 'true') + '  shop:logLevel: debug\n',
    );
    expect(findings).toEqual([]);
  });

  it('says so when main: names a folder whose program is not there', async () => {
    const files = { ...project, 'infra/Pulumi.yaml': 'name: shop\nruntime: nodejs\nmain: app/\n' };
    const { findings, notes } = await judged(
      files,
      'infra/Pulumi.prod.yaml',
      stack('orders', 'true'),
      stack('orders', 'false'),
    );
    expect(findings).toEqual([]);
    expect(notes.some((n) => n.includes('infra/Pulumi.prod.yaml: no Pulumi program was found'))).toBe(true);
  });

  it('asks for Pulumi.yaml beside a stack, the program main: names, and the modules it imports', () => {
    expect(referencedPaths([{ path: 'infra/Pulumi.prod.yaml', headText: 'config: {}\n' }])).toContain(
      'infra/Pulumi.yaml',
    );
    expect(referencedPaths([{ path: 'infra/Pulumi.yaml', headText: project['infra/Pulumi.yaml'] }])).toContain(
      'infra/src/index.ts',
    );
    expect(referencedPaths([{ path: 'infra/src/index.ts', headText: project['infra/src/index.ts'] }])).toContain(
      'infra/src/infra/index.ts',
    );
    expect(
      referencedPaths([{ path: 'infra/src/infra/index.ts', headText: project['infra/src/infra/index.ts'] }]),
    ).toContain('infra/src/infra/aws.ts');
  });
});

describe('names imported from the repository’s own modules', () => {
  const read = (files: Record<string, string>) => (p: string) => files[p];

  it('TypeScript: a renamed re-export, a star re-export and an exported alias', () => {
    const files: Record<string, string> = {
      'app/infra/index.ts': 'export { Instance as DbInstance } from "./aws";\nexport * from "./storage";\n',
      'app/infra/aws.ts': 'import * as aws from "@pulumi/aws";\nexport const Instance = aws.rds.Instance;\n',
      'app/infra/storage.ts': 'export * from "@pulumi/aws/s3";\n',
    };
    const text =
      'import * as pulumi from "@pulumi/pulumi";\nimport { DbInstance as Db, Bucket } from "./infra";\nnew Db("orders", {});\nnew Bucket("uploads", {});\n';
    const resources = readCodeResources(text, 'typescript', localExports('app/index.ts', 'typescript', read(files)));
    expect(resources.resources.map((r) => `${r.qualified} -> ${r.resolved}`)).toEqual([
      'Db -> aws.rds.Instance',
      'Bucket -> aws.s3.Bucket',
    ]);
  });

  it('Python: from .infra import rds as r', () => {
    const files: Record<string, string> = {
      'app/infra/__init__.py': 'from pulumi_aws import rds\n',
    };
    const text = 'import pulumi\nfrom .infra import rds as r\n\nr.Instance("orders", engine="postgres")\n';
    const resources = readCodeResources(text, 'python', localExports('app/__main__.py', 'python', read(files)));
    expect(resources.resources.map((r) => `${r.qualified} -> ${r.resolved}`)).toEqual([
      'r.Instance -> aws.rds.Instance',
    ]);
  });

  it('leaves a name the local module does not export, and a module that is not there, unresolved', () => {
    const text =
      'import { Instance } from "./missing";\nimport { Other } from "./infra";\nnew Instance("a", {});\nnew Other("b", {});\n';
    const files = { 'app/infra.ts': 'export { Instance } from "@pulumi/aws/rds";\n' };
    const resources = readCodeResources(text, 'typescript', localExports('app/index.ts', 'typescript', read(files)));
    expect(resources.resources.map((r) => r.resolved)).toEqual(['Instance', 'Other']);
  });
});

describe('a program changed beside the module it imports from', () => {
  it('reports a database created through an alias whose identifier changes, and not a renamed load balancer', async () => {
    const program = (identifier: string) =>
      project['infra/src/index.ts']!.replace('config.require("dbName")', JSON.stringify(identifier));
    const files = { ...project };
    delete files['infra/src/index.ts'];
    const neighbours = Object.entries(files).map(([p, text]) => ({ path: p, text }));
    const run = async (before: string, after: string) =>
      (
        await check(changeSetOf([changedFile('infra/src/index.ts', before, after)], { neighbours }), defaultPolicy())
      ).findings.map((f) => `${f.line} ${f.ruleId}`);
    expect(await run(program('orders'), program('orders-v2'))).toEqual(['7 iac/code-replacement-argument']);
    // Without the re-exporting module the name means nothing known: no finding to pin on it.
    const alone = async (before: string, after: string) =>
      (await check(changeSetOf([changedFile('infra/src/index.ts', before, after)]), defaultPolicy())).findings.map(
        (f) => `${f.line} ${f.ruleId}`,
      );
    expect(await alone(program('orders'), program('orders-v2'))).toEqual([]);
  });
});
