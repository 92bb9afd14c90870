// Whether a file is a manifest or a Compose file, by its name or a glance at its text, without the
// YAML reader: the engine asks this of every changed file before it loads any family.

/** `compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`, `compose.override.yaml`. */
export function isComposePath(path: string): boolean {
  return /(^|\/)(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(path);
}

/** `apiVersion:` and `kind:` at the top level of a document: a Kubernetes manifest, by its content. */
export function looksLikeKubernetes(text: string): boolean {
  return /^apiVersion:\s*\S/m.test(text) && /^kind:\s*\S/m.test(text);
}

/**
 * A Helm values file: `values.yaml`, `values-production.yaml`, `values.prod.yaml`,
 * `prod.values.yaml`, or any YAML in a `values/` or `helm-values/` folder.
 */
export function isHelmValuesPath(path: string): boolean {
  return /(^|\/)(values([-._][\w.-]+)?|[\w.-]+[-.]values)\.ya?ml$|(^|\/)(helm-)?values\/[^/]+\.ya?ml$/i.test(path);
}
