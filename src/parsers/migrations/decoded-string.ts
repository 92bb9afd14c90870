import { fromOffsets, type OffsetMap } from '../offset-map.js';

/** A string literal's value as the program sees it, with where each character is in the file. */
export interface DecodedString {
  text: string;
  toFile: OffsetMap;
}

/** What a SQL argument turned out to be: literal text, or something built at run time. */
export type SqlArgument = ({ kind: 'static' } & DecodedString) | { kind: 'dynamic'; reason: string };

/**
 * Builds a decoded string piece by piece (literal runs, escapes, concatenated literals), keeping
 * the file offset of every character so SQL findings inside it land on the right line.
 */
export class DecodedBuilder {
  private text = '';
  private readonly offsets: number[] = [];
  private end = 0;

  /** Characters copied unchanged from `src[start, end)`. */
  verbatim(src: string, start: number, end: number): this {
    for (let i = start; i < end; i++) this.offsets.push(i);
    this.text += src.slice(start, end);
    this.end = end;
    return this;
  }

  /** A decoded escape (`\n`, `""`, `\x41`) written at `src[start, end)`. */
  decoded(value: string, start: number, end: number): this {
    for (let i = 0; i < value.length; i++) this.offsets.push(start);
    this.text += value;
    this.end = end;
    return this;
  }

  append(other: DecodedBuilder): this {
    this.offsets.push(...other.offsets);
    this.text += other.text;
    this.end = other.end;
    return this;
  }

  finish(): DecodedString {
    return { text: this.text, toFile: fromOffsets([...this.offsets, this.end]) };
  }
}
