import type { Node } from 'web-tree-sitter';
import { propertiesOf, type CodeCall } from '../../../parsers/code/read.js';
import { evaluate, isKnown, UNKNOWN, type CodeValue } from '../../../parsers/code/values.js';
import type { CodeDocument } from './document.js';
import { providerApiOf, type ProviderApi } from './providers.js';

/** An HTTP request the code makes to a provider's API. */
export interface ProviderRequest {
  call: CodeCall;
  api: ProviderApi;
  url: CodeValue;
  /** Upper-case, or undefined when decided at run time. */
  method: string | undefined;
  /** The request body expression, when the call has one. */
  body: Node | undefined;
}

const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
const FETCH_NAMES = new Set(['fetch', '$fetch', 'ofetch', 'request', 'axios', 'urlopen']);

/**
 * `fetch(url, { method })`, `axios.delete(url)`, `axios({ method, url })`, `requests.delete(url)`,
 * `requests.request('DELETE', url)`, `http.NewRequest("DELETE", url, nil)`, `HTTParty.delete(url)`,
 * `Net::HTTP::Delete.new(uri)`: the requests whose URL is a known provider API.
 */
export function providerRequests(doc: CodeDocument): ProviderRequest[] {
  const requests: ProviderRequest[] = [];
  for (const call of doc.calls) {
    const request = readRequest(doc, call);
    if (!request) continue;
    const api = providerApiOf(request.url.text);
    if (api) requests.push({ call, api, ...request });
  }
  return requests;
}

type Read = Omit<ProviderRequest, 'call' | 'api'>;

function readRequest(doc: CodeDocument, call: CodeCall): Read | undefined {
  const scope = doc.scope;
  const value = (node: Node | undefined) => (node ? evaluate(node, scope) : undefined);
  const methodOf = (node: Node | undefined) => {
    if (!node) return undefined;
    if (/\bMethod(Delete|Post|Get|Put|Patch)$/.test(node.text)) return node.text.replace(/^.*Method/, '').toUpperCase();
    const text = evaluate(node, scope).text;
    return text.includes(UNKNOWN) ? undefined : text.toUpperCase();
  };
  const [first, second, third] = call.args.map((a) => a.value);
  const keyword = (key: string) => call.args.find((a) => a.key === key)?.value;
  const name = call.name;
  // Go: http.NewRequest(method, url, body) and NewRequestWithContext(ctx, method, url, body).
  if (name === 'NewRequest' || name === 'NewRequestWithContext') {
    const args = name === 'NewRequest' ? [first, second, third] : call.args.slice(1).map((a) => a.value);
    const url = value(args[1]);
    return url ? { url, method: methodOf(args[0]), body: args[2] } : undefined;
  }
  // Ruby: Net::HTTP::Delete.new(uri)
  if (name === 'new' && VERBS.has((call.receiver.at(-1) ?? '').split('::').pop()!.toLowerCase())) {
    const url = value(first);
    const verb = (call.receiver.at(-1) ?? '').split('::').pop()!.toUpperCase();
    return url ? { url, method: verb, body: undefined } : undefined;
  }
  if (VERBS.has(name.toLowerCase()) && first && !call.isNew) {
    const url = value(first);
    const body = second ?? keyword('json') ?? keyword('data') ?? keyword('body');
    return url ? { url, method: name.toUpperCase(), body } : undefined;
  }
  if (FETCH_NAMES.has(name) && first) {
    // requests.request('DELETE', url) / urllib Request(url, method=...)
    if (call.receiver.length > 0 && second && first.type !== 'object') {
      const url = value(second);
      if (url && isUrlish(url)) return { url, method: methodOf(first), body: keyword('json') ?? keyword('data') };
    }
    // axios({ method, url, data }) / fetch(url, { method, body })
    if (first.type === 'object' || first.type === 'dictionary') {
      const props = propertiesOf(first, scope);
      const url = value(props.find((p) => p.key === 'url')?.value);
      const method = props.find((p) => p.key === 'method')?.value;
      return url
        ? { url, method: method ? methodOf(method) : 'GET', body: props.find((p) => p.key === 'data')?.value }
        : undefined;
    }
    const url = value(first);
    if (!url || !isUrlish(url)) return undefined;
    const options = second ? propertiesOf(second, scope) : [];
    const method = options.find((p) => p.key === 'method')?.value ?? keyword('method');
    const body = options.find((p) => p.key === 'body')?.value ?? keyword('data');
    return { url, method: method ? methodOf(method) : second && !isPlainObject(second) ? undefined : 'GET', body };
  }
  return undefined;
}

function isUrlish(url: CodeValue): boolean {
  return /^\s*(?:https?:)?\/\//i.test(url.text) || !isKnown(url);
}

function isPlainObject(node: Node): boolean {
  return node.type === 'object' || node.type === 'dictionary';
}
