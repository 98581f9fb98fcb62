import type { Schemas } from './api/client';
import type { Problem } from './api/problem';
import type { Ern } from './access';

export type MembershipType = Schemas['MembershipType'];
export type Provider = Schemas['ProviderJson'];
export type ImportReport = Schemas['ImportReportJson'];
export type Appointment = Schemas['CoordinatorAppointmentRequest'];

/** The types of membership a centre has in an ERN, in the order the screens offer them. */
export const MEMBERSHIP_TYPES: readonly MembershipType[] = ['FULL_MEMBER', 'AFFILIATED_PARTNER', 'ASSOCIATED_PARTNER'];

/**
 * The memberships to record for a centre just registered, one request each ({@code POST
 * /api/providers/{id}/memberships}): every ERN the operator chose a type for, in the order of the choice; an ERN left
 * without a type is not sent.
 */
export function membershipsToRecord(chosen: Partial<Record<Ern, MembershipType | ''>>):
  { ern: Ern; type: MembershipType }[] {
  return (Object.entries(chosen) as [Ern, MembershipType | ''][])
    .filter(([, type]) => type !== '')
    .map(([ern, type]) => ({ ern, type: type as MembershipType }));
}

/**
 * The wrong rows of a refused CSV import (422 {@code reference.import-invalid}): the line and what is wrong with it,
 * as the server words it, in the order of the file; none for any other answer.
 */
export function importProblems(error: unknown): { line: string; problem: string }[] {
  const problem = (error ?? {}) as Problem;
  if (problem.code !== 'reference.import-invalid') {
    return [];
  }
  return (problem.errors ?? []).map(each => ({ line: (each.field ?? '').replace(/^line /, ''),
    problem: each.message ?? each.code ?? '' }));
}

/** What the coordinator appointment form holds. */
export interface AppointmentForm {
  centre: string;
  issuer: string;
  subject: string;
  displayName: string;
  email: string;
  country: string;
  replacing: string;
}

/**
 * The body of an appointment: texts trimmed, an empty one not sent (the server names what is missing), the country
 * in capitals, and the coordinator replaced only when one is named.
 */
export function appointmentBody(form: AppointmentForm): Appointment {
  const text = (value: string) => value.trim() === '' ? undefined : value.trim();
  return { centre: text(form.centre), issuer: text(form.issuer), subject: text(form.subject),
    displayName: text(form.displayName), email: text(form.email), country: text(form.country)?.toUpperCase(),
    replacing: text(form.replacing) } as Appointment;
}

/** The centres in a list, by name (as people look them up), then country. */
export function byName(providers: readonly Provider[]): Provider[] {
  return [...providers].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')
    || (a.country ?? '').localeCompare(b.country ?? ''));
}
