// Chronic Pain topics are a complete list now: an unknown one is reported with the nearest known topics, and
// page numbers or ranges written where a section belongs are reported as pages.
import { expectFindings, expectNone, letter2016, mutate } from './letters';

const rule = 'citation-unknown-topic';
const withTopic = (topic: string) => mutate(letter2016, 'Physical medicine treatment.', `${topic}.`);

describe(`rule ${rule}: complete Chronic Pain topics, and pages for sections`, () => {
  it('reports a Chronic Pain topic that does not exist, naming the nearest known ones', () => {
    expectFindings(withTopic('Neuropathic pain medications'), rule, [
      { range: 'Neuropathic pain medications', severity: 'warning', message: /is not a section of Chronic Pain Medical Treatment 2016\. The nearest known .*"Medications for chronic pain"/ },
    ]);
    expectFindings(withTopic('Sleep aids'), rule, [
      { range: 'Sleep aids', severity: 'warning', message: '"Sleep aids" is not a section of Chronic Pain Medical Treatment 2016.' },
    ]);
  });

  it('leaves a blank left to fill in ("[ADD SECTION]") to the placeholder rule', () => {
    for (const blank of ['[ADD SECTION]', '<<section>>', '{TOPIC}']) {
      expectNone(withTopic(blank), rule);
      expectFindings(withTopic(blank), 'placeholder', [{ range: blank, severity: 'error' }]);
    }
  });

  it('reports a page range or a list of pages where a section belongs', () => {
    for (const pages of ['112-113', '56–57', '98, 99']) {
      const text = withTopic(pages);
      const found = expectFindings(text, rule, pages.includes(',')
        ? [{ range: '98', severity: 'warning', message: 'looks like a page number' }, { range: '99', severity: 'warning', message: 'looks like a page number' }]
        : [{ range: pages, severity: 'warning', message: 'looks like a page number' }]);
      void found;
    }
  });

  it('knows the topics letters cite, by name and alias', () => {
    for (const topic of ['SSRIs (selective serotonin reuptake inhibitors)', 'Yoga', 'Complex regional pain syndrome (CRPS)', 'Insomnia treatment',
      'Antiemetics (for opioid nausea)', 'Work conditioning, work hardening', 'Barbiturate-containing analgesic agents (BCAs)']) {
      expectNone(withTopic(topic), rule);
    }
  });
});
