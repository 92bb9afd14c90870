/**
 * Blanks the Go template actions of a Helm template (`{{ ... }}`) so the manifest around them
 * parses as YAML with every offset unchanged. An action where a line's content starts
 * (`{{- if ... }}`, `{{ toYaml . | nindent 4 }}`) becomes spaces; an action after other content
 * (`name: {{ .Release.Name }}-db`, `- {{ .Values.x }}`) becomes underscores, so the value stays
 * a plain scalar. Line breaks inside an action are kept.
 */
export function blankTemplateActions(text: string): string {
  const chars = text.split('');
  for (const match of text.matchAll(/\{\{[\s\S]*?\}\}/g)) {
    const start = match.index;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const fill = chars.slice(lineStart, start).join('').trim() === '' ? ' ' : '_';
    for (let i = start; i < start + match[0].length; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = fill;
  }
  return chars.join('');
}

/** Whether a path is a template of a Helm chart: a YAML file under a chart's `templates/` folder. */
export function isHelmTemplatePath(path: string): boolean {
  return /(^|\/)templates\/(.+\/)?[^/]+\.ya?ml$/i.test(path);
}
