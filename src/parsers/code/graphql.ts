// The parser alone, not the package's index: that pulls in the whole of graphql-js (700 KB a
// process would compile at start-up) to read a mutation's top-level fields.
import type { OperationDefinitionNode } from 'graphql';
import { Kind } from 'graphql/language/kinds.js';
import { parse } from 'graphql/language/parser.js';
import { UNKNOWN, type CodeValue } from './values.js';

/** A top-level field of a mutation: what the mutation does. */
export interface MutationField {
  name: string;
  /** Offsets into the value's text. */
  start: number;
  end: number;
  /** Part of the name is only known at run time. */
  dynamic: boolean;
}

export type GraphqlReading =
  | { kind: 'not-graphql' }
  | { kind: 'unparsable-mutation'; message: string }
  | { kind: 'document'; mutationFields: MutationField[] };

/** Operation keywords a GraphQL document starts with, after comments; a bare `{` is a query. */
const DOCUMENT_START = /^(?:\s|#[^\n]*\n)*(?:(mutation|query|subscription|fragment)\b|\{)/;

/** `mutation {`, `mutation Name(`: the head of a mutation, not the English word. */
const MUTATION_HEAD = /^(?:\s|#[^\n]*\n)*mutation\s*(?:[_A-Za-z][_0-9A-Za-z]*\s*)?[({@]/;

/**
 * Reads a string as a GraphQL document when it starts like one. A run-time part is read as a
 * name made of underscores (same length, so offsets hold) and flagged dynamic where it lands.
 */
export function readGraphql(value: CodeValue): GraphqlReading {
  const start = DOCUMENT_START.exec(value.text);
  if (!start) return { kind: 'not-graphql' };
  const source = value.text.replaceAll(UNKNOWN, '_');
  let operations: OperationDefinitionNode[];
  try {
    const document = parse(source);
    operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  } catch (error) {
    // Only a mutation that cannot be read matters: a malformed query or JSON-looking text reads nothing.
    if (MUTATION_HEAD.test(source))
      return { kind: 'unparsable-mutation', message: (error as Error).message.split('\n')[0]! };
    return { kind: 'not-graphql' };
  }
  const mutationFields: MutationField[] = [];
  for (const operation of operations) {
    if (operation.operation !== 'mutation') continue;
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !selection.name.loc) continue;
      const { start: from, end } = selection.name.loc;
      mutationFields.push({
        name: selection.name.value,
        start: from,
        end,
        dynamic: value.text.slice(from, end).includes(UNKNOWN),
      });
    }
  }
  return { kind: 'document', mutationFields };
}
