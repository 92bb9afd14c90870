import type { Node } from 'yaml';
import { entriesOf, pairSpan, parseYaml, scalarText, spanOf, valueOf } from '../yaml/positions.js';
import { yamlArguments } from './arguments.js';
import type { CodeProperty, CodeRead, CodeResource } from './resources.js';

export { isPulumiYamlPath } from './recognise.js';

/** `aws:rds/instance:Instance` and `aws:rds:Instance` as code writes them: `aws.rds.Instance`. */
function qualifiedOf(type: string): string {
  const [provider = '', module = '', className = ''] = type.split(':');
  return [provider, module.split('/')[0], className].filter(Boolean).join('.');
}

function propertiesOf(node: Node | null | undefined, text: string): CodeProperty[] {
  return entriesOf(node).map(({ key, pair }) => {
    const range = pair.value?.range;
    return {
      key: key.replace(/_/g, '').toLowerCase(),
      name: key,
      value: scalarText(pair.value) ?? (range ? text.slice(range[0], range[1]) : ''),
      span: pairSpan(pair),
    };
  });
}

/** The resources of a Pulumi YAML program in the same shape as those read from code. */
export function readPulumiYaml(text: string): CodeRead {
  const stream = parseYaml(text);
  const root = stream.documents[0]?.root;
  const resources: CodeResource[] = [];
  for (const { key, pair } of entriesOf(valueOf(root, 'resources'))) {
    const type = scalarText(valueOf(pair.value, 'type')) ?? '';
    const qualified = qualifiedOf(type);
    resources.push({
      qualified,
      resolved: qualified,
      className: qualified.split('.').pop() ?? '',
      logicalName: key,
      span: pairSpan(pair),
      calleeSpan: spanOf(pair.key)!,
      props: propertiesOf(valueOf(pair.value, 'properties'), text),
      options: propertiesOf(valueOf(pair.value, 'options'), text),
      arguments: yamlArguments(valueOf(pair.value, 'properties')),
    });
  }
  return { resources, members: [], syntaxError: stream.error !== undefined };
}
