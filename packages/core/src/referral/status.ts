/**
 * A referral's status, from the HL7 Gravity Project's referral task statuses (the FHIR Task statuses its SDOH
 * Clinical Care guide uses for a referral): the referring side drafts and sends it, the receiving side answers, and
 * either side closes it. Every change is an event of the referral (who, which agency, when, a note). Pure.
 */
export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  /** Waitlisted: accepted in principle, waiting for a place. */
  'on_hold',
  'in_progress',
  'completed',
  'failed',
  'cancelled',
  'entered_in_error',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The side of a referral a person acts for: the agency that refers, or the agency that receives it. */
export const REFERRAL_SIDES = ['referring', 'receiving'] as const;
export type ReferralSide = (typeof REFERRAL_SIDES)[number];

/** Statuses a referral never leaves. */
export const TERMINAL_STATUSES = [
  'rejected',
  'completed',
  'failed',
  'cancelled',
  'entered_in_error',
] as const satisfies readonly ReferralStatus[];

/**
 * Statuses in which the receiving agency sees the referral and the parts of the youth's record it shares: from the
 * moment it is sent until it closes. A draft is the referrer's alone; a closed referral shares nothing any more.
 */
export const SHARING_STATUSES = [
  'requested',
  'accepted',
  'on_hold',
  'in_progress',
] as const satisfies readonly ReferralStatus[];

/** Statuses waiting for the receiving agency to acknowledge (accept, hold or reject) the referral. */
export const UNACKNOWLEDGED_STATUSES = ['requested'] as const satisfies readonly ReferralStatus[];

/** The actions a person takes on a referral; each names the status it leads to. */
export const REFERRAL_ACTIONS = {
  send: 'requested',
  accept: 'accepted',
  reject: 'rejected',
  hold: 'on_hold',
  start: 'in_progress',
  complete: 'completed',
  fail: 'failed',
  cancel: 'cancelled',
  mark_entered_in_error: 'entered_in_error',
} as const satisfies Record<string, ReferralStatus>;
export type ReferralAction = keyof typeof REFERRAL_ACTIONS;
export const REFERRAL_ACTION_NAMES = Object.keys(REFERRAL_ACTIONS) as ReferralAction[];

/** What an event of a referral records: its creation, an action of a person, or Harbor's expiry of it. */
export const REFERRAL_EVENT_ACTIONS = ['create', ...REFERRAL_ACTION_NAMES, 'expire'] as const;
export type ReferralEventAction = (typeof REFERRAL_EVENT_ACTIONS)[number];

interface Transition {
  from: readonly ReferralStatus[];
  sides: readonly ReferralSide[];
}

/**
 * Who may take each action, from which statuses. The referrer sends, cancels (they no longer need the service) and
 * marks a mistake; the receiving agency accepts, waitlists, rejects, starts and completes; either side records that
 * the service failed (the youth could not be reached, declined, moved...).
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralAction, Transition>> = {
  send: { from: ['draft'], sides: ['referring'] },
  accept: { from: ['requested', 'on_hold'], sides: ['receiving'] },
  reject: { from: ['requested', 'on_hold'], sides: ['receiving'] },
  hold: { from: ['requested', 'accepted'], sides: ['receiving'] },
  start: { from: ['accepted', 'on_hold'], sides: ['receiving'] },
  complete: { from: ['in_progress'], sides: ['receiving'] },
  fail: { from: ['requested', 'accepted', 'on_hold', 'in_progress'], sides: ['referring', 'receiving'] },
  cancel: { from: ['draft', 'requested', 'accepted', 'on_hold', 'in_progress'], sides: ['referring'] },
  mark_entered_in_error: {
    from: ['draft', 'requested', 'accepted', 'on_hold', 'in_progress'],
    sides: ['referring'],
  },
};

export function isTerminal(status: ReferralStatus): boolean {
  return (TERMINAL_STATUSES as readonly ReferralStatus[]).includes(status);
}

export function sharesRecord(status: string): boolean {
  return (SHARING_STATUSES as readonly string[]).includes(status);
}

export function isReferralStatus(value: unknown): value is ReferralStatus {
  return typeof value === 'string' && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/** Why an action may not be taken, as a message key; null when it may. */
export type TransitionRefusal = 'referral.transition.notFromStatus' | 'referral.transition.notYourSide';

export function checkTransition(
  action: ReferralAction,
  from: ReferralStatus,
  sides: ReadonlySet<ReferralSide>,
): TransitionRefusal | null {
  const rule = REFERRAL_TRANSITIONS[action];
  if (!rule.sides.some((side) => sides.has(side))) return 'referral.transition.notYourSide';
  if (!rule.from.includes(from)) return 'referral.transition.notFromStatus';
  return null;
}

/** The actions a person acting for these sides may take now (what the page offers). */
export function allowedActions(from: ReferralStatus, sides: ReadonlySet<ReferralSide>): ReferralAction[] {
  return REFERRAL_ACTION_NAMES.filter((action) => checkTransition(action, from, sides) === null);
}

/**
 * Why a referral closed, from a controlled list (each terminal status takes the reasons that make sense for it).
 * Counted in the figures, so free text is only the note beside it.
 */
export const CLOSURE_REASONS = [
  'services_received',
  'unable_to_contact',
  'no_capacity',
  'not_eligible',
  'youth_declined',
  'caregiver_declined',
  'moved',
  'aged_out',
  'no_response_expired',
  'referred_elsewhere',
  'no_longer_needed',
  'entered_in_error',
  'other',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** The reasons each terminal status accepts. */
export const CLOSURE_REASONS_BY_STATUS: Readonly<Record<(typeof TERMINAL_STATUSES)[number], readonly ClosureReason[]>> =
  {
    completed: ['services_received'],
    rejected: ['no_capacity', 'not_eligible', 'referred_elsewhere', 'other'],
    failed: [
      'unable_to_contact',
      'youth_declined',
      'caregiver_declined',
      'moved',
      'aged_out',
      'no_response_expired',
      'other',
    ],
    cancelled: ['no_longer_needed', 'referred_elsewhere', 'youth_declined', 'moved', 'aged_out', 'other'],
    entered_in_error: ['entered_in_error'],
  };

/** Whether a closure reason fits the status a referral moves to: required for a terminal one, refused otherwise. */
export function checkClosureReason(
  to: ReferralStatus,
  reason: ClosureReason | null | undefined,
): 'referral.closure.required' | 'referral.closure.notForStatus' | 'referral.closure.notExpected' | null {
  if (!isTerminal(to)) return reason ? 'referral.closure.notExpected' : null;
  if (!reason) return 'referral.closure.required';
  const allowed = CLOSURE_REASONS_BY_STATUS[to as (typeof TERMINAL_STATUSES)[number]];
  return allowed.includes(reason) ? null : 'referral.closure.notForStatus';
}

/** Urgency, chosen by the referrer. An emergency referral is also made by telephone: Harbor records it. */
export const REFERRAL_URGENCIES = ['routine', 'urgent', 'emergency'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];
