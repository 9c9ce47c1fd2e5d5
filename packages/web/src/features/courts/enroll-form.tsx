import { type FormEvent, useState } from 'react';
import { CheckboxField } from '../../components/checkbox-field';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useMessages } from '../../i18n';
import { useSignedIn } from '../../session';
import { enroll, type Program } from './api';
import { SubmitProblem } from './submit-problem';
import { useCountyToday, useSubmit } from './use-submit';

/** Enrollment in a program: voluntary (the youth agreed), STAR offered at disposition, the probation officer. */
export function EnrollForm(props: { youthId: string; programs: Program[]; onEnrolled: () => Promise<void> }) {
  const { t } = useMessages();
  const me = useSignedIn().user;
  const [programId, setProgramId] = useState('');
  const [enrolledOn, setEnrolledOn] = useState(useCountyToday());
  const [agreed, setAgreed] = useState(false);
  const [disposition, setDisposition] = useState(false);
  const [officer, setOfficer] = useState(me.role === 'probation_officer');
  const submit = useSubmit();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(
      () =>
        enroll(props.youthId, {
          programId,
          enrolledOn,
          youthAgreed: agreed,
          offeredAtDisposition: disposition,
          probationOfficerId: officer ? me.id : null,
        }),
      props.onEnrolled,
    );
  };
  return (
    <form className="usa-form harbor-no-print" onSubmit={onSubmit} noValidate data-testid="court-enroll">
      <h3>{t('courtsWeb.enroll.heading')}</h3>
      <p className="harbor-measure">{t('courtsWeb.enroll.intro')}</p>
      <SubmitProblem submit={submit} />
      <SelectField
        id="court-program"
        label={t('courtsWeb.enroll.program')}
        choose={t('youthPage.choose')}
        options={props.programs.map((p) => ({ value: p.id, label: p.name }))}
        value={programId}
        error={submit.fields.programId}
        onChange={(e) => setProgramId(e.target.value)}
      />
      <TextField
        id="court-enrolled-on"
        type="date"
        label={t('courtsWeb.enroll.on')}
        value={enrolledOn}
        error={submit.fields.enrolledOn}
        onChange={(e) => setEnrolledOn(e.target.value)}
      />
      <CheckboxField id="court-agreed" label={t('courtsWeb.enroll.agreed')} checked={agreed} onChange={setAgreed} />
      {submit.fields.youthAgreed && <span className="usa-error-message">{submit.fields.youthAgreed}</span>}
      <CheckboxField
        id="court-disposition"
        label={t('courtsWeb.enroll.disposition')}
        checked={disposition}
        onChange={setDisposition}
      />
      {me.role === 'probation_officer' && (
        <CheckboxField
          id="court-officer"
          label={t('courtsWeb.enroll.officer')}
          checked={officer}
          onChange={setOfficer}
        />
      )}
      <button type="submit" className="usa-button margin-top-2" disabled={submit.busy}>
        {t('courtsWeb.enroll.submit')}
      </button>
    </form>
  );
}
