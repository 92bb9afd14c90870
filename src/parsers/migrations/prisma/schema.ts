import type { Span } from '../../../core/types.js';
import { tokenizePrisma, type PrismaToken } from './tokens.js';

/** `@map("email")`, `@db.VarChar(255)`, `@@map("users")`: the name after `@`/`@@` and its arguments as written. */
export interface PrismaAttribute {
  name: string;
  /** Positional arguments: a string's value, a number, a name; named arguments under `name:`. */
  args: string[];
  named: Map<string, string>;
  span: Span;
}

export interface PrismaField {
  name: string;
  /** The type's name: `String`, `Decimal`, an enum's or a model's name. */
  type: string;
  optional: boolean;
  list: boolean;
  attributes: PrismaAttribute[];
  nameSpan: Span;
  typeSpan: Span;
  /** From the field's name to the end of its line. */
  span: Span;
}

export interface PrismaSetting {
  /** A string's value, or the expression as written (`env("DATABASE_URL")`). */
  value: string;
  /** Whether the value is a string literal rather than `env(...)` or another expression. */
  literal: boolean;
  span: Span;
}

export interface PrismaBlock {
  /** `model`, `view`, `enum`, `type`, `datasource`, `generator`. */
  keyword: string;
  name: string;
  fields: PrismaField[];
  /** Block attributes: `@@map`, `@@schema`, `@@id`. */
  attributes: PrismaAttribute[];
  /** `datasource` and `generator` settings: `provider = "postgresql"`, `url = env("DATABASE_URL")`. */
  settings: Map<string, PrismaSetting>;
  /** From the keyword to the block's name: where a removed model is pointed at. */
  header: Span;
  span: Span;
}

export interface PrismaSchema {
  blocks: PrismaBlock[];
  /** Lines the parser could not read, by offset: the reader fails closed on them. */
  errors: { at: number; message: string }[];
}

/** Parses a Prisma schema into blocks, fields and attributes, keeping every position. */
export function parsePrismaSchema(text: string): PrismaSchema {
  return new SchemaParser(tokenizePrisma(text), text.length).parse();
}

class SchemaParser {
  private i = 0;
  private readonly errors: PrismaSchema['errors'] = [];

  constructor(
    private readonly tokens: PrismaToken[],
    private readonly length: number,
  ) {}

  parse(): PrismaSchema {
    const blocks: PrismaBlock[] = [];
    while (this.skipNewlines()) {
      const block = this.block();
      if (block) blocks.push(block);
    }
    return { blocks, errors: this.errors };
  }

  private peek(offset = 0): PrismaToken | undefined {
    return this.tokens[this.i + offset];
  }

  private is(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token !== undefined && token.kind !== 'string' && token.value === value;
  }

  /** Skips blank lines; false at the end of the file. */
  private skipNewlines(): boolean {
    while (this.peek()?.kind === 'newline') this.i++;
    return this.i < this.tokens.length;
  }

  private skipLine(): void {
    while (this.peek() && this.peek()!.kind !== 'newline') this.i++;
  }

  private fail(message: string): void {
    this.errors.push({ at: this.peek()?.start ?? this.length, message });
  }

  private block(): PrismaBlock | undefined {
    const keyword = this.peek()!;
    const name = this.peek(1);
    if (keyword.kind !== 'name' || name?.kind !== 'name' || !this.is('{', 2)) {
      this.fail(`expected a block such as \`model Name {\`, found \`${keyword.value}\``);
      this.skipLine();
      return undefined;
    }
    this.i += 3;
    const block: PrismaBlock = {
      keyword: keyword.value,
      name: name.value,
      fields: [],
      attributes: [],
      settings: new Map(),
      header: { start: keyword.start, end: name.end },
      span: { start: keyword.start, end: this.length },
    };
    while (this.skipNewlines()) {
      const token = this.peek()!;
      if (this.is('}')) {
        block.span.end = token.end;
        this.i++;
        return block;
      }
      if (this.is('@@')) {
        const attribute = this.attribute();
        if (attribute) block.attributes.push(attribute);
      } else if (token.kind === 'name' && this.is('=', 1)) {
        this.i += 2;
        const first = this.peek();
        const literal = first?.kind === 'string';
        const start = first?.start ?? token.end;
        const value = this.valueText();
        const end = this.tokens[this.i - 1]?.end ?? start;
        block.settings.set(token.value, { value, literal, span: { start, end } });
      } else if (token.kind === 'name' && block.keyword === 'enum') {
        this.i++;
        block.fields.push(this.enumValue(token));
      } else if (token.kind === 'name') {
        const field = this.field();
        if (field) block.fields.push(field);
      } else {
        this.fail(`unexpected \`${token.value}\` in ${block.keyword} ${block.name}`);
      }
      this.skipLine();
    }
    this.errors.push({ at: block.span.start, message: `${block.keyword} ${block.name} is not closed` });
    return block;
  }

  private enumValue(token: PrismaToken): PrismaField {
    const attributes: PrismaAttribute[] = [];
    while (this.is('@')) {
      const attribute = this.attribute();
      if (attribute) attributes.push(attribute);
      else break;
    }
    const span = { start: token.start, end: token.end };
    return {
      name: token.value,
      type: '',
      optional: false,
      list: false,
      attributes,
      nameSpan: span,
      typeSpan: span,
      span,
    };
  }

  private field(): PrismaField | undefined {
    const name = this.peek()!;
    const type = this.peek(1);
    if (type?.kind !== 'name') {
      this.fail(`field ${name.value} has no type`);
      return undefined;
    }
    this.i += 2;
    const typeSpan = { start: type.start, end: type.end };
    // Unsupported("circle"): the argument is part of the type.
    if (this.is('(')) typeSpan.end = this.skipParens();
    let list = false;
    let optional = false;
    if (this.is('[') && this.is(']', 1)) {
      list = true;
      typeSpan.end = this.peek(1)!.end;
      this.i += 2;
    }
    if (this.is('?')) {
      optional = true;
      typeSpan.end = this.peek()!.end;
      this.i++;
    }
    const attributes: PrismaAttribute[] = [];
    let end = typeSpan.end;
    while (this.is('@')) {
      const attribute = this.attribute();
      if (!attribute) break;
      attributes.push(attribute);
      end = attribute.span.end;
    }
    if (this.peek() && this.peek()!.kind !== 'newline' && !this.is('}'))
      this.fail(`unexpected \`${this.peek()!.value}\` after field ${name.value}`);
    return {
      name: name.value,
      type: type.value,
      optional,
      list,
      attributes,
      nameSpan: { start: name.start, end: name.end },
      typeSpan,
      span: { start: name.start, end },
    };
  }

  /** `@name`, `@ns.name`, `@@name`, each with optional `(args)`. */
  private attribute(): PrismaAttribute | undefined {
    const at = this.peek()!;
    this.i++;
    const parts: string[] = [];
    let end = at.end;
    while (this.peek()?.kind === 'name') {
      parts.push(this.peek()!.value);
      end = this.peek()!.end;
      this.i++;
      if (!this.is('.')) break;
      this.i++;
    }
    if (parts.length === 0) {
      this.fail('an attribute without a name');
      return undefined;
    }
    const attribute: PrismaAttribute = {
      name: parts.join('.'),
      args: [],
      named: new Map(),
      span: { start: at.start, end },
    };
    if (this.is('(')) {
      this.arguments(attribute);
      attribute.span.end = this.tokens[this.i - 1]!.end;
    }
    return attribute;
  }

  /** Top-level arguments of `( ... )`: positional values and `name: value` pairs. */
  private arguments(attribute: PrismaAttribute): void {
    this.i++;
    while (this.peek() && !this.is(')')) {
      if (this.peek()!.kind === 'newline' || this.is(',')) {
        this.i++;
        continue;
      }
      const token = this.peek()!;
      if (token.kind === 'name' && this.is(':', 1)) {
        this.i += 2;
        attribute.named.set(token.value, this.valueText());
      } else {
        attribute.args.push(this.valueText());
      }
    }
    if (this.is(')')) this.i++;
    else this.fail(`@${attribute.name}( is not closed`);
  }

  /** One value: a string's content, a number, a name, or a call/list as written (`now()`, `[id]`). */
  private valueText(): string {
    const token = this.peek();
    if (!token || token.kind === 'newline') return '';
    if (token.kind === 'string' || token.kind === 'number') {
      this.i++;
      return token.value;
    }
    const start = this.i;
    let depth = 0;
    while (this.peek() && this.peek()!.kind !== 'newline') {
      if (this.is('(') || this.is('[')) depth++;
      else if (this.is(')') || this.is(']')) {
        if (depth === 0) break;
        depth--;
      } else if (this.is(',') && depth === 0) break;
      this.i++;
    }
    return this.tokens
      .slice(start, this.i)
      .map((t) => (t.kind === 'string' ? JSON.stringify(t.value) : t.value))
      .join('');
  }

  /** Skips a balanced `( ... )`, returning the offset after it. */
  private skipParens(): number {
    let depth = 0;
    while (this.peek() && this.peek()!.kind !== 'newline') {
      if (this.is('(')) depth++;
      if (this.is(')')) depth--;
      this.i++;
      if (depth === 0) break;
    }
    return this.tokens[this.i - 1]!.end;
  }
}
