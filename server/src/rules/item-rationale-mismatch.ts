// The heading against its rationale: every sentence of the rationale that names the item's drug — the
// request, the current treatment and above all the conclusion ("Ativan 1mg #60" heading, "The request
// for Ativan 0.5mg #30 is not medically necessary") — must give the same strength, quantity and form
// (patch, cream, gel …) where it gives one. Sentences about earlier or changed doses ("was increased
// from 2mg to 4mg", "previously"), and about the guideline's limits ("up to 3 g a day"), may differ on
// purpose and are not compared. The finding is on the heading, with every differing mention related.
import type { Rule } from './types';
import { FoldedText } from '../letter/text';
import { isDrugLike, signatureOf } from './drug-signature';
import { strengthsOf } from './treatment-match';
import { formOf, mentionAt, sentenceAround } from './drug-mention';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A description without its closing parenthetical aside: "2mg (the heading has 4mg)" is "2mg". */
function withoutAside(text: string): string {
  const open = text.lastIndexOf(' (');
  return open >= 0 && text.endsWith(')') ? text.slice(0, open) : text;
}

/** Any of `names` as a word: an alternation of literals, each tried at each position once. */
export function mentionsOf(names: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'gi');
}

/** A sentence about another dose than the one requested: a change, the past, or the guideline's limits. */
const otherDose =
  /\b(?:increased|increasing|decreased|decreasing|reduced|reducing|titrated|titrating|tapered|tapering|weaned|weaning|switched|changed|converted|started|initiated|previously|prior|formerly|initially|originally|used\sto|had\sbeen|was\son|was\staking|last\s(?:year|month)|in\s(?:19|20)\d\d|maximum|max\b|up\sto|exceed|not\sto\sexceed|recommended\s(?:dose|dosing|starting)|starting\sdose|dosing|guidelines?\s(?:state|recommend|support|limit)|MTUS\s(?:state|recommend)|ODG\s(?:state|recommend)|from\s\d|authori[sz]ed|certified|approved|modified|allowed|original\srequest)/i;

/** Mentions of the drug read per rationale, at most: a rationale names its drug a few times, not thousands. */
const MAX_MENTIONS = 50;
/** Differing mentions listed with the finding, at most. */
const MAX_RELATED = 5;

export const itemRationaleMismatch: Rule = {
  id: 'item-rationale-mismatch',
  defaultSeverity: 'warning',
  description: "The rationale names the item's drug with another strength, quantity or form than the heading.",
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      const heading = signatureOf(item.itemText);
      const name = heading.words[0];
      const headingForm = formOf(item.itemText);
      if (!name || (!isDrugLike(heading) && !headingForm)) continue;
      const rationale = item.fields.find((f) => f.kind === 'rationale');
      if (!rationale) continue;
      const { start: from, end: to } = rationale.content;
      const raw = letter.source.slice(from, to);
      // The drug by any of its names: the heading may say Norco and the rationale hydrocodone/APAP.
      const drug = facts.drugOf(item);
      if (!drug && !isDrugLike(heading)) continue;
      const names = [name, ...(drug ? [...drug.brands, ...drug.generic] : [])];
      // A combination's strength also agrees with its first agent's ("hydrocodone 5mg" of Norco 5/325mg).
      const headingStrengths = strengthsOf(item.itemText).flatMap((s) => [s, s.replace(/\/[\d.]+/, '')]);
      const differences: { start: number; end: number; what: string }[] = [];
      // A case-insensitive search rather than toLowerCase(), which can change a string's length (and so
      // its offsets) for some characters.
      const occurrences = mentionsOf(names);
      let read = 0;
      for (let found = occurrences.exec(raw); found && read < MAX_MENTIONS; found = occurrences.exec(raw), read++) {
        const at = found.index;
        const sentence = sentenceAround(letter.source, from + at, from, to);
        if (otherDose.test(sentence) || /["“”]/.test(sentence)) continue;
        const window = new FoldedText(letter.source, from + at, Math.min(to, from + at + 120));
        const mention = mentionAt(window.text);
        if (!mention) continue;
        const said = signatureOf(mention);
        // A form is compared only under the heading's own name: Lidoderm is a patch, LidoPro an ointment.
        const saidForm = found[0].toLowerCase() === name ? formOf(mention) : undefined;
        let what: string | undefined;
        if (headingStrengths.length > 0 && said.strength && !headingStrengths.includes(said.strength)) {
          what = `strength ${said.strength} (the heading has ${heading.strength ?? headingStrengths[0]})`;
        } else if (heading.quantity && said.quantity && heading.quantity !== said.quantity) {
          what = `quantity #${said.quantity} (the heading has #${heading.quantity})`;
        } else if (headingForm && saidForm && headingForm !== saidForm) {
          what = `form '${saidForm}' (the heading has '${headingForm}')`;
        }
        if (what) differences.push({ start: window.startOf(0), end: window.endOf(mention.length), what });
      }
      if (differences.length === 0) continue;
      report({
        message: `The rationale names this drug with ${differences[0].what}. Make the heading and the rationale agree.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
        related: differences.slice(0, MAX_RELATED).map((d) => ({ start: d.start, end: d.end, message: `The rationale has ${withoutAside(d.what)}.` })),
      });
    }
  },
};
