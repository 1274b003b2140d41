// The disputed requests a reviewer pastes to start a letter: one per line (bulleted or numbered), or
// the utilization review's sentence ("Utilization review non-certified Norco 10/325mg #60, 12
// sessions of physical therapy for the lumbar spine and an MRI of the right knee."). A slash is not
// a separator: "Norco 10/325mg #60" stays whole.

/** Where a UR sentence's list of requests starts; the last one in the text wins. */
const introducers =
  /\b(?:non-?certif(?:ied|y|ies)|not\s+certif(?:ied|y)|denied|modified|Request\(s\)\s+under\s+consideration\s+include|application\s+for\s+(?:an\s+)?(?:IMR|Independent\s+Medical\s+Review)\s+for\s+review\s+of|requests?\s+for|review\s+of)\s*:?\s+/gi;

/** A bullet or a list number at the start of a line ("1.", "2)", "(3)", "-", "•"). */
const lineMarker = /^\s{0,8}(?:[-*•·]|\(?\d{1,2}[.)])\s{1,8}/;

/** A list number inside a line ("1) Norco … 2) MRI …"): at the start or after a space. */
const inlineNumber = /(?:^|\s)\(?\d{1,2}\)\s+|(?:^|\s)\d{1,2}\.\s+(?=[A-Za-z])/g;

/**
 * Separators of a sentence's list: semicolons, commas (not inside a number such as 1,000) and "and".
 * A run of spaces is entered only at its start (the lookbehinds), which keeps each scan linear.
 */
const separators = /(?<!\s)\s*;\s*|,(?!\d)\s*(?:and\s+)?|(?<!\s)\s+and\s+/gi;

const MAX_REQUEST = 200;
const MAX_REQUESTS = 40;

function clean(piece: string): string {
  let text = piece.replace(/[«»]/g, '').replace(/\s+/g, ' ').trim();
  // The list's end: a closing period, and what the sentence adds after the list.
  text = text.replace(/(?<!\s)\s+(?:was|were|is|are)\s+(?:not\s+)?(?:medically\s+necessary|non-?certified|denied|modified)\b.*$/i, '');
  text = text.replace(/(?<![.;:,])[.;:,]+$/, '').trim();
  // "… non-certified Flexeril 7.5mg #60 on 11/01/2016": the date is the decision's, not the request's.
  text = text.replace(/(?<!\s)\s+on\s+\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/i, '');
  // Item headings name the treatment without an article ("an MRI of the right knee" -> "MRI of …").
  text = text.replace(/^(?:an?|the)\s+(?=\S)/i, '');
  return text.length > MAX_REQUEST ? '' : text;
}

/** The sentence's list: after its last introducer, up to the sentence's end. */
function listOfSentence(text: string): string {
  let from = 0;
  introducers.lastIndex = 0;
  for (let m = introducers.exec(text); m; m = introducers.exec(text)) from = m.index + m[0].length;
  const rest = text.slice(from);
  // A period ends the sentence unless it sits inside a number (12.5mg) or an abbreviation's letters.
  const end = /\.(?:\s+(?=[A-Z«"])|\s*$)/.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

function splitSentence(list: string): string[] {
  const numbered = list.split(inlineNumber).filter((p) => p.trim() !== '');
  const pieces = numbered.length > 1 ? numbered : [list];
  return pieces.flatMap((p) => p.split(separators));
}

/** Requests already listed one by one (a client's list): each cleaned as a piece of a list, kept whole. */
export function cleanRequests(list: readonly string[]): string[] {
  return unique(list.map((r) => r.replace(lineMarker, '')));
}

function unique(pieces: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const piece of pieces) {
    const request = clean(piece);
    const key = request.toLowerCase();
    if (!request || !/[A-Za-z]/.test(request) || seen.has(key)) continue;
    seen.add(key);
    out.push(request);
    if (out.length >= MAX_REQUESTS) break;
  }
  return out;
}

/**
 * The requests in `text`, in order, each once. Several lines are one request each, unless the text
 * reads as a UR sentence (it names an introducer such as "non-certified"); a single line is split
 * on semicolons, commas, "and" and list numbers.
 */
export function splitRequests(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  introducers.lastIndex = 0;
  const sentence = introducers.test(text);
  let pieces: string[];
  if (lines.length > 1 && !sentence) {
    pieces = lines.map((l) => l.replace(lineMarker, ''));
  } else {
    pieces = splitSentence(listOfSentence(lines.map((l) => l.replace(lineMarker, '')).join(' ')));
  }
  return unique(pieces);
}
