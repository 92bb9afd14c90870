import { shiftBy } from '../../../../parsers/offset-map.js';
import type { ShellSource, SourceRead } from '../sources.js';
import { linesOf } from './text-builder.js';

export { isProcfile } from './recognise.js';

/** `web: bundle exec puma`: each process type's command, which the platform runs with a shell. */
export function procfileSources(text: string): SourceRead {
  const sources: ShellSource[] = [];
  for (const line of linesOf(text)) {
    const m = /^([\w-]+)[ \t]*:[ \t]*/.exec(line.text);
    if (!m || line.text.startsWith('#')) continue;
    sources.push({
      text: line.text.slice(m[0].length),
      toFile: shiftBy(line.start + m[0].length),
      label: `process ${JSON.stringify(m[1])}`,
    });
  }
  return { sources, notes: [] };
}
