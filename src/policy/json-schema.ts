import * as z from 'zod';
import { policyFileSchema } from '../core/policy-schema.js';

/** The JSON Schema of a policy file (draft-07, which editors' YAML support reads), with every key documented. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policyFileSchema, { target: 'draft-07', io: 'input', unrepresentable: 'any' });
  return { ...schema, title: 'two-key policy' };
}
