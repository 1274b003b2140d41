import type { Fix, Rule } from './types';
import { readDecisionWord } from '../letter/decision-words';

/** The written word for a message, with hidden characters left out and said to be there. */
function shown(text: string): string {
  const visible = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  return visible === text ? `"${text}"` : `"${visible}" (with a hidden character inside)`;
}

export const itemDecisionInvalid: Rule = {
  id: 'item-decision-invalid',
  defaultSeverity: 'error',
  description: 'A word other than Upheld or Overturned stands where the item decision belongs.',
  check({ letter, facts, report }) {
    for (const item of letter.items) {
      const word = item.decisionWord;
      if (!word || item.decision) continue;
      // A «…» placeholder for the decision is the placeholder rule's finding.
      if (word.text.startsWith('«')) continue;
      const reading = readDecisionWord(word.text);
      const fixes: Fix[] = [];
      let message: string;
      if (reading?.mistake === 'spelling' && reading.intended) {
        // A slip in the decision word itself: which word was meant is plain, so the fix is safe.
        const intended = reading.intended;
        fixes.push({ title: `Change to '${intended}'`, edits: [{ start: word.start, end: word.end, newText: intended }], safe: true, preferred: true });
        message = `${shown(word.text)} is not an item decision: write ${intended}.`;
      } else {
        // A partial decision or a utilization-review word: the reviewer chooses. The rationale's
        // conclusion says which decision is meant; failing that, the word's own leaning.
        const c = facts.conclusionOf(item);
        const likely = c ? (c.necessity === 'necessary' ? 'Overturned' : 'Upheld') : reading?.intended;
        for (const d of ['Upheld', 'Overturned'] as const) {
          fixes.push({ title: `Change to '${d}'`, edits: [{ start: word.start, end: word.end, newText: d }], safe: false, preferred: d === likely });
        }
        fixes.sort((a, b) => Number(b.preferred ?? false) - Number(a.preferred ?? false));
        const why =
          reading?.mistake === 'partial'
            ? ' (an item is decided whole; a partly authorised request has its own heading for the disputed part)'
            : reading?.mistake === 'review'
              ? ' (that is utilization review\'s word)'
              : reading?.mistake === 'choice'
                ? ' (both of the template\'s choices are still there)'
                : '';
        message = `${shown(word.text)} is not an item decision${why}: write Upheld or Overturned.`;
      }
      report({ message, start: word.start, end: word.end, fixes });
    }
  },
};
