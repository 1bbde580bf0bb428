// The condition language of checklists (docs/content-format.md, "Conditions"): three-valued,
// so an unanswered question never hides a step or a checklist.
import { describe, expect, it } from 'vitest';
import { applies, evaluate, SKIPPED, type Verdict } from '../../src/features/checklists/conditions';

const answers = {
  bornInKz: 'yes',
  birthPlace: 'home',
  childAge: '7to13',
  parentsCitizenship: 'uz',
  hasIin: SKIPPED, // skipped: counts as unanswered
  hasPassport: 'maybe-later', // a value this version does not know: unanswered too
};

const cases: [string, unknown, Verdict][] = [
  ['no condition', undefined, 'yes'],
  ['is, matching', { q: 'bornInKz', is: 'yes' }, 'yes'],
  ['is, not matching', { q: 'birthPlace', is: 'hospital' }, 'no'],
  ['is, unanswered', { q: 'eaeuWorker', is: 'yes' }, 'maybe'],
  ['is, skipped', { q: 'hasIin', is: 'no' }, 'maybe'],
  ['is, unknown stored value', { q: 'hasPassport', is: 'no' }, 'maybe'],
  ['in, matching', { q: 'childAge', in: ['1to6', '7to13'] }, 'yes'],
  ['in, not matching', { q: 'parentsCitizenship', in: ['kg', 'ru'] }, 'no'],
  ['in, unanswered', { q: 'parentsPassports', in: ['yes', 'no'] }, 'maybe'],
  ['not yes', { not: { q: 'bornInKz', is: 'yes' } }, 'no'],
  ['not no', { not: { q: 'parentsCitizenship', in: ['kg', 'ru'] } }, 'yes'],
  ['not maybe stays maybe', { not: { q: 'eaeuWorker', is: 'yes' } }, 'maybe'],
  ['all yes', { all: [{ q: 'bornInKz', is: 'yes' }, { q: 'birthPlace', is: 'home' }] }, 'yes'],
  ['all with a no', { all: [{ q: 'bornInKz', is: 'yes' }, { q: 'birthPlace', is: 'hospital' }] }, 'no'],
  ['all with a maybe', { all: [{ q: 'bornInKz', is: 'yes' }, { q: 'hasIin', is: 'no' }] }, 'maybe'],
  ['all: no beats maybe', { all: [{ q: 'hasIin', is: 'no' }, { q: 'birthPlace', is: 'hospital' }] }, 'no'],
  ['any with a yes', { any: [{ q: 'birthPlace', is: 'hospital' }, { q: 'childAge', is: '7to13' }] }, 'yes'],
  ['any all no', { any: [{ q: 'birthPlace', is: 'hospital' }, { q: 'childAge', is: 'under1' }] }, 'no'],
  ['any with a maybe', { any: [{ q: 'birthPlace', is: 'hospital' }, { q: 'eaeuWorker', is: 'yes' }] }, 'maybe'],
  ['any: yes beats maybe', { any: [{ q: 'eaeuWorker', is: 'yes' }, { q: 'bornInKz', is: 'yes' }] }, 'yes'],
  [
    'nested: all of (any, not) → yes',
    { all: [{ any: [{ q: 'eaeuWorker', is: 'yes' }, { q: 'childAge', in: ['7to13'] }] }, { not: { q: 'parentsCitizenship', is: 'stateless' } }] },
    'yes',
  ],
  [
    'nested: not of all with an unanswered part → maybe',
    { not: { all: [{ q: 'bornInKz', is: 'yes' }, { q: 'hasIin', is: 'yes' }] } },
    'maybe',
  ],
  [
    'nested: not of any with a yes → no',
    { not: { any: [{ q: 'eaeuWorker', is: 'yes' }, { q: 'bornInKz', is: 'yes' }] } },
    'no',
  ],
  [
    'as in content (child-documents): all [no passport, not stateless] with passport unknown',
    { all: [{ q: 'hasPassport', is: 'no' }, { not: { q: 'parentsCitizenship', is: 'stateless' } }] },
    'maybe',
  ],
  ['malformed: shown rather than hidden', { q: 'bornInKz' }, 'maybe'],
  ['malformed: not an object', 'bornInKz', 'maybe'],
];

describe('evaluate', () => {
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(evaluate(condition, answers)).toBe(expected);
  });

  it('with no answers at all, every leaf is maybe', () => {
    expect(evaluate({ q: 'bornInKz', is: 'yes' }, {})).toBe('maybe');
    expect(evaluate({ all: [{ q: 'bornInKz', is: 'yes' }, { not: { q: 'hasIin', in: ['no'] } }] }, {})).toBe('maybe');
  });
});

describe('applies', () => {
  it.each(cases)('%s', (_name, condition, expected) => {
    expect(applies(condition, answers)).toBe(expected !== 'no');
  });
});
