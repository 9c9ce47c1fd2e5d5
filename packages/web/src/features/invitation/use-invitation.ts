import { type FormEvent, useEffect, useState } from 'react';
import { setCsrfToken } from '../../api';
import { useLinkToken } from '../../link-token';
import { currentLocale } from '../../locale';
import { message, type Problem } from '../../problems';
import { useSession } from '../../session';
import { acceptInvitation, type InvitationPreview, previewInvitation } from './api';
import { checkInvitation, EMPTY, type Field, type FieldProblems, refusalOf, type Values } from './invitation-checks';

/** What the link turned out to be: still being checked, an open invitation, or one that does not work. */
export type Preview =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'open'; invitation: InvitationPreview }
  | { status: 'problem'; problem: Problem };

/**
 * The invitation page's state: the link's token, what it invites to, the form (name and password), its problems,
 * and the account once made. Accepting opens a half-way session: the sign-in page then sets up two-step
 * verification, as at any first sign-in.
 */
export function useInvitation() {
  const token = useLinkToken();
  const session = useSession();
  const [preview, setPreview] = useState<Preview>(token ? { status: 'loading' } : { status: 'none' });
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [outcome, setOutcome] = useState<{ problem: Problem; attempt: number } | null>(null);
  const [accepted, setAccepted] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fail = (problem: Problem) => setOutcome((was) => ({ problem, attempt: (was?.attempt ?? 0) + 1 }));

  useEffect(() => {
    if (!token) return;
    let current = true;
    // Another link pasted while the page is open starts afresh.
    setAccepted(null);
    setOutcome(null);
    setPreview({ status: 'loading' });
    void previewInvitation(token).then((result) => {
      if (!current) return;
      if (result.ok) setPreview({ status: 'open', invitation: result.data });
      else setPreview({ status: 'problem', problem: refusalOf(result).summary });
    });
    return () => {
      current = false;
    };
  }, [token]);

  const set = (field: Field) => (event: { target: { value: string } }) =>
    setValues((was) => ({ ...was, [field]: event.target.value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const found = checkInvitation(values);
    setProblems(found);
    const count = Object.keys(found).length;
    if (count > 0) {
      fail(message('signIn.error.fields', { count }));
      return;
    }
    setSubmitting(true);
    const result = await acceptInvitation({
      token,
      displayName: values.displayName.trim(),
      password: values.password,
      locale: currentLocale(),
    });
    if (result.ok) {
      setCsrfToken(result.data.csrfToken);
      setValues((was) => ({ ...was, password: '' }));
      // The half-way session (two-step verification to set up) is what the sign-in page continues from.
      await session.refresh();
      setSubmitting(false);
      setAccepted(result.data.email);
      return;
    }
    setSubmitting(false);
    const refusal = refusalOf(result);
    if (result.kind !== 'network') setProblems(refusal.fields);
    fail(refusal.summary);
  };

  return {
    token,
    preview,
    values,
    set,
    problems,
    outcome,
    accepted,
    submitting,
    onSubmit,
    signedInAs: session.state.status === 'signedIn' ? session.state.info.user.displayName : null,
  };
}

export type InvitationModel = ReturnType<typeof useInvitation>;
