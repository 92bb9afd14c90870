import type { Node } from 'yaml';
import { isMap, isScalar } from 'yaml';
import type { Span } from '../../core/types.js';
import { entriesOf, itemsOf, pairOf, pairSpan, parseYaml, scalarText, spanOf, valueOf } from '../yaml/positions.js';

export { isComposePath } from './recognise.js';

/** One volume a service mounts. */
export interface ServiceMount {
  kind: 'volume' | 'bind' | 'tmpfs';
  /** The named volume, or the host path of a bind; empty for an anonymous volume or tmpfs. */
  source: string;
  target: string;
  span: Span;
}

export interface ComposeService {
  name: string;
  image: string;
  nameSpan: Span;
  mounts: ServiceMount[];
}

export interface ComposeFile {
  services: ComposeService[];
  /** Top-level named volumes. */
  volumes: { name: string; span: Span; external: boolean; externalSpan?: Span }[];
}

export type ComposeRead = { compose?: ComposeFile; error?: string };

export function readCompose(text: string): ComposeRead {
  const stream = parseYaml(text);
  if (stream.error) return { error: stream.error.message };
  const root = stream.documents[0]?.root;
  if (!isMap(root)) return {};
  const services = entriesOf(valueOf(root, 'services')).map(({ key, pair }) => ({
    name: key,
    image: scalarText(valueOf(pair.value, 'image')) ?? '',
    nameSpan: spanOf(pair.key)!,
    mounts: mountsOf(pair.value),
  }));
  const volumes = entriesOf(valueOf(root, 'volumes')).map(({ key, pair }) => {
    const external = pairOf(pair.value, 'external');
    return {
      name: key,
      span: spanOf(pair.key)!,
      external: external !== undefined && scalarText(external.value) !== 'false',
      ...(external ? { externalSpan: pairSpan(external) } : {}),
    };
  });
  return { compose: { services, volumes } };
}

function mountsOf(service: Node | null): ServiceMount[] {
  const out: ServiceMount[] = [];
  for (const item of itemsOf(valueOf(service, 'volumes'))) {
    const span = spanOf(item)!;
    if (isScalar(item)) {
      const mount = shortSyntax(String(item.value));
      if (mount) out.push({ ...mount, span });
    } else {
      const type = scalarText(valueOf(item, 'type')) ?? 'volume';
      const kind = type === 'bind' ? 'bind' : type === 'tmpfs' ? 'tmpfs' : 'volume';
      out.push({
        kind,
        source: scalarText(valueOf(item, 'source')) ?? '',
        target: scalarText(valueOf(item, 'target')) ?? '',
        span,
      });
    }
  }
  const tmpfs = valueOf(service, 'tmpfs');
  const tmpfsItems = isScalar(tmpfs) ? [tmpfs] : itemsOf(tmpfs);
  for (const item of tmpfsItems) {
    const target = scalarText(item)?.split(':')[0];
    if (target) out.push({ kind: 'tmpfs', source: '', target, span: spanOf(item)! });
  }
  return out;
}

/** `pgdata:/var/lib/postgresql/data:rw`, `./data:/data`, `/var/lib/mysql` (anonymous). */
function shortSyntax(text: string): Omit<ServiceMount, 'span'> | undefined {
  const parts = text.split(':');
  if (parts.length === 1) return { kind: 'volume', source: '', target: parts[0]! };
  const [source, target] = parts as [string, string];
  const bind = /^[./~$]/.test(source) || source.includes('/');
  return { kind: bind ? 'bind' : 'volume', source, target };
}
