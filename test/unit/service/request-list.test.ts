// The requests a reviewer pastes to start a letter, split into one item each.
import * as assert from 'node:assert/strict';
import { cleanRequests, splitRequests } from '../../../server/src/service/request-list';

describe('splitRequests', () => {
  it('reads the utilization review sentence: commas, "and", no article, no closing period', () => {
    assert.deepEqual(
      splitRequests('On 10/20/2016, utilization review non-certified Drug A 10mg #60, 12 sessions of physical therapy for the lumbar spine and an MRI of the right knee.'),
      ['Drug A 10mg #60', '12 sessions of physical therapy for the lumbar spine', 'MRI of the right knee'],
    );
  });

  it('keeps a drug with a slash in its strength whole', () => {
    assert.deepEqual(splitRequests('Norco 10/325mg #60 and Soma 350mg #90'), ['Norco 10/325mg #60', 'Soma 350mg #90']);
  });

  it('splits on semicolons and an Oxford comma', () => {
    assert.deepEqual(splitRequests('Norco 10/325mg #60; MRI of the right knee, and TENS unit'), ['Norco 10/325mg #60', 'MRI of the right knee', 'TENS unit']);
  });

  it('takes one request per line, with bullets and list numbers dropped, commas kept', () => {
    assert.deepEqual(splitRequests('1. Norco 10/325mg #60\n2) Soma 350mg #90\n- Acupuncture x 6, lumbar spine\n\n'), [
      'Norco 10/325mg #60',
      'Soma 350mg #90',
      'Acupuncture x 6, lumbar spine',
    ]);
  });

  it('splits a numbered list written on one line, keeping decimals such as 12.5mg', () => {
    assert.deepEqual(splitRequests('1) Norco 10/325mg #60 2) Ambien CR 12.5mg #30 3) Home health aide'), ['Norco 10/325mg #60', 'Ambien CR 12.5mg #30', 'Home health aide']);
  });

  it('reads a UR sentence wrapped over lines as one sentence', () => {
    assert.deepEqual(splitRequests('Utilization review non-certified Norco 10/325mg #60\nand Flexeril 7.5mg #60 on 11/01/2016.'), ['Norco 10/325mg #60', 'Flexeril 7.5mg #60']);
  });

  it('takes the list after "Request(s) under consideration include"', () => {
    assert.deepEqual(splitRequests('Request(s) under consideration include Soma 350mg #90, Valium 10mg #30, and Remaining Lunesta 3mg #35.'), [
      'Soma 350mg #90',
      'Valium 10mg #30',
      'Remaining Lunesta 3mg #35',
    ]);
  });

  it('does not split a number written with a thousands comma', () => {
    assert.deepEqual(splitRequests('Vitamin D 1,000 IU #30'), ['Vitamin D 1,000 IU #30']);
  });

  it('drops duplicates, empty pieces, pieces without a letter and «» marks', () => {
    assert.deepEqual(splitRequests('Norco 10/325mg #60, norco 10/325MG #60, , 12, «MRI of the knee»'), ['Norco 10/325mg #60', 'MRI of the knee']);
    assert.deepEqual(splitRequests('   \n  '), []);
  });

  it('keeps each entry of a list whole (cleanRequests), commas and "and" included', () => {
    assert.deepEqual(cleanRequests(['1. Acupuncture x 6, lumbar spine', 'an MRI of the neck and upper back.', 'acupuncture x 6, lumbar spine', '']), [
      'Acupuncture x 6, lumbar spine',
      'MRI of the neck and upper back',
    ]);
  });
});
