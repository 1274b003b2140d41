// Which treatments an MTUS part speaks to. Most parts are broad (Chronic Pain Medical Treatment, General
// Approaches, a body-region chapter's care of its region), and no item is foreign to them. Four are about
// one kind of care (DOMAIN.md §4, §8): the Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1) cover
// acupuncture; the Postsurgical Treatment Guidelines (9792.24.3) cover physical medicine after surgery; the
// Opioid Treatment Guidelines (9792.24.4) cover opioids and their monitoring; Stress-Related Conditions
// (9792.23.8) covers psychological care. And a few services belong to
// no body region: the 2004 ACOEM body-region chapters (ch. 8-14) say nothing of urine drug testing, home
// health services or transportation. An item the catalog cannot name (no item kind, no drug) is never judged.

/** What an item is, as the catalog names it: its item kinds' ids and its drugs' classes. */
export interface TreatmentKinds {
  kinds: readonly string[];
  drugClasses: readonly string[];
}

interface ClosedScope {
  /** Human words for what the part covers, for messages. */
  covers: string;
  /** Item kind ids, each also covering its regional variants ("postop-therapy" covers "postop-therapy-knee"). */
  kinds: readonly string[];
  drugClasses: readonly string[];
}

// Physical medicine as the Postsurgical Treatment Guidelines use it: therapy, manipulation, modalities and
// the equipment of the post-operative period. Wide on purpose: a doubtful treatment is let pass.
const physicalMedicine: readonly string[] = [
  'physical-therapy', 'postop-therapy', 'chiropractic', 'aquatic-therapy', 'massage', 'tens', 'h-wave', 'interferential',
  'ultrasound-therapy', 'infrared-therapy', 'shockwave-therapy', 'work-conditioning', 'acupuncture', 'cryotherapy', 'dme',
  'sling', 'office-visit',
];

const closedScopes: Readonly<Record<string, ClosedScope>> = {
  acupuncture: { covers: 'acupuncture', kinds: ['acupuncture'], drugClasses: [] },
  postsurgical: { covers: 'physical medicine after surgery', kinds: physicalMedicine, drugClasses: [] },
  // ACOEM 2nd ed. ch. 15 (8 CCR 9792.23.8): the assessment and care of stress-related conditions, that is
  // psychological evaluation and treatment, follow-up visits and the psychotropic drugs it discusses. Nothing
  // of physical medicine or of a body region's care (massage of the low back, a lumbar MRI).
  'stress-related': {
    covers: 'stress-related (psychological) conditions',
    kinds: ['psych-evaluation', 'psych-treatment', 'biofeedback', 'office-visit', 'functional-restoration'],
    drugClasses: ['antidepressant', 'benzodiazepine', 'hypnotic'],
  },
  // Opioids, their monitoring (urine drug testing) and what is given beside them for their effects or risks.
  'opioid-treatment': {
    covers: 'opioids and their monitoring',
    kinds: ['drug-testing'],
    drugClasses: ['opioid', 'laxative', 'antiemetic', 'benzodiazepine', 'hypnotic'],
  },
};

/** Services no 2004 ACOEM body-region chapter speaks to. */
const beyondRegions: readonly string[] = ['drug-testing', 'home-health', 'transportation'];
const regionChapters2004 = new Set(['neck-upper-back', 'shoulder', 'elbow', 'forearm-wrist-hand', 'low-back', 'knee', 'ankle-foot']);

function hasKind(kinds: readonly string[], id: string): boolean {
  return kinds.some((k) => id === k || id.startsWith(`${k}-`));
}

/** Whether the part may not speak to some items (the only parts scopeMismatch judges). */
export function hasNarrowScope(partId: string): boolean {
  return Object.prototype.hasOwnProperty.call(closedScopes, partId) || regionChapters2004.has(partId);
}

/**
 * When the part does not speak to the item, what it does cover ("acupuncture", "the care of its body
 * region"); undefined when it does, when the part is broad, or when the catalog cannot name the item.
 */
export function scopeMismatch(partId: string, item: TreatmentKinds): string | undefined {
  if (item.kinds.length === 0 && item.drugClasses.length === 0) return undefined;
  const closed = Object.prototype.hasOwnProperty.call(closedScopes, partId) ? closedScopes[partId] : undefined;
  if (closed) {
    const covered = item.kinds.some((id) => hasKind(closed.kinds, id)) || item.drugClasses.some((c) => closed.drugClasses.includes(c));
    return covered ? undefined : closed.covers;
  }
  // A body-region chapter is judged only when every kind of the item is beyond regions and it is no drug.
  if (regionChapters2004.has(partId) && item.drugClasses.length === 0 && item.kinds.every((id) => hasKind(beyondRegions, id))) {
    return 'the assessment and care of its body region';
  }
  return undefined;
}
