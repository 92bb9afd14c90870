import type { Rule } from '../../core/rule.js';
import { DYNAMIC, isDynamic } from '../../parsers/shell/commands.js';
import { hasOption, isLocalUrl, option, readArgs } from './lib/args.js';
import {
  at,
  commandsRunning,
  display,
  isLocalTarget,
  type DocumentCommand,
  type ShellDocument,
} from './lib/document.js';

type MessageId = 'redis' | 'redisPattern' | 'mongo' | 'search' | 'searchQuery' | 'cql' | 'firestore';

const REDIS_WITH_VALUE = [
  '-h',
  '-p',
  '-a',
  '-n',
  '-u',
  '-s',
  '--user',
  '--pass',
  '--tls-cert',
  '--cacert',
  '--key',
  '-r',
  '-i',
];
const MONGO_WITH_VALUE = [
  '--eval',
  '--host',
  '--port',
  '-u',
  '-p',
  '--username',
  '--password',
  '--authenticationDatabase',
  '-f',
  '--file',
];
const CURL_WITH_VALUE = [
  '-X',
  '--request',
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '-H',
  '--header',
  '-u',
  '--user',
  '-o',
  '--output',
  '--json',
  '-w',
  '--cacert',
  '--cert',
];
const CQLSH_WITH_VALUE = [
  '-e',
  '--execute',
  '-u',
  '--username',
  '-p',
  '--password',
  '-k',
  '--keyspace',
  '-f',
  '--file',
  '--cqlshrc',
];

/** mongosh/mongo `--eval` scripts that drop or empty everything. */
const MONGO_WIPE = /\.(dropDatabase|dropCollection)\s*\(|\.drop\s*\(\s*\)|\.(deleteMany|remove)\s*\(\s*(\{\s*\})?\s*\)/;
/** CQL that drops a keyspace or table, or empties one. */
const CQL_WIPE = /(^|;)\s*(drop\s+(keyspace|table|columnfamily)|truncate)\b/im;
/** A URL of an Elasticsearch/OpenSearch cluster: its default ports, names and hosted domains. */
const SEARCH_URL = /:(9200|9243)\b|elastic|opensearch|\b(es|search)[.-]|\bbonsai/i;

export const datastoreWipe: Rule<ShellDocument, MessageId> = {
  meta: {
    id: 'shell/datastore-wipe',
    family: 'shell',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A datastore CLI that empties or drops a non-SQL store: `redis-cli FLUSHALL`/`FLUSHDB`, `mongosh --eval` with `dropDatabase()`/`drop()`/`deleteMany({})`, `curl -X DELETE` of an Elasticsearch/OpenSearch index or `_delete_by_query` with `match_all`, `cqlsh -e "DROP KEYSPACE …"`/`TRUNCATE`, `firebase firestore:delete --all-collections`/`--recursive`.',
    messages: {
      redis: 'redis-cli {command} deletes every key of {scope}',
      redisPattern: 'redis-cli {command} is fed every key that {listing} lists: a bulk delete of {pattern}',
      mongo: '{program} --eval runs {call}, which drops or empties {what}',
      search: 'curl -X DELETE {url} deletes the search index and every document in it',
      searchQuery: 'curl {url} with match_all deletes every document of the index',
      cql: 'cqlsh runs {statement}, which destroys the keyspace or table data',
      firestore: 'firebase firestore:delete {how} deletes every document under it',
    },
    examples: {
      invalid: [
        { code: '#!/bin/sh\nredis-cli -h "$REDIS_HOST" FLUSHALL\n', line: 2, path: 'scripts/warm-cache.sh' },
        { code: 'mongosh "$MONGO_URL" --eval "db.dropDatabase()"\n', line: 1, path: 'scripts/reseed.sh' },
        {
          code: 'curl -XDELETE "https://search.acme.example.com:9200/orders-*"\n',
          line: 1,
          path: 'scripts/reindex.sh',
        },
        { code: 'cqlsh cassandra.internal -e "DROP KEYSPACE analytics;"\n', line: 1, path: 'scripts/cql.sh' },
        {
          code: 'firebase firestore:delete --all-collections --project acme-prod -f\n',
          line: 1,
          path: 'scripts/reset.sh',
        },
      ],
      valid: [
        {
          code: 'redis-cli -h "$REDIS_HOST" DEL "session:$ID"\nredis-cli -h localhost FLUSHALL\n',
          path: 'scripts/x.sh',
        },
        { code: 'mongosh "$MONGO_URL" --eval "db.sessions.deleteMany({ expired: true })"\n', path: 'scripts/x.sh' },
        { code: 'curl -X DELETE "https://search.acme.example.com:9200/orders/_doc/42"\n', path: 'scripts/x.sh' },
        { code: 'cqlsh cassandra.internal -e "SELECT * FROM analytics.events LIMIT 10;"\n', path: 'scripts/x.sh' },
      ],
    },
  },
  check(doc, report) {
    for (const command of commandsRunning(doc, 'redis-cli', 'valkey-cli', 'keydb-cli')) redis(command, report);
    for (const command of commandsRunning(doc, 'mongosh', 'mongo')) mongo(command, report);
    for (const command of commandsRunning(doc, 'curl')) search(command, report);
    for (const command of commandsRunning(doc, 'cqlsh')) cql(command, report);
    for (const command of commandsRunning(doc, 'firebase')) firestore(command, report);
  },
};

type Report = Parameters<(typeof datastoreWipe)['check']>[1];

function redis(command: DocumentCommand, report: Report): void {
  const args = readArgs(command.argv, REDIS_WITH_VALUE);
  const host = option(args, '-h')?.value;
  const url = option(args, '-u')?.value;
  if ((host !== undefined && isLocalTarget(command, host)) || (url !== undefined && isLocalUrl(url))) return;
  // With no command operand redis-cli reads its commands from stdin: `echo FLUSHALL | redis-cli`, a heredoc.
  const verb = (args.positionals[0]?.value ?? stdinVerb(command))?.toUpperCase();
  if (verb === 'DEL' || verb === 'UNLINK') {
    const listing = keyListing(command);
    if (listing) report({ messageId: 'redisPattern', data: { command: verb, ...listing }, ...at(command) });
    return;
  }
  if (verb !== 'FLUSHALL' && verb !== 'FLUSHDB') return;
  const scope = verb === 'FLUSHALL' ? 'every database of the Redis server' : 'the Redis database';
  report({ messageId: 'redis', data: { command: verb, scope }, ...at(command) });
}

/** The first FLUSHALL/FLUSHDB among the commands redis-cli reads from its stdin. */
function stdinVerb(command: DocumentCommand): string | undefined {
  for (const line of command.stdin?.text.split('\n') ?? []) {
    const word = line.trim().split(/\s+/)[0]?.toUpperCase();
    if (word === 'FLUSHALL' || word === 'FLUSHDB') return word;
  }
  return undefined;
}

/**
 * `redis-cli --scan --pattern 'session:*' | xargs redis-cli DEL`: the keys deleted are whatever the
 * listing upstream finds, every key of the database with no pattern or `*`.
 */
function keyListing(command: DocumentCommand): { listing: string; pattern: string } | undefined {
  for (const argv of command.upstream) {
    const program = argv[0]?.replace(/^.*\//, '');
    if (program !== 'redis-cli' && program !== 'valkey-cli' && program !== 'keydb-cli') continue;
    const args = readArgs(argv, [...REDIS_WITH_VALUE, '--pattern']);
    const keys = args.positionals.findIndex((p) => p.value.toUpperCase() === 'KEYS');
    if (!hasOption(args, '--scan') && keys < 0) continue;
    const pattern = keys >= 0 ? args.positionals[keys + 1]?.value : option(args, '--pattern')?.value;
    const all = pattern === undefined || pattern === '*';
    return {
      listing:
        keys >= 0 ? `KEYS ${display(pattern ?? '*')}` : `--scan${pattern ? ` --pattern ${display(pattern)}` : ''}`,
      pattern: all ? 'every key of the database' : `every key matching ${display(pattern)}`,
    };
  }
  return undefined;
}

function mongo(command: DocumentCommand, report: Report): void {
  const args = readArgs(command.argv, MONGO_WITH_VALUE);
  const script = option(args, '--eval')?.value;
  const call = script ? MONGO_WIPE.exec(script)?.[0] : undefined;
  if (!call) return;
  const uri = args.positionals[0]?.value ?? option(args, '--host')?.value;
  if (uri !== undefined && (isLocalUrl(uri) || isLocalTarget(command, uri))) return;
  const what = /dropDatabase/.test(call) ? 'the whole database' : 'the collection';
  report({ messageId: 'mongo', data: { program: command.argv[0]!, call: display(call.trim()), what }, ...at(command) });
}

function search(command: DocumentCommand, report: Report): void {
  const args = readArgs(command.argv, CURL_WITH_VALUE);
  const method = option(args, '-X', '--request')?.value?.toUpperCase();
  const url = args.positionals.map((p) => p.value).find((v) => /^(https?:\/\/|[\w.-]+:\d+)/.test(v) || isDynamic(v));
  if (!url || isLocalUrl(url)) return;
  const path =
    url
      .replace(/^[a-z]+:\/\/[^/]+/i, '')
      .replace(new RegExp(`^${DYNAMIC}+`), '')
      .split('?')[0] ?? '';
  // A host known only at run time is a search cluster when the path is one's: `_all`, a wildcard index, `_delete_by_query`.
  if (!SEARCH_URL.test(url) && !/^\/(_all|[\w.-]*\*[\w.*-]*)\/?$|\/_delete_by_query/.test(path)) return;
  if (method === 'DELETE') {
    // An index (`/orders`, `/orders-*`, `/_all`), not a document (`/orders/_doc/42`).
    const segments = path.split('/').filter(Boolean);
    if (segments.length === 1) report({ messageId: 'search', data: { url: display(url) }, ...at(command) });
    return;
  }
  const body = option(args, '-d', '--data', '--data-raw', '--data-binary', '--json')?.value ?? '';
  if (/_delete_by_query/.test(path) && /match_all/.test(body))
    report({ messageId: 'searchQuery', data: { url: display(url) }, ...at(command) });
}

function cql(command: DocumentCommand, report: Report): void {
  const args = readArgs(command.argv, CQLSH_WITH_VALUE);
  const statement = option(args, '-e', '--execute')?.value;
  const match = statement ? CQL_WIPE.exec(statement) : null;
  if (!match) return;
  const host = args.positionals[0]?.value;
  if (host !== undefined && isLocalTarget(command, host)) return;
  report({ messageId: 'cql', data: { statement: match[2]!.toUpperCase().replace(/\s+/g, ' ') }, ...at(command) });
}

function firestore(command: DocumentCommand, report: Report): void {
  const args = readArgs(command.argv, ['--project', '-P', '--database']);
  if (args.positionals[0]?.value !== 'firestore:delete') return;
  const how = hasOption(args, '--all-collections')
    ? '--all-collections'
    : hasOption(args, '-r', '--recursive')
      ? `${display(args.positionals[1]?.value ?? '')} --recursive`.trim()
      : undefined;
  if (how) report({ messageId: 'firestore', data: { how }, ...at(command) });
}
