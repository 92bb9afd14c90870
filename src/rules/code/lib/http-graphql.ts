import type { RawFinding } from '../../../core/checker.js';
import { formatMessage } from '../../../core/rule.js';
import { readGraphql } from '../../../parsers/code/graphql.js';
import { UNKNOWN } from '../../../parsers/code/values.js';
import { DYNAMIC } from '../../../parsers/shell/commands.js';
import { infrastructureDeleteOf } from './destructive-names.js';
import { graphqlInfraDelete } from '../graphql-infra-delete.js';
import { readArgs } from '../../shell/lib/args.js';
import { programOf, type DocumentCommand, type ShellDocument } from '../../shell/lib/document.js';

/** curl's options that take a value, so the URL and the body are told apart from them. */
const CURL_WITH_VALUE = [
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
  '-H',
  '--header',
  '-X',
  '--request',
  '-u',
  '--user',
  '-o',
  '--output',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-m',
  '--max-time',
  '--connect-timeout',
  '--url',
  '-x',
  '--proxy',
  '-w',
  '--write-out',
  '--retry',
  '-F',
  '--form',
  '--oauth2-bearer',
];

/** Options whose value is the request body. */
const CURL_BODY = ['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json'];

/** wget's body options, always written `--post-data=BODY` or `--post-data BODY`. */
const WGET_WITH_VALUE = ['--post-data', '--body-data', '--method', '--header', '-O', '--output-document'];
const WGET_BODY = ['--post-data', '--body-data'];

interface Body {
  text: string;
  /** Index in argv of the word holding the body. */
  index: number;
}

/** The bodies a `curl` or `wget` command line sends, as the program receives them. */
function bodiesOf(command: DocumentCommand): Body[] {
  const program = programOf(command);
  const [withValue, body] =
    program === 'curl' ? [CURL_WITH_VALUE, CURL_BODY] : program === 'wget' ? [WGET_WITH_VALUE, WGET_BODY] : [];
  if (!withValue || !body) return [];
  const args = readArgs(command.argv, withValue);
  return args.options
    .filter((o) => body.includes(o.name) && o.value !== undefined && !o.value.startsWith('@'))
    .map((o) => ({ text: o.value!, index: command.argv[o.index] === o.name ? o.index + 1 : o.index }));
}

/** The GraphQL document a body carries: a JSON `{"query": ...}` envelope, or the document itself. */
function documentOf(body: string): string {
  const text = body.replaceAll(DYNAMIC, UNKNOWN);
  if (!/^\s*\{\s*"/.test(text)) return text;
  try {
    const parsed: unknown = JSON.parse(text.replaceAll(UNKNOWN, '\\u0000'));
    if (parsed && typeof parsed === 'object' && 'query' in parsed && typeof parsed.query === 'string')
      return parsed.query;
  } catch {
    // Not JSON after all (a run-time piece broke it): read the raw text, which a mutation head still marks.
  }
  return text;
}

/**
 * GraphQL mutations an HTTP client posts from the command line (`curl -d '{"query":"mutation {
 * volumeDelete(...) }"}'`), through the code family's reading of GraphQL, reported under its rule.
 */
export function httpGraphqlFindings(doc: ShellDocument): RawFinding[] {
  const findings: RawFinding[] = [];
  const meta = graphqlInfraDelete.meta;
  const report = (messageId: keyof typeof meta.messages, data: Record<string, string>, command: DocumentCommand) => {
    findings.push({
      ruleId: meta.id,
      kind: meta.kind,
      defaultSeverity: meta.defaultSeverity,
      message: formatMessage(meta.messages[messageId], data),
      span: command.span,
      unit: command.span,
      rollbackOnly: false,
    });
  };
  for (const command of doc.commands) {
    for (const body of bodiesOf(command)) {
      const document = documentOf(body.text);
      const reading = readGraphql({ text: document, at: [] });
      if (reading.kind === 'unparsable-mutation') report('unparsable', { reason: reading.message }, command);
      if (reading.kind !== 'document') continue;
      for (const field of reading.mutationFields) {
        if (field.dynamic) {
          report('dynamicField', {}, command);
          continue;
        }
        const what = infrastructureDeleteOf(field.name);
        if (what) report('field', { field: field.name, what }, command);
      }
    }
  }
  return findings;
}
