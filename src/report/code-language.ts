const LANGUAGES = new Map([
  ['sql', 'sql'],
  ['tf', 'hcl'],
  ['hcl', 'hcl'],
  ['yml', 'yaml'],
  ['yaml', 'yaml'],
  ['json', 'json'],
  ['sh', 'sh'],
  ['bash', 'sh'],
  ['rb', 'ruby'],
  ['py', 'python'],
  ['ts', 'ts'],
  ['js', 'js'],
  ['go', 'go'],
  ['xml', 'xml'],
]);

/** A fixed info string from the extension: nothing from the path itself reaches the fence line. */
export function languageOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return LANGUAGES.get(ext) ?? '';
}
