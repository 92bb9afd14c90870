import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

/** GitHub's published REST description (npm @octokit/openapi), so the fake server cannot drift from GitHub. */
interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
  >;
  components: { examples: Record<string, { value: unknown }> };
}

const require = createRequire(import.meta.url);
let description: OpenApi | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

export function openApi(): OpenApi {
  description ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as OpenApi;
  return description;
}

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/**
 * Validates a response body against the schema GitHub documents for the operation and status.
 * Throws with the first errors, so a fake that serves what GitHub never would fails the test.
 */
export function assertValidResponse(template: string, method: string, status: number, body: unknown): void {
  const key = `${method} ${template} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    const spec = openApi();
    const operation = spec.paths[template]?.[method.toLowerCase()];
    if (!operation) throw new Error(`the fake serves ${method} ${template}, which GitHub's API does not have`);
    const response = operation.responses?.[String(status)];
    if (!response) throw new Error(`GitHub does not document ${status} for ${method} ${template}`);
    const schema = response.content?.['application/json']?.schema;
    if (schema === undefined) {
      validate = null;
    } else {
      if (!ajv) {
        ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false });
        ajv.addSchema(withoutNullable(structuredClone(spec)) as object, 'gh');
      }
      const ref = `gh#/${pointer('paths', template, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`;
      validate = ajv.compile({ $ref: ref });
    }
    validators.set(key, validate);
  }
  if (validate === null) {
    if (body !== undefined && body !== '')
      throw new Error(`${method} ${template} ${status} has no body in GitHub's API`);
    return;
  }
  if (!validate(body)) {
    const errors = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(
      `the fake's ${method} ${template} ${status} response is not what GitHub serves: ${errors.join('; ')}`,
    );
  }
}

/** A documented example response, as the base of a fake object. */
export function exampleResponse(template: string, method: string, status = 200): unknown {
  const spec = openApi();
  const content = spec.paths[template]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.[
    'application/json'
  ] as { examples?: Record<string, { $ref?: string; value?: unknown }> } | undefined;
  const example = Object.values(content?.examples ?? {})[0];
  if (!example) throw new Error(`no example for ${method} ${template} ${status}`);
  const value = example.$ref ? spec.components.examples[example.$ref.split('/').pop()!]!.value : example.value;
  return structuredClone(value);
}

/** OpenAPI 3.0's `nullable: true` in JSON Schema terms: the value may also be null. */
function withoutNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutNullable);
  if (!node || typeof node !== 'object') return node;
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node))
    object[key] = key === 'example' || key === 'examples' ? value : withoutNullable(value);
  if (object['nullable'] !== true) return object;
  delete object['nullable'];
  if (typeof object['type'] === 'string' && object['enum'] === undefined)
    return { ...object, type: [object['type'], 'null'] };
  return { anyOf: [object, { type: 'null' }] };
}
