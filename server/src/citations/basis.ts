// The basis statement of a guideline field: "The Claims Administrator based their decision on …",
// "did not cite any medical evidence", "outside of the MTUS".
import type { Token } from '../catalog';
import type { BasisKind, BasisStatement } from './model';
import { matchWords, tokensSpan, trimEnd } from './tokens';

// ---- basis statements ------------------------------------------------------------------------

const basisPhrases: { kind: BasisKind; words: string[] }[] = [
  { kind: 'no-evidence', words: ['did', 'not', 'cite', 'any', 'medical', 'evidence'] },
  { kind: 'not-based-on-mtus', words: ['did', 'not', 'base', 'their', 'decision', 'on', 'the', 'mtus'] },
  { kind: 'not-based-on-mtus', words: ['did', 'not', 'base', 'its', 'decision', 'on', 'the', 'mtus'] },
  { kind: 'outside-mtus', words: ['outside', 'of', 'the', 'mtus'] },
  { kind: 'outside-mtus', words: ['outside', 'the', 'mtus'] },
];

// Word sequences matched at many tokens, made once rather than at every call.
const claimsAdministrator: readonly string[] = ['claims', 'administrator'];
const expertReviewer: readonly string[] = ['expert', 'reviewer'];
export const decisionBasedOn: readonly string[] = ['decision', 'based', 'on'];
export const officialDisability: readonly string[] = ['official', 'disability'];
export const officialDisabilities: readonly string[] = ['official', 'disabilities'];

export function findBasis(source: string, tokens: readonly Token[], from: number, to: number): BasisStatement | undefined {
  for (let i = from; i < to; i++) {
    if (tokens[i].kind === 'punct') continue;
    for (const phrase of basisPhrases) {
      if (tokens[i].norm !== phrase.words[0]) continue;
      if (matchWords(tokens, i, phrase.words, to) < 0) continue;
      const end = trimEnd(tokens, from, to);
      let actor: BasisStatement['actor'] = 'unknown';
      for (let k = from; k < i; k++) {
        if (matchWords(tokens, k, claimsAdministrator, i) > 0) actor = 'claims';
        else if (matchWords(tokens, k, expertReviewer, i) > 0) actor = 'reviewer';
      }
      return { kind: phrase.kind, actor, span: tokensSpan(source, tokens, from, Math.max(end, from + 1)) };
    }
  }
  return undefined;
}
