// Longest match of catalog names over word tokens. Punctuation between words is transparent, so
// "NSAIDs, GI symptoms & cardiovascular risk" matches across its commas, and the longest name that
// fits wins: the rule the letters' comma-laden section lists need. Built once per catalog.
import { keyWords, type Token } from '../text/tokens';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  value?: T;
}

export interface TrieMatch<T> {
  value: T;
  /** Index of the first and one past the last token matched. */
  startIndex: number;
  endIndex: number;
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  /** Adds a name; the first value added for a key is kept (earlier entries take precedence). */
  add(name: string, value: T): void {
    this.addWords(keyWords(name), value);
  }

  addWords(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let next = node.children.get(word);
      if (!next) {
        next = { children: new Map() };
        node.children.set(word, next);
      }
      node = next;
    }
    if (node.value === undefined) node.value = value;
  }

  /** Longest name starting at token `index` (which must be a word or number); ends before `limit`. */
  longest(tokens: readonly Token[], index: number, limit = tokens.length): TrieMatch<T> | undefined {
    if (index >= limit || tokens[index].kind === 'punct') return undefined;
    let node = this.root;
    // The best match as its node and end; one result object, made at the end.
    let bestNode: TrieNode<T> | undefined;
    let bestEnd = 0;
    for (let i = index; i < limit; i++) {
      const token = tokens[i];
      if (token.kind === 'punct') continue;
      const next = node.children.get(token.norm);
      if (!next) break;
      node = next;
      if (node.value !== undefined) {
        bestNode = node;
        bestEnd = i + 1;
      }
    }
    return bestNode ? { value: bestNode.value as T, startIndex: index, endIndex: bestEnd } : undefined;
  }

  /** Every name starting at token `index`, shortest first (not only the longest). */
  allAt(tokens: readonly Token[], index: number): T[] {
    const found: T[] = [];
    if (index >= tokens.length || tokens[index].kind === 'punct') return found;
    let node = this.root;
    for (let i = index; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind === 'punct') continue;
      const next = node.children.get(token.norm);
      if (!next) break;
      node = next;
      if (node.value !== undefined) found.push(node.value);
    }
    return found;
  }

  /** Exact lookup of a whole name. */
  get(name: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of keyWords(name)) {
      node = node.children.get(word);
      if (!node) return undefined;
    }
    return node.value;
  }
}
