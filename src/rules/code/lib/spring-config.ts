import { isMap, isScalar, type Node } from 'yaml';
import type { RawFinding } from '../../../core/checker.js';
import { runRules } from '../../../core/checker.js';
import type { Span } from '../../../core/types.js';
import { entriesOf, parseYaml, scalarText, spanOf } from '../../../parsers/yaml/positions.js';
import { schemaResetConfig } from '../schema-reset-config.js';

/** Profiles that run only in tests or on a developer's machine. */
const LOCAL_PROFILE = /^(test|tests|local|h2|it|unittest|integration-test)$/i;

export { isSpringConfig } from './spring-path.js';
import { CONFIG_FILE } from './spring-path.js';

/** A setting and the value it has, where the value is in the file. */
export interface ConfigSetting {
  key: string;
  value: string;
  span: Span;
}

export interface SpringConfigDocument {
  path: string;
  settings: ConfigSetting[];
}

export const springConfigRules = [schemaResetConfig] as const;

export function checkSpringConfig(file: { path: string; text: string }): { findings: RawFinding[]; notes: string[] } {
  const profile = CONFIG_FILE.exec(file.path)?.[4];
  if (profile && LOCAL_PROFILE.test(profile)) return { findings: [], notes: [] };
  const settings = /\.properties$/i.test(file.path) ? propertiesSettings(file.text) : yamlSettings(file.text);
  return { findings: runRules([schemaResetConfig], { path: file.path, settings }, () => false), notes: [] };
}

/** `key=value`, `key: value`, `key value`; `#`/`!` comments; continuation lines joined. */
function propertiesSettings(text: string): ConfigSetting[] {
  const settings: ConfigSetting[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = /^(\s*)([^#!\s=:][^=:\s]*)\s*[=:\s]\s*(.*?)\s*$/.exec(line);
    if (m)
      settings.push({
        key: m[2]!,
        value: m[3]!.replace(/\\$/, ''),
        span: { start: offset + m[1]!.length, end: offset + line.length },
      });
    offset += line.length + 1;
  }
  return settings;
}

/** Every scalar leaf of every document, under its dotted path; documents for a local profile are skipped. */
function yamlSettings(text: string): ConfigSetting[] {
  const settings: ConfigSetting[] = [];
  for (const doc of parseYaml(text).documents) {
    const leaves: ConfigSetting[] = [];
    collect(doc.root, '', leaves);
    const profile = leaves.find((l) => /^spring\.(config\.activate\.on-profile|profiles)$/i.test(l.key))?.value;
    if (profile && profile.split(/[,\s]+/).every((p) => LOCAL_PROFILE.test(p.replace(/^!/, '')))) continue;
    settings.push(...leaves);
  }
  return settings;
}

function collect(node: Node | null | undefined, prefix: string, out: ConfigSetting[]): void {
  if (!isMap(node)) return;
  for (const { key, pair } of entriesOf(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = pair.value;
    if (isMap(value)) collect(value, path, out);
    else if (isScalar(value)) {
      const text = scalarText(value);
      const span = spanOf(pair.key as Node);
      if (text !== undefined && span)
        out.push({ key: path, value: text, span: { start: span.start, end: spanOf(value)?.end ?? span.end } });
    }
  }
}
