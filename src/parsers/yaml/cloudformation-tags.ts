import type { CollectionTag, ScalarTag } from 'yaml';

/** CloudFormation's short-form intrinsic functions, `!Name` for `Fn::Name` (`!Ref` and `!Condition` keep their name). */
const INTRINSICS = [
  'Ref',
  'Condition',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'Base64',
  'Cidr',
  'GetAZs',
  'Equals',
  'Not',
  'And',
  'Or',
  'Transform',
  'Length',
  'ToJsonString',
] as const;

function longName(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** `{ 'Fn::Sub': value }` for a node tagged `!Sub`; other tags leave the value as it is. */
export function wrapIntrinsic(tag: string, value: unknown): unknown {
  const name = tag.startsWith('!') ? tag.slice(1) : undefined;
  return name && (INTRINSICS as readonly string[]).includes(name) ? { [longName(name)]: value } : value;
}

/**
 * The tags, on scalars, sequences and mappings. A scalar resolves to its long form; collections
 * keep their node (and tag), which plainValue() wraps when it compares versions.
 */
export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, identify: () => false, resolve: (value: string) => ({ [longName(name)]: value }) } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', identify: () => false } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', identify: () => false } as unknown as CollectionTag,
]);
