// "IMR: Open Preview to the Side": the letter as the published letter reads, as the body of an HTML page.
// The title, the header as a table of fields and values, the section headings in bold, each item's
// block (its heading with the decision, the guideline fields, the rationale's paragraphs) and the
// credentials block. Every problem's range is wrapped in <mark class="problem error|warning|info">
// whose title is the message; every block carries data-line (its 0-based document line) so the editor
// and the preview can scroll together. Everything taken from the letter is escaped: the page is built
// from text, never from markup the letter contains. Wrapped lines are joined: the browser folds the
// line breaks into spaces, as the published letter's paragraphs read.
import type { Analysis } from './analysis';
import type { CancellationToken } from './cancellation';
import type { Letter } from '../letter/model';
import type { Finding } from '../rules/types';

export const previewTitle = 'Independent Medical Review Final Determination Letter';

/** The five characters that mean something in HTML text or a quoted attribute, as references. */
export function escapeHtml(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ref = c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 34 ? '&quot;' : c === 39 ? '&#39;' : undefined;
    if (ref === undefined) continue;
    out += text.slice(from, i) + ref;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** A piece of the letter's text the page shows; problems are marked in it once every piece is known. */
interface Run {
  start: number;
  end: number;
  /** Findings whose range overlaps the run. */
  marks: Finding[];
  /** Findings shown as a marker at a place in the run: empty ranges, and ranges only over text the page leaves out. */
  markers: { at: number; finding: Finding }[];
}

type Part = string | Run;

const severityClass = (f: Finding) => (f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info');
const rank = { error: 3, warning: 2, info: 1 } as const;

function markOpen(findings: readonly Finding[], extraClass = ''): string {
  let worst: 'error' | 'warning' | 'info' = 'info';
  for (const f of findings) if (rank[severityClass(f)] > rank[worst]) worst = severityClass(f);
  const title = findings.map((f) => f.message).join('\n');
  return `<mark class="problem ${worst}${extraClass}" title="${escapeHtml(title)}">`;
}

const isBlank = (s: string) => s.trim() === '';
const isSpaceAt = (s: string, i: number) => s[i] === ' ' || s[i] === '\t' || s[i] === '\r' || s[i] === '\n';

/** Lines of the credentials block (the 2016 form). */
const credentialsIntro = 'the expert reviewer has the following credentials';
const credentialLabels = ['state(s) of licensure', 'certification(s)/specialty'];
const startsWithAny = (line: string, starts: readonly string[]) => {
  const lower = line.trimStart().slice(0, 60).toLowerCase();
  return starts.some((s) => lower.startsWith(s));
};

class PreviewBuilder {
  readonly parts: Part[] = [];
  readonly runs: Run[] = [];

  constructor(private readonly letter: Letter) {}

  line(offset: number): number {
    return this.letter.lines.lineOf(Math.min(offset, this.letter.source.length));
  }

  raw(html: string): void {
    this.parts.push(html);
  }

  /** Letter text, escaped and marked. */
  text(start: number, end: number): void {
    if (end <= start) return;
    const run: Run = { start, end, marks: [], markers: [] };
    this.runs.push(run);
    this.parts.push(run);
  }

  /**
   * A paragraph of letter text: its wrapped lines joined, with an empty anchor where each later
   * document line starts, so scrolling follows the text within a long paragraph.
   */
  paragraph(start: number, end: number, tag: string, className: string, label?: { start: number; end: number }): void {
    const source = this.letter.source;
    const first = label ? label.start : start;
    // The text follows the label after one space; the paragraph ends with its last word.
    if (label) while (start < end && (source[start] === ' ' || source[start] === '\t')) start++;
    while (end > start && isSpaceAt(source, end - 1)) end--;
    this.raw(`<${tag}${className ? ` class="${className}"` : ''} data-line="${this.line(first)}">`);
    if (label) {
      this.raw('<span class="label">');
      this.text(label.start, label.end);
      this.raw('</span> ');
    }
    let at = start;
    while (at < end) {
      const nl = source.indexOf('\n', at);
      const lineEnd = nl < 0 || nl >= end ? end : nl + 1;
      if (at > start) this.raw(`<span data-line="${this.line(at)}"></span>`);
      this.text(at, lineEnd);
      at = lineEnd;
    }
    this.raw(`</${tag}>`);
  }

  /**
   * Free text (the sections' paragraphs, anything between the known blocks): paragraphs end at a blank
   * line and after a line ending in a colon (the sections' introductions); the credentials block is
   * set apart. `breakAfterColon` is off inside a field, whose wrapped lines run on.
   */
  free(start: number, end: number, breakAfterColon: boolean, token?: CancellationToken): boolean {
    const source = this.letter.source;
    let paragraphStart = -1;
    let paragraphEnd = -1;
    let inCredentials = false;
    const flush = () => {
      if (paragraphStart >= 0) this.paragraph(paragraphStart, paragraphEnd, 'p', '');
      paragraphStart = -1;
    };
    const endCredentials = () => {
      if (inCredentials) this.raw('</div>');
      inCredentials = false;
    };
    let at = start;
    let count = 0;
    while (at < end) {
      if ((++count & 255) === 0 && token?.isCancellationRequested) return false;
      const nl = source.indexOf('\n', at);
      const lineEnd = nl < 0 || nl >= end ? end : nl;
      const lineText = source.slice(at, lineEnd);
      const next = lineEnd < end ? lineEnd + 1 : end;
      if (isBlank(lineText)) {
        flush();
      } else if (breakAfterColon && (startsWithAny(lineText, [credentialsIntro]) || startsWithAny(lineText, credentialLabels))) {
        flush();
        if (!inCredentials) this.raw(`<div class="credentials" data-line="${this.line(at)}">`);
        inCredentials = true;
        const labelled = startsWithAny(lineText, credentialLabels);
        const colon = lineText.indexOf(':');
        if (labelled && colon >= 0) this.paragraph(at + colon + 1, lineEnd, 'p', 'credential', { start: at, end: at + colon + 1 });
        else this.paragraph(at, lineEnd, 'p', 'credentials-intro');
      } else {
        endCredentials();
        if (paragraphStart < 0) paragraphStart = at;
        paragraphEnd = lineEnd;
        if (breakAfterColon && lineText.trimEnd().endsWith(':')) flush();
      }
      at = next;
    }
    flush();
    endCredentials();
    return true;
  }
}

type Block = { start: number; end: number; render(): boolean };

/**
 * The preview's HTML (the inside of <body>), or null when `token` is cancelled. The marks cover every
 * finding: a problem over text the page leaves out (blank lines) is shown as a marker where the text resumes.
 */
export function providePreview(analysis: Analysis, token?: CancellationToken): string | null {
  const { letter } = analysis;
  const source = letter.source;
  const b = new PreviewBuilder(letter);
  b.raw(`<h1 class="title" data-line="0">${escapeHtml(previewTitle)}</h1>\n`);

  const blocks: Block[] = [];
  const header = letter.header;
  if (header) {
    blocks.push({
      start: header.span.start,
      end: header.span.end,
      render: () => {
        b.raw(`<table class="header" data-line="${b.line(header.span.start)}"><tbody>\n`);
        for (const field of header.fields) {
          b.raw(`<tr data-line="${b.line(field.label.start)}"><th scope="row">`);
          b.text(field.label.start, field.label.end);
          b.raw('</th><td>');
          if (field.value) b.text(field.value.start, field.value.end);
          b.raw('</td></tr>\n');
        }
        b.raw('</tbody></table>\n');
        return true;
      },
    });
  }
  for (const section of letter.sections) {
    blocks.push({
      start: section.heading.start,
      end: section.heading.end,
      render: () => {
        b.raw(`<h2 class="section" data-line="${b.line(section.heading.start)}">`);
        b.text(section.heading.start, section.heading.end);
        b.raw('</h2>\n');
        return true;
      },
    });
  }
  for (const item of letter.items) {
    blocks.push({
      start: item.span.start,
      end: item.span.end,
      render: () => {
        b.raw(`<div class="item" data-line="${b.line(item.heading.start)}">\n<p class="item-heading" data-line="${b.line(item.heading.start)}"><strong>`);
        const decision = item.decisionWord;
        const beforeDecision = decision && decision.start >= item.heading.start && decision.end <= item.heading.end ? decision.start : item.heading.end;
        b.text(item.heading.start, beforeDecision);
        if (decision && beforeDecision === decision.start) {
          b.raw(`<span class="decision ${item.decision === 'Upheld' ? 'upheld' : item.decision === 'Overturned' ? 'overturned' : 'unknown'}">`);
          b.text(decision.start, decision.end);
          b.raw('</span>');
          b.text(decision.end, item.heading.end);
        }
        b.raw('</strong></p>\n');
        let cursor = item.heading.end;
        for (const field of item.fields) {
          if (token?.isCancellationRequested) return false;
          if (field.label.start < cursor) continue;
          if (!b.free(cursor, field.label.start, false, token)) return false;
          b.raw(`<div class="field ${field.kind}" data-line="${b.line(field.label.start)}">`);
          // The field's first paragraph follows its label; the rest (a rationale's) stand apart.
          const content = field.content;
          const blank = blankLineAfter(source, content.start, content.end);
          b.paragraph(field.label.end, blank < 0 ? content.end : blank, 'p', '', field.label);
          if (blank >= 0 && !b.free(blank, content.end, false, token)) return false;
          b.raw('</div>\n');
          cursor = Math.max(cursor, content.end);
        }
        if (!b.free(cursor, item.span.end, false, token)) return false;
        b.raw('</div>\n');
        return true;
      },
    });
  }
  blocks.sort((x, y) => x.start - y.start);

  let cursor = 0;
  for (const block of blocks) {
    if (token?.isCancellationRequested) return null;
    // A block that overlaps the one before (never seen) is left out rather than shown twice.
    if (block.start < cursor) continue;
    if (!b.free(cursor, block.start, true, token)) return null;
    if (!block.render()) return null;
    cursor = block.end;
  }
  if (!b.free(cursor, source.length, true, token)) return null;
  // A letter with no text still shows its problems (a missing section, say): after the title.
  if (b.runs.length === 0 && analysis.findings.length > 0) {
    const run: Run = { start: 0, end: 0, marks: [], markers: [] };
    b.raw('<p data-line="0">');
    b.runs.push(run);
    b.parts.push(run);
    b.raw('</p>');
  }

  if (!placeFindings(b.runs, analysis.findings, token)) return null;
  return render(b.parts, source, token);
}

/** The offset where the first blank line inside [start, end) begins, or -1. */
function blankLineAfter(source: string, start: number, end: number): number {
  let at = source.indexOf('\n', start);
  while (at >= 0 && at < end) {
    let k = at + 1;
    while (k < end && (source[k] === ' ' || source[k] === '\t' || source[k] === '\r')) k++;
    if (k < end && source[k] === '\n') return at + 1;
    at = source.indexOf('\n', at + 1);
  }
  return -1;
}

/**
 * Gives every finding to the runs it overlaps, in one sweep over the runs in document order. An empty
 * range, or one only over text the page leaves out, becomes a marker at the first run at or after it.
 */
function placeFindings(runs: Run[], findings: readonly Finding[], token?: CancellationToken): boolean {
  if (runs.length === 0) return true;
  const ordered = [...runs].sort((x, y) => x.start - y.start);
  const pending = [...findings].sort((x, y) => x.start - y.start || x.end - y.end);
  const placed = new Set<Finding>();
  let active: Finding[] = [];
  let next = 0;
  for (let r = 0; r < ordered.length; r++) {
    if ((r & 255) === 0 && token?.isCancellationRequested) return false;
    const run = ordered[r];
    while (next < pending.length && pending[next].start < run.end) active.push(pending[next++]);
    active = active.filter((f) => {
      if (f.end > f.start && f.end > run.start && f.start < run.end) {
        run.marks.push(f);
        placed.add(f);
        return true;
      }
      if (placed.has(f)) return f.end > run.start;
      // Not shown yet (an empty range, or one over left-out text): here, where the text resumes.
      run.markers.push({ at: Math.max(run.start, Math.min(f.start, run.end)), finding: f });
      placed.add(f);
      return false;
    });
  }
  // Findings after the last text (an empty range at the very end): at the end of the last run.
  const last = ordered.reduce((a, x) => (x.end >= a.end ? x : a));
  for (const f of [...active, ...pending.slice(next)]) if (!placed.has(f)) last.markers.push({ at: last.end, finding: f });
  return true;
}

function render(parts: readonly Part[], source: string, token?: CancellationToken): string | null {
  const out: string[] = [];
  let count = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      out.push(part);
      continue;
    }
    if ((++count & 255) === 0 && token?.isCancellationRequested) return null;
    if (part.marks.length === 0 && part.markers.length === 0) {
      out.push(escapeHtml(source.slice(part.start, part.end)));
      continue;
    }
    // Cut the run where any mark starts or ends; each piece is marked by every finding covering it.
    const cuts = new Set<number>([part.start, part.end]);
    for (const f of part.marks) {
      if (f.start > part.start && f.start < part.end) cuts.add(f.start);
      if (f.end > part.start && f.end < part.end) cuts.add(f.end);
    }
    for (const m of part.markers) cuts.add(m.at);
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i < points.length; i++) {
      const at = points[i];
      const here = part.markers.filter((m) => m.at === at).map((m) => m.finding);
      if (here.length > 0) out.push(`${markOpen(here, ' marker')}</mark>`);
      const to = points[i + 1];
      if (to === undefined) break;
      const text = escapeHtml(source.slice(at, to));
      const covering = part.marks.filter((f) => f.start <= at && f.end >= to);
      out.push(covering.length > 0 ? `${markOpen(covering)}${text}</mark>` : text);
    }
  }
  return out.join('');
}
