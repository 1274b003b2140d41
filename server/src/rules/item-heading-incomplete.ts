// A drug heading without its strength or quantity ("Omeprazole: Overturned") while the case summary or
// the rationale gives them for that drug ("omeprazole 20mg #60"): the heading is what the decision
// binds, so it should say what was decided. The fix fills in what the request says — only when every
// place that gives the strength (or the quantity) gives the same one.
import type { Item, Letter } from '../letter/model';
import type { Catalog, DrugEntry } from '../catalog';
import type { Rule } from './types';
import { FoldedText } from '../letter/text';
import { amountOf, sameMeasure, signatureOf } from './drug-signature';
import { itemName } from './items-util';
import { mentionAt, sentenceAround } from './drug-mention';
import { mentionsOf } from './item-rationale-mismatch';

/** A sentence about another dose than the one requested: a change, the past, the guideline's limits. */
const otherDose =
  /\b(?:increased|decreased|reduced|titrated|tapered|weaned|switched|changed|converted|started|previously|prior|formerly|initially|originally|maximum|up\sto|exceed|authori[sz]ed|(?<!non-)certified|approved|modified|from\s\d)/i;

/** Items judged, at most: a letter has a few dozen; a document with more is no letter this rule can help. */
const MAX_ITEMS = 200;
/** Requests of the summary read, at most. */
const MAX_REQUESTS = 200;
/** Mentions of the drug read, at most: a rationale names its drug a few times. */
const MAX_MENTIONS = 20;

interface Given {
  strengths: Set<string>;
  quantities: Set<string>;
}

/** The drug's strengths and quantities where `names` occur in source[from, to), sentences about other doses aside. */
function addMentions(source: string, from: number, to: number, names: readonly string[], add: (text: string) => void): void {
  const raw = source.slice(from, to);
  const occurrences = mentionsOf(names);
  let read = 0;
  for (let found = occurrences.exec(raw); found && read < MAX_MENTIONS; found = occurrences.exec(raw), read++) {
    const at = from + found.index;
    if (otherDose.test(sentenceAround(source, at, from, to))) continue;
    const mention = mentionAt(new FoldedText(source, at, Math.min(to, at + 120)).text);
    if (mention) add(mention);
  }
}

/** A combination's strength also stands for its first agent's: "hydrocodone 5mg" of Norco 5/325mg is no other strength. */
function withoutFirstAgents(strengths: Set<string>): void {
  for (const s of [...strengths]) {
    if (s.includes('/')) strengths.delete(s.replace(/\/[\d.]+/, ''));
  }
}

/**
 * The strengths and quantities the letter gives for the item's drug: the summary's requests, any place
 * of the summary that names the drug with a strength or quantity ("Norco 5/325mg #30 was non-certified",
 * a list the request reader did not take), and the rationale.
 */
function givenFor(letter: Letter, catalog: Catalog, item: Item, drug: DrugEntry, headingStrength: string | undefined): Given {
  const given: Given = { strengths: new Set(), quantities: new Set() };
  const add = (text: string) => {
    const sig = signatureOf(text);
    // Another strength is another request: its quantity is not this one's. A combination's first agent is
    // the same strength.
    if (headingStrength && sig.strength && !sameMeasure(sig.strength, headingStrength) && !headingStrength.startsWith(`${/^[\d.]+/.exec(sig.strength)?.[0] ?? ''}/`)) return;
    if (sig.strength) given.strengths.add(sig.strength);
    if (sig.quantity) given.quantities.add(sig.quantity);
  };
  // A summary names a handful of requests; past MAX_REQUESTS it is no letter, and only the first are read.
  for (const r of letter.requests.slice(0, MAX_REQUESTS)) {
    // What utilization review modified names a quantity other than the one decided ("modified Norco #60 to #45").
    if (r.modified) continue;
    if (catalog.findDrugs(r.text).some((h) => h.drug.id === drug.id)) add(r.text);
  }
  const names = [...drug.brands, ...drug.generic].filter((n) => n.length > 2);
  const summary = letter.sections.find((s) => s.kind === 'summary');
  if (summary) addMentions(letter.source, summary.body.start, summary.body.end, names, add);
  const rationale = item.fields.find((f) => f.kind === 'rationale');
  if (rationale) addMentions(letter.source, rationale.content.start, rationale.content.end, names, add);
  withoutFirstAgents(given.strengths);
  return given;
}

/** Words that make a heading a service that uses a drug, not the drug: "acupuncture visits with a capsaicin patch". */
const serviceWords =
  /\b(?:injections?|infusions?|blocks?|acupuncture|visits?|sessions?|therapy|treatments?|trials?|program|evaluations?|consult(?:ation)?s?|tests?|testing|screens?|pumps?|implants?|iontophoresis|nebuli[sz]ers?|IM|IV)\b/i;
/** Words that may stand before a drug's name in a heading. */
const leadingQualifiers = /^(?:(?:retrospective|prospective|continued|continue|compounded|compound|topical|transdermal|the|a|an|request\sfor|prescription\sfor|refill\sof)\s){0,4}/i;

/**
 * Whether a heading names a drug product and nothing more: it opens with the drug's name (after a qualifier such
 * as "Retrospective" or "Compounded") or names a topical form, and gives no figure at all and no service.
 */
function namesOnlyAProduct(itemText: string, catalog: Catalog): boolean {
  if (/\d/.test(itemText) || serviceWords.test(itemText)) return false;
  // A number in words counts too: "Twelve acupuncture visits", "thirty tablets".
  if (/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|hundred)\b/i.test(itemText)) return false;
  const qualifiers = leadingQualifiers.exec(itemText)?.[0].length ?? 0;
  return catalog.findDrugs(itemText).some((hit) => hit.start === qualifiers) || /\b(?:creams?|gels?|ointments?|lotions?|patch(?:es)?|compounded)\b/i.test(itemText);
}

/** A heading that opens with the drug's name (after a qualifier such as "Retrospective"). */
function opensWithDrug(itemText: string, catalog: Catalog): boolean {
  const qualifiers = leadingQualifiers.exec(itemText)?.[0].length ?? 0;
  return catalog.findDrugs(itemText).some((hit) => hit.start === qualifiers);
}

/** A quantity in any of its spellings: "#60", "qty 60", "60 tablets", "240 grams", "x 2", "30 Soma 350mg". */
const quantityWritten =
  /#\s?\d|\b(?:qty|quantity|count)\b|\b\d{1,4}\s?(?:grams?|gm|g|ml|oz|tablets?|tabs?|capsules?|caps?|patch(?:es)?|units?|vials?|bottles?|tubes?|boxes|box|pills?|sprays?|doses?|ct|refills?)\b|\bx\s?\d|^\s*\d{1,4}\s[A-Za-z]/i;
/** A strength in any of its spellings: "10mg", "5%", "2000 IU", "0.5 mg/ml". */
const strengthWritten = /\d\s?(?:mg|mcg|g|%|iu|units?|meq)\b/i;
/**
 * A product's form, which a heading may name where the drug's name alone would not do; a topical's strength is
 * often left out where its amount is given ("Salonpas pad #60", "Voltaren gel #60 grams" in real letters).
 */
const productForm = /\b(?:creams?|gels?|ointments?|lotions?|patch(?:es)?|pads?|plasters?|compounded|sprays?|inhalers?|suppositor(?:y|ies)|solutions?|drops|injectables?|auto-?injectors?)\b/i;
/** Words of equipment, which a form word may describe ("gel pack", "spray bottle") without being a drug. */
const deviceWords = /\b(?:packs?|units?|wraps?|pads?|braces?|machines?|devices?|kits?|pumps?|supplies|equipment|bottles?|dispensers?|applicators?|system|rental|purchase)\b/i;
/**
 * Products made in one strength, whose headings leave it out ("Fioricet #60": butalbital 50mg/APAP 325mg/caffeine
 * 40mg), and medical foods, which have none ("Theramine #120").
 */
const oneStrength = /\b(?:fioricet|esgic|fiorinal|medrol\sdose\s?pak|dosepak|theramine|sentra|trepadone|gabadone|hypertensa|apptrim|percura|fosteum|limbrel)\b/i;
/** A name (one or two words, capitalised) and a count alone: "Imitrex #9", "Relpax Tablets #6". */
const countAfterName = /^[A-Z][A-Za-z-]{2,20}(?:\s[A-Za-z-]{2,20})?\s#\s?\d{1,4}\s*$/;

export const itemHeadingIncomplete: Rule = {
  id: 'item-heading-incomplete',
  defaultSeverity: 'info',
  description: 'A drug heading lacks the strength or quantity that the summary or the rationale gives for it.',
  check({ letter, catalog, facts, report }) {
    if (letter.items.length > MAX_ITEMS) return;
    const reportBare = (item: Item, single: boolean) =>
      report({
        message: `'${itemName(item)}' gives no strength or quantity. Say in the heading what is decided: ${single ? "the strength and the quantity, as in 'Norco 10/325mg #60'" : "each agent's strength and the amount, as in 'Flurbiprofen 20%/Lidocaine 5% cream 180gm'"}.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
      });
    const reportPartial = (item: Item, missing: 'strength' | 'quantity') =>
      report({
        message: `'${itemName(item)}' gives no ${missing}. Say in the heading what is decided: the strength and the quantity, as in 'Norco 10/325mg #60'.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
      });
    for (const item of letter.items) {
      if (!item.itemText || item.itemText.length > 200) continue;
      const sig = signatureOf(item.itemText);
      // A cream's or a solution's amount is its quantity: "Ketoprofen 20% cream 120gm" lacks no "#30".
      if (!sig.quantity && amountOf(item.itemText)) sig.quantity = amountOf(item.itemText);
      if (sig.strength && sig.quantity) continue;
      const drug = facts.drugOf(item);
      if (!drug) {
        // A drug the catalog does not know still shows as a name and a count alone: "Imitrex #9".
        if (!sig.strength && countAfterName.test(item.itemText) && !productForm.test(item.itemText)) reportPartial(item, 'strength');
        else if (!sig.strength && !sig.quantity && productForm.test(item.itemText) && !/\d/.test(item.itemText) && !serviceWords.test(item.itemText) && !deviceWords.test(item.itemText)) reportBare(item, true);
        continue;
      }
      // One catalog drug: a compounded product's strengths belong to several agents.
      const single = !(/[/+,&]|\b(?:and|with)\b/i.test(item.itemText) && catalog.findDrugs(item.itemText).length !== 1);
      const given = single ? givenFor(letter, catalog, item, drug, sig.strength) : { strengths: new Set<string>(), quantities: new Set<string>() };
      const strength = !sig.strength && given.strengths.size === 1 ? [...given.strengths][0] : undefined;
      const quantity = !sig.quantity && given.quantities.size === 1 ? [...given.quantities][0] : undefined;
      if (!strength && !quantity) {
        // Nothing in the letter to fill in, but a heading that names only a product decides no amount of it.
        if (!sig.strength && !sig.quantity && namesOnlyAProduct(item.itemText, catalog)) reportBare(item, single);
        // One of the two written and the drug opening the heading: "Naproxen 550mg" decides no amount, "Imitrex #9" no strength.
        else if (opensWithDrug(item.itemText, catalog) && !serviceWords.test(item.itemText)) {
          if (sig.strength && !quantityWritten.test(item.itemText)) reportPartial(item, 'quantity');
          // A gel's or a cream's strength is often left out where its amount is given ("Voltaren gel #60 grams").
          else if (!sig.strength && sig.quantity && !strengthWritten.test(item.itemText) && !productForm.test(item.itemText) && !oneStrength.test(item.itemText) && single) reportPartial(item, 'strength');
        }
        continue;
      }
      const missing = [strength ? 'strength' : '', quantity ? 'quantity' : ''].filter(Boolean).join(' and ');
      const fill = [strength, quantity ? `#${quantity}` : ''].filter(Boolean).join(' ');
      // A strength goes before a quantity the heading already has ("Norco #60" becomes "Norco 5/325mg #60").
      const hash = item.itemSpan.text.indexOf('#');
      const at = strength && !quantity && hash > 0 ? item.itemSpan.start + hash : item.itemSpan.end;
      const newText = at === item.itemSpan.end ? ` ${fill}` : `${fill} `;
      report({
        message: `'${itemName(item)}' gives no ${missing}, while the letter requests ${fill}. Say in the heading what is decided.`,
        start: item.itemSpan.start,
        end: item.itemSpan.end,
        fixes: [{ title: `Add '${fill}' to the heading`, edits: [{ start: at, end: at, newText }], safe: false, preferred: true }],
      });
    }
  },
};
