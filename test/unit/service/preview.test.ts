// The preview's HTML over in-memory letters: structure, escaping, problem marks and scroll anchors.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml, previewTitle, providePreview } from '../../../server/src/service/preview';
import type { Analysis } from '../../../server/src/service/analysis';
import type { Finding } from '../../../server/src/rules/types';
import { analyzeText, fixtureText } from './fixture';
import { exampleLetters, realLetters } from '../robust/letters';

const preview = (analysis: Analysis) => {
  const html = providePreview(analysis);
  assert.ok(html !== null);
  return html;
};

/** The page without its problem marks. */
const unmarked = (html: string) => html.replace(/<\/?mark[^>]*>/g, '');

/** The letter's text as the page shows it: tags dropped, references read, whitespace folded. */
const textOf = (html: string) =>
  html
    .replace(/<\/?(mark|span)[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('preview', () => {
  const analysis = analyzeText(fixtureText('two-items-2016.imr'));
  const html = preview(analysis);
  // The same letter with mistakes: a decision in other words, a date out of order, no case summary heading.
  const withMistakes = analyzeText(
    fixtureText('two-items-2016.imr').replace('#60: Upheld', '#60: Denied').replace('Decision Date: 12/08/2016', 'Decision Date: 10/08/2016').replace('CLINICAL CASE SUMMARY\n', ''),
  );

  it('starts with the title', () => {
    assert.ok(html.startsWith(`<h1 class="title" data-line="0">${previewTitle}</h1>`), html.slice(0, 200));
  });

  it('shows the header as a table of fields and values, each row at its line', () => {
    assert.match(html, /<table class="header" data-line="0">/);
    assert.match(html, /<tr data-line="0"><th scope="row">Case Number:<\/th><td>CM16-0900001<\/td><\/tr>/);
    assert.match(html, /<tr data-line="6"><th scope="row">Application Received:<\/th><td>10\/28\/2016<\/td><\/tr>/);
    assert.equal(html.match(/<tr /g)?.length, 7);
  });

  it('shows the three section headings as headings, at their lines', () => {
    assert.match(html, /<h2 class="section" data-line="8">HOW THE IMR FINAL DETERMINATION WAS MADE<\/h2>/);
    assert.match(html, /<h2 class="section" data-line="13">CLINICAL CASE SUMMARY<\/h2>/);
    assert.match(html, /<h2 class="section" data-line="16">IMR ISSUES, DECISIONS AND RATIONALES<\/h2>/);
  });

  it('sets the credentials block apart', () => {
    assert.match(html, /<div class="credentials" data-line="10"><p class="credentials-intro" data-line="10">The Expert Reviewer has the following credentials:<\/p>/);
    assert.match(html, /<p class="credential" data-line="11"><span class="label">State\(s\) of Licensure:<\/span> California<\/p>/);
    assert.match(html, /<p class="credential" data-line="12"><span class="label">Certification\(s\)\/Specialty:<\/span> Family Practice<\/p><\/div>/);
  });

  it('shows each item: its heading in bold with the decision, its fields, its rationale', () => {
    assert.match(html, /<div class="item" data-line="18">\n<p class="item-heading" data-line="18"><strong>Norco 10\/325mg #60: <span class="decision upheld">Upheld<\/span><\/strong><\/p>/);
    assert.match(html, /<p class="item-heading" data-line="22"><strong>MRI of the lumbar spine: <span class="decision overturned">Overturned<\/span><\/strong><\/p>/);
    assert.match(html, /<div class="field claims" data-line="19"><p data-line="19"><span class="label">Claims Administrator guideline:<\/span>/);
    assert.match(html, /<div class="field maximus" data-line="24">/);
    // The wrapped rationale is one paragraph, with an anchor where its second line starts.
    assert.match(html, /<div class="field rationale" data-line="25"><p data-line="25"><span class="label">Decision rationale:<\/span> There are new neurologic deficits after six weeks of conservative care.\n<span data-line="26"><\/span>Therefore, the request is medically necessary.<\/p><\/div>/);
  });

  it('shows all of the letter\'s text, in order', () => {
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    assert.equal(textOf(html), words(`${previewTitle} ${analysis.letter.source}`));
  });

  it('marks each problem where it stands, its message in the title', () => {
    const findings = withMistakes.findings;
    assert.ok(findings.length >= 3, 'the letter has findings');
    const html = preview(withMistakes);
    const marks = [...html.matchAll(/<mark class="problem (error|warning|info)( marker)?" title="([^"]*)">/g)];
    for (const f of findings) {
      assert.ok(marks.some((m) => m[3].split('\n').includes(escapeHtml(f.message))), `no mark for ${f.ruleId}`);
    }
  });

  it('returns null once cancelled', () => {
    assert.equal(providePreview(analysis, { isCancellationRequested: true }), null);
  });
});

describe('preview escaping', () => {
  it('shows markup in the letter as text', () => {
    const text = fixtureText('two-items-2016.imr')
      .replace('Family Practice', 'Family Practice<script>alert(1)</script>')
      .replace('Norco 10/325mg #60: Upheld', 'Norco "><img src=x onerror=alert(1)> & <b>: Upheld')
      .replace('The injured worker', "It's <iframe src='x'></iframe> the injured worker");
    const html = unmarked(preview(analyzeText(text)));
    assert.doesNotMatch(html, /<script|<img|<iframe|<b>/i);
    assert.match(html, /Family Practice&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /Norco &quot;&gt;&lt;img src=x onerror=alert\(1\)&gt; &amp; &lt;b&gt;: /);
    assert.match(html, /It&#39;s &lt;iframe src=&#39;x&#39;&gt;&lt;\/iframe&gt;/);
  });

  it('escapes messages in a mark\'s title', () => {
    const base = analyzeText(fixtureText('two-items-2016.imr'));
    const at = base.letter.source.indexOf('Norco');
    const finding: Finding = { ruleId: 'test', severity: 'error', message: 'Bad "><script>x</script> & more', start: at, end: at + 5 };
    const html = preview({ ...base, findings: [finding] });
    assert.match(html, /<mark class="problem error" title="Bad &quot;&gt;&lt;script&gt;x&lt;\/script&gt; &amp; more">Norco<\/mark>/);
    assert.doesNotMatch(html, /<script/);
  });

  it('escapes the five characters', () => assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'));
});

describe('preview marks', () => {
  const base = analyzeText(fixtureText('two-items-2016.imr'));
  const source = base.letter.source;
  const finding = (severity: Finding['severity'], start: number, end: number, message = `${severity} here`): Finding => ({ ruleId: 'test', severity, message, start, end });
  const withFindings = (findings: Finding[]) => preview({ ...base, findings });

  it('gives each severity its class; a hint is shown as info', () => {
    const at = source.indexOf('cook');
    const html = withFindings([finding('error', source.indexOf('Norco'), source.indexOf('Norco') + 5), finding('warning', source.indexOf('MRI'), source.indexOf('MRI') + 3), finding('hint', at, at + 4)].sort((a, b) => a.start - b.start));
    assert.match(html, /<mark class="problem error" title="error here">Norco<\/mark>/);
    assert.match(html, /<mark class="problem warning" title="warning here">MRI<\/mark>/);
    assert.match(html, /<mark class="problem info" title="hint here">cook<\/mark>/);
  });

  it('marks a range over several lines in each piece, and overlapping ranges with both messages', () => {
    const start = source.indexOf('conservative care.');
    const end = source.indexOf('medically necessary.', start) + 'medically necessary'.length;
    const inner = source.indexOf('Therefore', start);
    const html = withFindings([finding('warning', start, end, 'outer'), finding('error', inner, inner + 9, 'inner')]);
    assert.match(html, /<mark class="problem warning" title="outer">conservative care\.\n<\/mark><span data-line="26"><\/span><mark class="problem error" title="outer\ninner">Therefore<\/mark><mark class="problem warning" title="outer">, the request is medically necessary<\/mark>\./);
  });

  it('shows an empty range, and one over a blank line, as a marker where the text resumes', () => {
    const blank = source.indexOf('\n\n') + 1;
    const at = source.indexOf('HOW THE IMR');
    const html = withFindings([finding('warning', blank, blank + 1, 'blank'), finding('error', at, at, 'empty')]);
    assert.match(html, /<h2 class="section" data-line="8"><mark class="problem error marker" title="blank\nempty"><\/mark>HOW THE IMR/);
  });

  it('shows a problem at the very end of the letter at the end of its text', () => {
    const html = withFindings([finding('info', source.length, source.length, 'at the end')]);
    assert.match(html, /medically necessary\.\n?<mark class="problem info marker" title="at the end"><\/mark><\/p><\/div>/);
  });
});

describe('preview of letters in other shapes', () => {
  it('reads the header in columns as rows of fields and values', () => {
    const text = fixtureText('two-items-2016.imr').replace(
      /^Case Number[^]*?Application Received: 10\/28\/2016\n/,
      'Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\nCM16-0900001\n11/10/2016\n12/08/2016\nStandard\n\nDate of Injury:\nUR Denial Date:\nApplication Received:\n\n01/05/2016\n10/20/2016\n10/28/2016\n',
    );
    const html = preview(analyzeText(text));
    assert.match(html, /<tr data-line="0"><th scope="row">Case Number:<\/th><td>CM16-0900001<\/td><\/tr>/);
    assert.match(html, /<tr data-line="3"><th scope="row">Priority:<\/th><td>Standard<\/td><\/tr>/);
  });

  it('shows a letter with no header, sections or items as paragraphs', () => {
    const html = unmarked(preview(analyzeText('A note.\nIt runs on.\n\nA second paragraph.\n')));
    assert.match(html, /<p data-line="0">A note\.\n<span data-line="1"><\/span>It runs on\.<\/p><p data-line="3">A second paragraph\.<\/p>/);
  });

  it('shows an empty letter as its title alone', () => {
    assert.equal(textOf(preview(analyzeText(''))), previewTitle);
  });

  it('keeps the rationale\'s paragraphs apart', () => {
    const text = fixtureText('two-items-2016.imr').replace('conservative care.\nTherefore', 'conservative care.\n\nTherefore');
    const html = preview(analyzeText(text));
    assert.match(html, /conservative care\.<\/p><p data-line="27">Therefore, the request is medically necessary\.<\/p><\/div>/);
  });
});

/** Every tag is one the preview writes, with only its own attributes: nothing from the letter became markup. */
function assertOwnMarkup(html: string): void {
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    assert.match(tag, /^<\/?(h1|h2|p|span|div|table|tbody|tr|th|td|strong|mark)( (class|title|data-line|scope)="[^"<>]*")*>$/, tag);
  }
}

/** The non-blank characters, sorted: the page shows every one of the letter's, whatever the layout's order. */
const characters = (text: string) => [...text.replace(/\s+/g, '')].sort().join('');

function assertWholeLetter(analysis: Analysis, name: string): void {
  const html = preview(analysis);
  assertOwnMarkup(html);
  assert.equal(characters(textOf(html)), characters(previewTitle + analysis.letter.source), `${name}: the page shows the letter's text`);
  const titles = [...html.matchAll(/<mark class="problem [^"]*" title="([^"]*)">/g)].flatMap((m) => m[1].split('\n'));
  for (const f of analysis.findings) assert.ok(titles.includes(escapeHtml(f.message)), `${name}: ${f.ruleId} is marked`);
}

describe('preview of any text', () => {
  const pieces = ['<', '>', '&', '"', "'", '<script>', '"><img src=x onerror=alert(1)>', '&amp;', '\n', '\r\n', '\n\n', ' ', ':', 'Upheld', 'Case Number:', 'Priority: Standard',
    'HOW THE IMR FINAL DETERMINATION WAS MADE\n', 'CLINICAL CASE SUMMARY\n', 'IMR ISSUES, DECISIONS AND RATIONALES\n', 'Norco 10/325mg #60: Upheld\n', 'Claims Administrator guideline: ',
    'MAXIMUS guideline: ', 'Decision rationale: ', 'State(s) of Licensure: ', 'The Expert Reviewer has the following credentials:\n', '\u00a0', '\ufeff', '\u00ad', '…', '😀'];
  const letterish = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((p) => p.join(''));

  it('keeps its own markup, shows every character and marks every problem', () => {
    fc.assert(fc.property(letterish, (text) => assertWholeLetter(analyzeText(text), JSON.stringify(text))), { numRuns: 300 });
  });

  it('does so for the examples and the real letters', () => {
    for (const { name, text } of [...exampleLetters(), ...realLetters()]) assertWholeLetter(analyzeText(text), name);
  });
});
