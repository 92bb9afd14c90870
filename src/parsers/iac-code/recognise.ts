/** `Pulumi.yaml` (a YAML program's resources live there) and `Main.yaml`; apart from pulumi-yaml.ts, which loads the YAML reader. */
export function isPulumiYamlPath(path: string): boolean {
  return /(^|\/)(Pulumi|Main)\.ya?ml$/.test(path);
}
