import { harborCseBrief, visibleItemIds } from '@harbor/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../messages';
import {
  completionProblems,
  draftProblems,
  MIN_REASON,
  type ProblemContext,
  REASON_ID,
  rejectionProblems,
  stepProblems,
} from './form-problems';
import { isPositiveSafety, stepOfTarget, stepsOf } from './form-steps';
import { itemsById } from './text';

const context: ProblemContext = {
  items: itemsById(harborCseBrief),
  t: (key, values) => translate('en', key, values),
  locale: 'en',
};
const [indicators, safety] = harborCseBrief.domains;
const everyIndicator = Object.fromEntries(indicators!.items.map((item) => [item.id, 'no']));

describe('the form’s own checks', () => {
  it('holds back the next step until this step’s questions are answered, naming each question', () => {
    const { fieldErrors, entries } = stepProblems(harborCseBrief, indicators!, { away: 'yes' }, context);
    expect(Object.keys(fieldErrors)).toEqual(['controlling-adult', 'gifts', 'markings', 'online', 'exchange']);
    expect(fieldErrors.gifts).toBe('Answer this question to complete the screening.');
    expect(entries[0]).toEqual({
      target: 'item-controlling-adult',
      text: expect.stringContaining('Answer this question to complete the screening.'),
    });
    // Questions of a later step are not this step's business.
    expect(stepProblems(harborCseBrief, indicators!, everyIndicator, context).entries).toEqual([]);
  });

  it('saves a draft with questions unanswered, but not with an answer that can never be right', () => {
    expect(draftProblems(harborCseBrief, { away: 'yes' }, context).entries).toEqual([]);
    expect(draftProblems(harborCseBrief, { away: 'maybe', ghost: 'yes' }, context).fieldErrors).toEqual({
      away: 'Choose one of the answers offered.',
    });
  });

  it('completes only with every answer, and a correction only with its reason', () => {
    const all = { ...everyIndicator, 'self-harm': 'no' };
    expect(completionProblems(harborCseBrief, all, null, context).entries).toEqual([]);
    expect(Object.keys(completionProblems(harborCseBrief, everyIndicator, null, context).fieldErrors)).toEqual([
      'self-harm',
    ]);
    const short = completionProblems(harborCseBrief, all, { reason: '         abc  ' }, context);
    expect(short.fieldErrors[REASON_ID]).toBe(translate('en', 'screeningForm.correction.reasonRequired'));
    expect(short.entries).toEqual([{ target: REASON_ID, text: short.fieldErrors[REASON_ID] }]);
    expect(completionProblems(harborCseBrief, all, { reason: 'x'.repeat(MIN_REASON) }, context).entries).toEqual([]);
  });
});

describe('what the server refused', () => {
  it('goes beside the question it names, to the reason, or into the summary only', () => {
    const problems = rejectionProblems(
      {
        status: 400,
        code: 'validation_failed',
        message: 'Two fields need attention.',
        fields: [
          { path: 'body.answers.gifts', message: 'Elija una de las respuestas que se ofrecen.' },
          { path: 'body.reason', message: 'Too short.' },
          { path: 'body.youthId', message: 'Unknown youth.' },
        ],
      },
      context,
    );
    expect(problems.fieldErrors).toEqual({ gifts: 'Elija una de las respuestas que se ofrecen.' });
    expect(problems.entries.map((e) => e.target)).toEqual(['item-gifts', REASON_ID, undefined]);
    expect(problems.entries[2]?.text).toBe('Unknown youth.');
  });

  it('is never silent: the server’s message, else the generic one', () => {
    const bare = { status: 403, code: 'forbidden', message: '', fields: [] };
    expect(rejectionProblems({ ...bare, message: 'Not yours.' }, context).entries).toEqual([{ text: 'Not yours.' }]);
    expect(rejectionProblems(bare, context).entries).toEqual([{ text: translate('en', 'error.internal') }]);
  });
});

describe('the form’s steps', () => {
  const visible = new Set(visibleItemIds(harborCseBrief, {}));
  const steps = stepsOf(harborCseBrief, visible);

  it('are the domains with a question to ask', () => {
    expect(steps.map((s) => s.id)).toEqual(['indicators', 'safety']);
    expect(stepsOf(harborCseBrief, new Set(['away'])).map((s) => s.id)).toEqual(['indicators']);
  });

  it('lead a summary link to the step of its field', () => {
    expect(stepOfTarget(harborCseBrief, steps, 'item-self-harm', 0)).toBe(1);
    expect(stepOfTarget(harborCseBrief, steps, 'item-gifts', 1)).toBe(0);
    expect(stepOfTarget(harborCseBrief, steps, REASON_ID, 0)).toBe(1);
    expect(stepOfTarget(harborCseBrief, steps, 'item-nowhere', 1)).toBe(1);
  });

  it('show the crisis step beside a safety question answered yes, and only then', () => {
    const items = itemsById(harborCseBrief);
    const ask = (answers: Record<string, string>, id: string) =>
      isPositiveSafety(harborCseBrief, items, visible, answers, id);
    expect(safety?.safety).toBe(true);
    expect(ask({ 'self-harm': 'yes' }, 'self-harm')).toBe(true);
    expect(ask({ 'self-harm': 'no' }, 'self-harm')).toBe(false);
    expect(ask({ away: 'yes' }, 'away')).toBe(false);
  });
});
