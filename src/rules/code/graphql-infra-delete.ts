import type { Rule } from '../../core/rule.js';
import { readGraphql } from '../../parsers/code/graphql.js';
import { isKnown } from '../../parsers/code/values.js';
import { infrastructureDeleteOf } from './lib/destructive-names.js';
import { valueSpan, type CodeDocument } from './lib/document.js';
import { providerRequests } from './lib/http.js';
import { propertiesOf } from '../../parsers/code/read.js';
import { evaluate } from '../../parsers/code/values.js';
import type { Node } from 'web-tree-sitter';

export const graphqlInfraDelete: Rule<CodeDocument, 'field' | 'dynamicField' | 'unparsable' | 'dynamicDocument'> = {
  meta: {
    id: 'code/graphql-infra-delete',
    family: 'code',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A GraphQL mutation that deletes infrastructure (Railway `volumeDelete`, `serviceDelete`, Fly `deleteVolume`), or one the code builds so it cannot be read.',
    messages: {
      field: 'GraphQL mutation {field} deletes the {what} and everything stored in it',
      dynamicField:
        'a GraphQL mutation whose field is decided at run time; two-key cannot see which mutation runs, so it needs approval',
      unparsable: 'a GraphQL mutation two-key cannot parse ({reason}), so it cannot see what it does',
      dynamicDocument:
        'posts a GraphQL document built at run time to the {provider} API ({host}); two-key cannot see which mutation it runs',
    },
    examples: {
      invalid: [
        {
          code: "const token = readFileSync('config/.railway-token', 'utf8').trim();\nawait fetch('https://backboard.railway.app/graphql/v2', {\n  method: 'POST',\n  headers: { Authorization: `Bearer ${token}` },\n  body: JSON.stringify({\n    query: `mutation($id: String!) {\n      volumeDelete(volumeId: $id)\n    }`,\n    variables: { id },\n  }),\n});\n",
          line: 7,
          path: 'scripts/cleanup-staging.ts',
        },
        {
          code: "const resource = 'volume';\nconst action = 'Delete';\nexport const reclaim = (id: string) =>\n  call(`mutation($id: String!) { ${resource}${action}(volumeId: $id) }`, { id });\n",
          line: 4,
          path: 'src/ops/storage.ts',
        },
        {
          code: 'import requests\n\nMUTATION = """\nmutation DeleteApp($appId: ID!) {\n  deleteApp(appId: $appId) { organization { id } }\n}\n"""\n',
          line: 5,
          path: 'ops/fly_cleanup.py',
        },
        {
          code: "export async function run(query: string) {\n  return fetch('https://backboard.railway.app/graphql/v2', { method: 'POST', body: JSON.stringify({ query }) });\n}\n",
          line: 2,
          path: 'src/railway.ts',
        },
      ],
      valid: [
        {
          code: 'const q = `query($id: String!) {\n  # volumeDelete is not called here\n  volume(id: $id) { name }\n}`;\n',
          path: 'src/status.ts',
        },
        {
          code: 'const q = gql`mutation { variableDelete(input: { name: "DEBUG" }) }`;\n',
          path: 'src/vars.ts',
        },
        { code: '// mutation { volumeDelete(volumeId: "x") }\nexport {};\n', path: 'src/notes.ts' },
      ],
    },
  },
  check(doc, report) {
    for (const { node, value } of doc.strings) {
      const reading = readGraphql(value);
      if (reading.kind === 'unparsable-mutation') {
        report({
          messageId: 'unparsable',
          data: { reason: reading.message },
          span: valueSpan(value),
          unit: spanOf(node),
        });
        continue;
      }
      if (reading.kind !== 'document') continue;
      for (const field of reading.mutationFields) {
        const span = valueSpan(value, field.start, field.end);
        if (field.dynamic) {
          report({ messageId: 'dynamicField', span, unit: spanOf(node) });
          continue;
        }
        const what = infrastructureDeleteOf(field.name);
        if (what) report({ messageId: 'field', data: { field: field.name, what }, span, unit: spanOf(node) });
      }
    }
    for (const request of providerRequests(doc)) {
      if (!request.api.graphql || request.method === 'GET' || request.method === 'DELETE') continue;
      const query = queryOf(doc, request.body);
      if (query !== undefined && isKnown(evaluate(query, doc.scope))) continue;
      report({
        messageId: 'dynamicDocument',
        data: { provider: request.api.provider, host: request.api.host },
        span: request.call.span,
      });
    }
  },
};

/** The `query` a request body sends: `JSON.stringify({ query })`, `json={"query": q}`. */
function queryOf(doc: CodeDocument, body: Node | undefined): Node | undefined {
  if (!body) return undefined;
  let payload = body;
  if (
    (body.type === 'call_expression' || body.type === 'call') &&
    /\bstringify$|\bdumps$/.test(body.childForFieldName('function')?.text ?? '')
  ) {
    payload = body.childForFieldName('arguments')?.namedChildren[0] ?? body;
  }
  return propertiesOf(payload, doc.scope).find((p) => p.key === 'query')?.value;
}

function spanOf(node: Node) {
  return { start: node.startIndex, end: node.endIndex };
}
