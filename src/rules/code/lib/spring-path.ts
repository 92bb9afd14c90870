/** Spring Boot and Quarkus configuration: `application.properties`, `application-prod.yml`, `bootstrap.yaml`. */
export const CONFIG_FILE = /(^|\/)(application|bootstrap)(-([\w.-]+))?\.(properties|ya?ml)$/i;

/** A Spring or Quarkus configuration file, by its name (apart from spring-config.ts, which loads the YAML reader). */
export function isSpringConfig(path: string): boolean {
  return CONFIG_FILE.test(path);
}
