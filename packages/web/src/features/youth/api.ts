import type { GenderIdentity, PlacementKind } from '@harbor/core';

/** A youth's record as GET /api/v1/youth/:id returns it: only the fields of the classes the caller may see. */
export interface YouthRecord {
  id: string;
  version: number;
  updatedAt: string;
  createdAt: string;
  access: 'care_team' | 'agency_supervisor' | 'break_glass';
  fieldClasses: string[];
  legalName?: { given: string; family: string } | null;
  namesUsed?: string[];
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  genderIdentity?: GenderIdentity | null;
  pronouns?: string | null;
  preferredLanguage?: string | null;
  identifiers?: { kind: string; value: string; agencyId: string }[];
  placement?: { kind: PlacementKind; detail: string | null } | null;
  contacts?: { name: string; relationship: string; phone: string | null; address: string | null }[];
}

export interface YouthSummary {
  id: string;
  legalName?: { given: string; family: string } | null;
  namesUsed?: string[];
  dateOfBirth?: string | null;
  estimatedAge?: number | null;
  updatedAt: string;
}

export interface Duplicates {
  visible: { id: string; displayName: string }[];
  elsewhere: { agencyId: string; agencyName: string }[];
}

export interface CareTeamMember {
  id: string;
  userId: string;
  displayName: string;
  role: string;
  agencyName: string;
  basis: string;
  addedAt: string;
}

export const displayNameOf = (y: Pick<YouthSummary, 'legalName' | 'namesUsed'>): string =>
  y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '—');
