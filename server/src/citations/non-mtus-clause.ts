// A Non-MTUS citation clause: ODG chapter and topic, or another source named in words.
import type { Catalog, Token } from '../catalog';
import type { Span } from '../letter/model';
import type { NonMtusClause, OdgReference } from './model';
import { closeParens, isPunct, isWord, matchWords, tokensSpan, trimEnd } from './tokens';
import { officialDisabilities, officialDisability } from './basis';
import { Lead } from './leads';

// ---- Non-MTUS clauses ------------------------------------------------------------------------

const odgChapterFiller = new Set(['chapter', 'section', 'acute', 'chronic', 'and', 'online', 'version', 'updated', 'odg', 'topic']);

function readOdg(source: string, tokens: readonly Token[], catalog: Catalog, from: number, to: number): OdgReference | undefined {
  let odgAt = -1;
  for (let i = from; i < to; i++) {
    if (isWord(tokens, i, 'odg') || matchWords(tokens, i, officialDisability, to) > 0 || matchWords(tokens, i, officialDisabilities, to) > 0) {
      odgAt = i;
      break;
    }
  }
  if (odgAt < 0) return undefined;
  const reference: OdgReference = {};
  for (let i = odgAt; i < to; i++) {
    const match = catalog.matchOdgChapter(tokens, i, to);
    if (!match) continue;
    reference.chapter = { span: tokensSpan(source, tokens, i, match.endIndex), chapter: match.value };
    let k = match.endIndex;
    // Skip "Chapter", "(Acute & Chronic)", "(updated 11/3/16)" and punctuation before the topic.
    while (k < to && (tokens[k].kind === 'punct' || odgChapterFiller.has(tokens[k].norm) || tokens[k].kind === 'number')) k++;
    if (k < to) {
      const topic = catalog.matchOdgTopic(match.value, tokens, k, to);
      let end = topic ? closeParens(tokens, k, topic.endIndex, to) : k;
      if (!topic) while (end < to && !isPunct(tokens, end, ',', ';', '.')) end++;
      end = trimEnd(tokens, k, end);
      if (end > k) reference.topic = { span: tokensSpan(source, tokens, k, end), topic: topic?.value };
    }
    break;
  }
  if (!reference.chapter) reference.unknownChapter = unknownChapterName(source, tokens, odgAt + 1, to);
  return reference;
}

/** The words before the first "Chapter" after `from`, back to the punctuation before them. */
function unknownChapterName(source: string, tokens: readonly Token[], from: number, to: number): Span | undefined {
  for (let i = from; i < to; i++) {
    if (!isWord(tokens, i, 'chapter')) continue;
    let start = i;
    while (start > from && tokens[start - 1].kind !== 'punct') start--;
    return start < i ? tokensSpan(source, tokens, start, i + 1) : undefined;
  }
  return undefined;
}

export function readNonMtusClause(source: string, tokens: readonly Token[], catalog: Catalog, lead: Lead, limit: number): NonMtusClause {
  const markerStart = lead.markerStart ?? lead.start;
  const markerEnd = lead.markerEnd ?? lead.end;
  const marker = tokensSpan(source, tokens, markerStart, markerEnd);
  // "Non-MTUS" exactly, or split only by a line wrap after the hyphen.
  const canonical = /^non-(\r?\n|\r)?mtus$/i.test(marker.text);
  const end = trimEnd(tokens, lead.start, limit);
  const clause: NonMtusClause = {
    kind: 'non-mtus',
    lead: tokensSpan(source, tokens, lead.start, lead.end),
    marker,
    canonical,
    span: tokensSpan(source, tokens, lead.start, Math.max(end, lead.end)),
  };
  const textEnd = trimEnd(tokens, lead.end, limit);
  if (textEnd > lead.end) {
    clause.text = tokensSpan(source, tokens, lead.end, textEnd);
    clause.odg = readOdg(source, tokens, catalog, lead.end, textEnd);
  }
  return clause;
}
