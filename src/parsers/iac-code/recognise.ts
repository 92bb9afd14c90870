import type { CodeLanguage } from './resources.js';
/** `Pulumi.yaml` (a YAML program's resources live there) and `Main.yaml`; apart from pulumi-yaml.ts, which loads the YAML reader. */
export function isPulumiYamlPath(path: string): boolean {
  return /(^|\/)(Pulumi|Main)\.ya?ml$/.test(path);
}

/** `Pulumi.<stack>.yaml`: a stack's settings (`config:`), read by the program beside it. */
export function isPulumiStackConfig(path: string): boolean {
  return /(^|\/)Pulumi\.[^/]+\.ya?ml$/.test(path);
}

/** The program files Pulumi runs from a project folder, by language: what a changed stack config is read against. */
export const PULUMI_PROGRAMS: readonly [string, CodeLanguage][] = [
  ['index.ts', 'typescript'],
  ['index.js', 'typescript'],
  ['__main__.py', 'python'],
  ['main.go', 'go'],
  ['Program.cs', 'csharp'],
];
