/** How GitHub splits Markdown into prose and fenced code blocks (CommonMark backtick fences). */
export interface MarkdownParts {
  /** Lines outside fenced blocks, where HTML, mentions and links are interpreted. */
  prose: string;
  /** The contents of each fenced block. */
  blocks: string[];
  /** Whether a fence was left open at the end: everything after it would render as code. */
  unclosed: boolean;
}

export function markdownParts(markdown: string): MarkdownParts {
  const prose: string[] = [];
  const blocks: string[] = [];
  let fence: string | undefined;
  let block: string[] = [];
  for (const line of markdown.split('\n')) {
    if (fence === undefined) {
      const opener = /^ {0,3}(`{3,})[^`]*$/.exec(line)?.[1];
      if (opener !== undefined) {
        fence = opener;
        block = [];
      } else prose.push(line);
      continue;
    }
    const closer = /^ {0,3}(`{3,}) *$/.exec(line)?.[1];
    if (closer !== undefined && closer.length >= fence.length) {
      blocks.push(block.join('\n'));
      fence = undefined;
    } else block.push(line);
  }
  return { prose: prose.join('\n'), blocks, unclosed: fence !== undefined };
}
