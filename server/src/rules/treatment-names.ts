// What a piece of text names as a treatment: catalog drugs by any of their names (brand, generic,
// combination), and services by their words — the imaging, the kind of therapy, the body region. Used
// to compare an item's heading with the subject of its conclusion; not a rule.
import type { Catalog } from '../catalog';

export interface TreatmentNames {
  /** Catalog drug id -> its generic name, for messages. */
  drugs: Map<string, string>;
  imaging: Set<string>;
  therapy: Set<string>;
  regions: Set<string>;
  /** How the drug is released, when the text says: OxyContin and "oxycodone ER" are extended, "oxycodone IR" immediate. */
  release?: 'extended-release' | 'immediate-release';
}

// Words that say how a drug is released. A brand ending in "contin" (OxyContin, MS Contin) is extended.
const extendedWords = new Set(['er', 'xr', 'cr', 'sr', 'xl', 'extended-release', 'extended', 'controlled-release', 'sustained-release', 'long-acting', 'contin', 'oxycontin']);
const immediateWords = new Set(['ir', 'immediate-release', 'immediate', 'short-acting', 'roxicodone']);

function releaseOf(words: readonly string[]): TreatmentNames['release'] {
  let extended = false;
  let immediate = false;
  for (const w of words) {
    if (extendedWords.has(w) || w.endsWith('contin')) extended = true;
    if (immediateWords.has(w)) immediate = true;
  }
  return extended === immediate ? undefined : extended ? 'extended-release' : 'immediate-release';
}

// Word (or two-word phrase) -> the name of the service it stands for.
const imagingWords = new Map([
  ['mri', 'MRI'], ['mra', 'MRI'], ['magnetic resonance', 'MRI'], ['ct', 'CT'], ['cat scan', 'CT'], ['computed tomography', 'CT'],
  ['x-ray', 'x-ray'], ['x-rays', 'x-ray'], ['xray', 'x-ray'], ['xrays', 'x-ray'], ['radiograph', 'x-ray'], ['radiographs', 'x-ray'],
  ['radiography', 'x-ray'], ['ultrasound', 'ultrasound'], ['sonogram', 'ultrasound'], ['emg', 'EMG/NCV'], ['ncv', 'EMG/NCV'],
  ['ncs', 'EMG/NCV'], ['electromyography', 'EMG/NCV'], ['nerve conduction', 'EMG/NCV'], ['electrodiagnostic', 'EMG/NCV'],
  ['bone scan', 'bone scan'],
]);

const therapyWords = new Map([
  ['physical therapy', 'physical therapy'], ['physiotherapy', 'physical therapy'],
  ['occupational therapy', 'occupational therapy'], ['chiropractic', 'chiropractic'], ['chiropractor', 'chiropractic'],
  ['acupuncture', 'acupuncture'], ['massage', 'massage'], ['aquatic', 'aquatic therapy'],
  ['aquatherapy', 'aquatic therapy'], ['psychotherapy', 'psychotherapy'], ['cognitive behavioral', 'psychotherapy'],
  ['cbt', 'psychotherapy'], ['functional restoration', 'functional restoration'], ['work hardening', 'work hardening'],
  ['work conditioning', 'work hardening'], ['tens', 'TENS'], ['epidural', 'epidural injection'], ['esi', 'epidural injection'],
  ['facet', 'facet procedure'], ['medial branch', 'facet procedure'], ['trigger point', 'trigger point injection'],
  ['radiofrequency', 'radiofrequency ablation'], ['rhizotomy', 'radiofrequency ablation'], ['sacroiliac', 'sacroiliac joint injection'],
  ['botox', 'botulinum toxin'], ['botulinum', 'botulinum toxin'], ['platelet-rich', 'platelet-rich plasma'], ['prp', 'platelet-rich plasma'],
  ['hyaluronic', 'hyaluronic acid injection'], ['viscosupplementation', 'hyaluronic acid injection'], ['synvisc', 'hyaluronic acid injection'],
  ['stellate', 'sympathetic block'], ['cord stimulator', 'spinal cord stimulator'],
  ['shockwave', 'shockwave therapy'], ['eswt', 'shockwave therapy'],
  // Equipment and other services a heading names: a conclusion about one of them under another item's heading
  // is the same copy-and-paste slip as a conclusion about another drug.
  ['traction', 'traction'], ['brace', 'brace'], ['orthosis', 'brace'], ['splint', 'brace'], ['cane', 'cane'], ['walker', 'walker'],
  ['wheelchair', 'wheelchair'], ['crutches', 'crutches'], ['cryotherapy', 'cold therapy'], ['cold therapy', 'cold therapy'],
  ['pillow', 'pillow'], ['mattress', 'mattress'], ['gym', 'gym membership'], ['membership', 'gym membership'],
  ['pool therapy', 'aquatic therapy'], ['bicycle', 'exercise equipment'], ['bike', 'exercise equipment'],
  ['treadmill', 'exercise equipment'], ['elliptical', 'exercise equipment'], ['exercise equipment', 'exercise equipment'],
  ['exercise machine', 'exercise equipment'],
  ['home health', 'home health'], ['interferential', 'interferential stimulation'], ['h-wave', 'H-wave stimulation'],
  ['sleep study', 'sleep study'], ['polysomnography', 'sleep study'], ['urine drug', 'drug testing'],
  ['arthroscopy', 'arthroscopy'], ['arthroplasty', 'joint replacement'], ['fusion', 'fusion'], ['discectomy', 'discectomy'],
  ['laminectomy', 'laminectomy'],
  // Procedures named by their site: a carpal tunnel release is not a cubital tunnel release.
  ['carpal tunnel', 'carpal tunnel release'], ['cubital tunnel', 'cubital tunnel release'], ['tarsal tunnel', 'tarsal tunnel release'],
  ['trigger finger', 'trigger finger release'], ['quervain', 'de Quervain release'],
  ['cpm', 'continuous passive motion'], ['continuous passive', 'continuous passive motion'],
  // Behavioural and other therapies a heading names on their own: biofeedback is no hypnotherapy.
  ['biofeedback', 'biofeedback'], ['neurofeedback', 'neurofeedback'], ['eeg biofeedback', 'neurofeedback'],
  ['hypnotherapy', 'hypnotherapy'], ['hypnosis', 'hypnotherapy'], ['chirotherapy', 'chiropractic'],
  ['hydrotherapy', 'aquatic therapy'],
]);

/**
 * A therapy the table does not know is still named by its own word: "hydrotherapy", "thermotherapy",
 * "phototherapy". Words for drug treatment in general, or for how many drugs are given, name no service.
 */
const namedTherapy = /^[a-z]{4,}therapy$/;
const notAService = new Set(['pharmacotherapy', 'monotherapy', 'polytherapy', 'cotherapy', 'combotherapy', 'opiotherapy']);

function therapiesNamed(words: readonly string[]): Set<string> {
  const out = collect(words, therapyWords);
  for (const w of words) {
    if (!therapyWords.has(w) && !notAService.has(w) && namedTherapy.test(w)) out.add(w);
  }
  return out;
}

const regionWords = new Map([
  ['cervical', 'cervical spine'], ['neck', 'cervical spine'], ['thoracic', 'thoracic spine'], ['lumbar', 'lumbar spine'],
  ['lumbosacral', 'lumbar spine'], ['low back', 'lumbar spine'], ['lower back', 'lumbar spine'], ['shoulder', 'shoulder'],
  ['shoulders', 'shoulder'], ['knee', 'knee'], ['knees', 'knee'], ['hip', 'hip'], ['hips', 'hip'], ['ankle', 'ankle and foot'],
  ['ankles', 'ankle and foot'], ['foot', 'ankle and foot'], ['feet', 'ankle and foot'], ['wrist', 'wrist and hand'],
  ['wrists', 'wrist and hand'], ['hand', 'wrist and hand'], ['hands', 'wrist and hand'], ['elbow', 'elbow'], ['elbows', 'elbow'],
  ['upper extremity', 'upper extremities'], ['upper extremities', 'upper extremities'], ['lower extremity', 'lower extremities'],
  ['lower extremities', 'lower extremities'],
]);

/**
 * Drugs the catalog does not hold, by any of their names -> [an id, the generic name]. Smoking-cessation
 * products are told apart: a nicotine patch is not varenicline (Chantix), nor bupropion sold as Zyban
 * (the catalog's bupropion, under its brand for smoking).
 */
const uncataloguedDrugs = new Map<string, readonly [string, string]>([
  ['nicotine', ['nicotine', 'nicotine replacement']], ['nicoderm', ['nicotine', 'nicotine replacement']],
  ['nicorette', ['nicotine', 'nicotine replacement']], ['nicotrol', ['nicotine', 'nicotine replacement']],
  ['habitrol', ['nicotine', 'nicotine replacement']], ['varenicline', ['varenicline', 'varenicline']],
  ['chantix', ['varenicline', 'varenicline']], ['champix', ['varenicline', 'varenicline']], ['zyban', ['bupropion', 'bupropion']],
]);

function drugsNamed(catalog: Catalog, text: string, words: readonly string[]): Map<string, string> {
  const drugs = new Map(catalog.findDrugs(text).map((h) => [h.drug.id, h.drug.generic[0] ?? h.drug.id]));
  for (const w of words) {
    const named = uncataloguedDrugs.get(w);
    if (named && !drugs.has(named[0])) drugs.set(named[0], named[1]);
  }
  return drugs;
}

/** Regions that may be the same place said two ways: the upper extremities hold the shoulder, elbow and hand. */
const overlapping: Record<string, readonly string[]> = {
  'upper extremities': ['shoulder', 'elbow', 'wrist and hand', 'cervical spine'],
  'lower extremities': ['hip', 'knee', 'ankle and foot', 'lumbar spine'],
};

function collect(words: readonly string[], table: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? table.get(`${words[i]} ${words[i + 1]}`) : undefined;
    const one = pair ?? table.get(words[i]);
    if (one) out.add(one);
  }
  return out;
}

/** Words that name no treatment: a subject of only these ("the current request") names nothing. */
const nameless = new Set([
  'the', 'a', 'an', 'this', 'that', 'it', 'its', 'request', 'requested', 'requests', 'current', 'currently', 'continued', 'ongoing', 'further',
  'medical', 'necessity', 'of', 'for', 'use', 'treatment', 'medication', 'service', 'there', 'non-certification', 'certification', 'denial',
  'ur', 'decision', 'utilization', 'review', 'determination', 'such', 'same', 'proposed', 'written', 'submitted', 'prescribed', 'presented', 'retrospective', 'remaining', 'portion',
]);

/**
 * Whether `text` names nothing but `own` (the item's words and names): "the current request", "the
 * requested Valium 10mg". Such a subject needs no comparison with the catalog.
 */
export function namesNothing(text: string, own: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  return words.every((w) => nameless.has(w) || own.has(w) || w.length < 3);
}

export function treatmentNames(catalog: Catalog, text: string): TreatmentNames {
  const words = text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  return {
    drugs: drugsNamed(catalog, text, words),
    imaging: collect(words, imagingWords),
    therapy: therapiesNamed(words),
    regions: collect(words, regionWords),
    release: releaseOf(words),
  };
}

function meets(a: ReadonlySet<string> | ReadonlyMap<string, string>, b: ReadonlySet<string> | ReadonlyMap<string, string>): boolean {
  for (const x of a.keys()) if (b.has(x)) return true;
  return false;
}

function regionsMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) {
    for (const y of b) if (x === y || overlapping[x]?.includes(y) || overlapping[y]?.includes(x)) return true;
  }
  return false;
}

function first(set: ReadonlySet<string>): string {
  return [...set][0];
}

function firstDrug(drugs: ReadonlyMap<string, string>): string {
  return [...drugs.values()][0];
}

/**
 * How `said` names another treatment than `heading`, in words for a message; undefined when it names
 * the heading's own or nothing to compare. Only a clear difference counts.
 */
export function differentTreatment(heading: TreatmentNames, said: TreatmentNames): { said: string; heading: string } | undefined {
  const headingService = heading.imaging.size > 0 || heading.therapy.size > 0;
  const saidService = said.imaging.size > 0 || said.therapy.size > 0;
  if (said.drugs.size > 0) {
    if (meets(heading.drugs, said.drugs)) {
      // The same agent in another form: an immediate-release tablet is another product than the extended-release one.
      if (heading.drugs.size === 1 && said.drugs.size === 1 && heading.release && said.release && heading.release !== said.release) {
        return { said: `${said.release} ${firstDrug(said.drugs)}`, heading: `${heading.release} ${firstDrug(heading.drugs)}` };
      }
      return undefined;
    }
    if (heading.drugs.size > 0) return { said: firstDrug(said.drugs), heading: firstDrug(heading.drugs) };
    if (headingService && !meets(heading.imaging, said.imaging) && !meets(heading.therapy, said.therapy)) {
      return { said: firstDrug(said.drugs), heading: first(heading.imaging.size > 0 ? heading.imaging : heading.therapy) };
    }
    return undefined;
  }
  if (saidService && heading.drugs.size > 0 && !headingService) {
    return { said: first(said.imaging.size > 0 ? said.imaging : said.therapy), heading: firstDrug(heading.drugs) };
  }
  if (heading.imaging.size > 0 && said.imaging.size > 0 && !meets(heading.imaging, said.imaging)) return { said: first(said.imaging), heading: first(heading.imaging) };
  if (heading.therapy.size > 0 && said.therapy.size > 0 && !meets(heading.therapy, said.therapy) && !meets(heading.imaging, said.imaging)) {
    return { said: first(said.therapy), heading: first(heading.therapy) };
  }
  // A study under a therapy's heading, or a therapy under a study's ("The TENS unit is medically necessary" under EMG/NCV).
  if (headingService && saidService && !meets(heading.imaging, said.imaging) && !meets(heading.therapy, said.therapy)) {
    return { said: first(said.imaging.size > 0 ? said.imaging : said.therapy), heading: first(heading.imaging.size > 0 ? heading.imaging : heading.therapy) };
  }
  if (heading.regions.size > 0 && said.regions.size > 0 && !regionsMeet(heading.regions, said.regions)) {
    return { said: `the ${first(said.regions)}`, heading: `the ${first(heading.regions)}` };
  }
  return undefined;
}
