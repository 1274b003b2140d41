// Expands a VS Code snippet body the way the editor inserts it when the reviewer accepts every
// default: tab stops become their placeholder text, a choice becomes its first option (or the one a
// test picks), `$0` disappears, transforms run on the value of their tab stop, and escapes resolve.
// Tests use it to check that a snippet's default expansion is a plausible letter.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repo-root';

export interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

export interface ExpandOptions {
  /** Picks an option of a choice; the first option (the editor's default) when absent. */
  choose?: (options: readonly string[], index: number) => string;
}

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'transform'; index: number; regex: RegExp; format: FormatNode[] };

type FormatNode =
  | { kind: 'text'; text: string }
  | { kind: 'group'; group: number; ifText?: string; elseText?: string; caseChange?: string };

export class SnippetSyntaxError extends Error {}

/** The snippets file of the extension, parsed. */
export function loadSnippets(): Record<string, SnippetDefinition> {
  const file = path.join(repoRoot(), 'snippets', 'imr.code-snippets');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SnippetDefinition>;
}

export function expandSnippet(body: string | readonly string[], options: ExpandOptions = {}): string {
  const source = typeof body === 'string' ? body : body.join('\n');
  const parser = new BodyParser(source);
  const nodes = parser.parseUntil(false);
  return new Expander(nodes, options).render(nodes);
}

class BodyParser {
  private pos = 0;
  constructor(private readonly source: string) {}

  /** Nodes up to the end of the body, or up to the `}` that closes the enclosing placeholder. */
  parseUntil(closingBrace: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) {
        nodes.push({ kind: 'text', text });
        text = '';
      }
    };
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      if (char === '\\' && '$}\\'.includes(this.source[this.pos + 1] ?? '')) {
        text += this.source[this.pos + 1];
        this.pos += 2;
      } else if (char === '}' && closingBrace) {
        this.pos += 1;
        flush();
        return nodes;
      } else if (char === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          text += '$';
          this.pos += 1;
        }
      } else {
        text += char;
        this.pos += 1;
      }
    }
    if (closingBrace) {
      throw new SnippetSyntaxError('a placeholder is not closed with }');
    }
    flush();
    return nodes;
  }

  private parseDollar(): SnippetNode | undefined {
    const rest = this.source.slice(this.pos);
    const simple = /^\$(\d+)/.exec(rest);
    if (simple) {
      this.pos += simple[0].length;
      return { kind: 'tabstop', index: Number(simple[1]) };
    }
    if (/^\$\{?[A-Za-z_]/.test(rest)) {
      throw new SnippetSyntaxError(`variables are not used in IMR snippets: ${rest.slice(0, 20)}`);
    }
    const opening = /^\$\{(\d+)([}:|/])/.exec(rest);
    if (!opening) {
      return undefined;
    }
    const index = Number(opening[1]);
    this.pos += opening[0].length;
    switch (opening[2]) {
      case '}':
        return { kind: 'tabstop', index };
      case ':':
        return { kind: 'placeholder', index, children: this.parseUntil(true) };
      case '|':
        return { kind: 'choice', index, options: this.parseChoiceOptions() };
      default:
        return this.parseTransform(index);
    }
  }

  private parseChoiceOptions(): string[] {
    const options: string[] = [];
    let option = '';
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      const next = this.source[this.pos + 1] ?? '';
      if (char === '\\' && ',|\\'.includes(next)) {
        option += next;
        this.pos += 2;
      } else if (char === ',') {
        options.push(option);
        option = '';
        this.pos += 1;
      } else if (char === '|' && next === '}') {
        options.push(option);
        this.pos += 2;
        return options;
      } else {
        option += char;
        this.pos += 1;
      }
    }
    throw new SnippetSyntaxError('a choice is not closed with |}');
  }

  private parseTransform(index: number): SnippetNode {
    const regex = this.readUntil('/');
    const format = parseFormat(this.readUntil('/', true));
    const flags = this.readUntil('}');
    return { kind: 'transform', index, regex: new RegExp(regex, flags), format };
  }

  /**
   * Raw text up to an unescaped `end`, with `\end` unescaped and other escapes kept for the next
   * stage. In a format, `${1:/upcase}` is one unit: its slash does not end the format.
   */
  private readUntil(end: string, skipFormatGroups = false): string {
    let text = '';
    while (this.pos < this.source.length) {
      const char = this.source[this.pos];
      const group = skipFormatGroups ? /^\$\{\d+(:[^}]*)?\}/.exec(this.source.slice(this.pos)) : null;
      if (group) {
        text += group[0];
        this.pos += group[0].length;
      } else if (char === '\\' && this.source[this.pos + 1] === end) {
        text += end;
        this.pos += 2;
      } else if (char === end) {
        this.pos += 1;
        return text;
      } else {
        text += char;
        this.pos += 1;
      }
    }
    throw new SnippetSyntaxError(`a transform is missing its closing ${end}`);
  }
}

function parseFormat(source: string): FormatNode[] {
  const nodes: FormatNode[] = [];
  const pattern = /\\(.)|\$(\d+)|\$\{(\d+)\}|\$\{(\d+):(\/upcase|\/downcase|\/capitalize|\+[^}]*|\?[^:}]*:[^}]*|-?[^}]*)\}|([^\\$]+|\$)/gy;
  for (const match of source.matchAll(pattern)) {
    const [, escaped, bare, braced, withArgument, argument, literal] = match;
    if (escaped !== undefined || literal !== undefined) {
      nodes.push({ kind: 'text', text: escaped ?? literal });
    } else if (bare !== undefined || braced !== undefined) {
      nodes.push({ kind: 'group', group: Number(bare ?? braced) });
    } else {
      nodes.push(formatGroup(Number(withArgument), argument));
    }
  }
  return nodes;
}

function formatGroup(group: number, argument: string): FormatNode {
  if (argument.startsWith('/')) {
    return { kind: 'group', group, caseChange: argument.slice(1) };
  }
  if (argument.startsWith('+')) {
    return { kind: 'group', group, ifText: argument.slice(1), elseText: '' };
  }
  if (argument.startsWith('?')) {
    const [ifText, elseText] = argument.slice(1).split(':');
    return { kind: 'group', group, ifText, elseText };
  }
  return { kind: 'group', group, elseText: argument.startsWith('-') ? argument.slice(1) : argument };
}

function applyFormat(format: readonly FormatNode[], groups: readonly (string | undefined)[]): string {
  return format
    .map((node) => {
      if (node.kind === 'text') {
        return node.text;
      }
      const value = groups[node.group];
      if (node.ifText !== undefined || node.elseText !== undefined) {
        return value ? (node.ifText ?? value) : (node.elseText ?? '');
      }
      return changeCase(value ?? '', node.caseChange);
    })
    .join('');
}

function changeCase(value: string, caseChange: string | undefined): string {
  switch (caseChange) {
    case 'upcase':
      return value.toUpperCase();
    case 'downcase':
      return value.toLowerCase();
    case 'capitalize':
      return value.charAt(0).toUpperCase() + value.slice(1);
    default:
      return value;
  }
}

class Expander {
  /** As in the editor, the first placeholder or choice of an index defines the value of every mirror. */
  private readonly definitions = new Map<number, SnippetNode>();
  private readonly values = new Map<number, string>();

  constructor(
    nodes: readonly SnippetNode[],
    private readonly options: ExpandOptions,
  ) {
    this.collect(nodes);
  }

  private collect(nodes: readonly SnippetNode[]): void {
    for (const node of nodes) {
      if ((node.kind === 'placeholder' || node.kind === 'choice') && !this.definitions.has(node.index)) {
        this.definitions.set(node.index, node);
      }
      if (node.kind === 'placeholder') {
        this.collect(node.children);
      }
    }
  }

  render(nodes: readonly SnippetNode[]): string {
    return nodes.map((node) => this.renderNode(node)).join('');
  }

  private renderNode(node: SnippetNode): string {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'transform':
        return this.valueOf(node.index).replace(node.regex, (...args: unknown[]) => {
          const groupCount = args.findIndex((arg) => typeof arg === 'number') - 1;
          return applyFormat(node.format, args.slice(0, groupCount + 1) as (string | undefined)[]);
        });
      default:
        return this.valueOf(node.index);
    }
  }

  private valueOf(index: number): string {
    const known = this.values.get(index);
    if (known !== undefined) {
      return known;
    }
    const definition = this.definitions.get(index);
    let value = '';
    if (definition?.kind === 'placeholder') {
      value = this.render(definition.children);
    } else if (definition?.kind === 'choice') {
      value = this.options.choose?.(definition.options, index) ?? definition.options[0];
    }
    this.values.set(index, value);
    return value;
  }
}
