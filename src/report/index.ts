import type { Decision } from '../core/types.js';
import { render as renderJson } from './json.js';
import { render as renderMarkdown, type MarkdownOptions } from './markdown.js';
import { render as renderSarif, type SarifOptions } from './sarif.js';
import { render as renderText, type TextOptions } from './text.js';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif';
export type RenderOptions = TextOptions & MarkdownOptions & SarifOptions;

export type { MarkdownOptions, SarifOptions, TextOptions };
export type { SarifRule } from './sarif.js';

/** The decision in one of the CLI's `--format`s, without a trailing newline. */
export function renderDecision(decision: Decision, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(decision, options);
    case 'json':
      return renderJson(decision);
    case 'markdown':
      return renderMarkdown(decision, options);
    case 'sarif':
      return renderSarif(decision, options);
  }
}
