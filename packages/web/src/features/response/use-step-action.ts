import { type FormEvent, useState } from 'react';
import { useCountyZone } from '../../county-time';
import { useMessages } from '../../i18n';
import { completeStep, declineStep, markStepNotApplicable, type ResponseView, type StepView } from './api';
import { type StepMode, stepRequest } from './response-actions';
import { toLocalInput } from './response-format';
import type { After } from './use-response';

/** Closing a step by hand: the owner completes it (when, a note) or marks it not applicable (why). */
export function useStepAction(response: ResponseView, step: StepView, after: After) {
  const { t } = useMessages();
  const zone = useCountyZone();
  const [mode, setMode] = useState<StepMode>('none');
  const [at, setAt] = useState(() => toLocalInput(new Date(), zone));
  const [note, setNote] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'none') return;
    const request = stepRequest(mode, step, at, note, zone);
    const result =
      request.kind === 'complete'
        ? await completeStep(response.id, step.stepId, request.body)
        : request.kind === 'declined'
          ? await declineStep(response.id, step.stepId, request.body)
          : await markStepNotApplicable(response.id, step.stepId, request.body);
    if (await after(result, t('responseWeb.step.saved'))) setMode('none');
  };

  return { mode, setMode, at, setAt, note, setNote, submit };
}
