import type { Schemas } from './api/client';

type Me = Schemas['MeJson'];
export type Role = Schemas['Role'];
export type Ern = Schemas['Ern'];
export type AccessRequest = Schemas['AccessRequestJson'];

/**
 * The roles a person asks for in an access request (the domain's RequestedAccess.REQUESTABLE, but the centre
 * assistant, who must name the professional they act for, which this screen does not offer yet).
 */
export const REQUESTABLE_ROLES: readonly Role[] = ['HEALTH_PROFESSIONAL', 'DISPATCHER', 'PANEL_MANAGER', 'RESEARCHER',
  'COORDINATOR'];

export type Network = Schemas['NetworkJson'];

/**
 * How a screen names a network ({@code GET /api/networks}): its short code and full name, as a panel's
 * {@code leadErnName} does — "ERKNet (European Rare Kidney Disease Reference Network)"; the API's name for it until
 * the networks are read.
 */
export function networkName(networks: readonly Network[] | undefined, ern: string | undefined): string {
  const network = (networks ?? []).find(each => each.ern === ern);
  return network ? `${network.code} (${network.name})` : ern ?? '';
}

/** The ERNs whose access requests the user decides: those of their coordinator grants, each once. */
export function coordinatedErns(me: Me): Ern[] {
  return [...new Set((me.grants ?? []).filter(grant => grant.role === 'COORDINATOR' && grant.ern)
    .map(grant => grant.ern as Ern))];
}

/** What the access request form holds. */
export interface AccessForm {
  ern: Ern;
  centre: string;
  roles: Role[];
  motivation: string;
  displayName: string;
  email: string;
  country: string;
}

/**
 * The request body of the form: an empty text is not sent (the server names what is missing), and the newcomer's
 * registration details (name, e-mail, country) only for a newcomer.
 */
export function accessRequestBody(form: AccessForm, newcomer: boolean): Schemas['FileAccessRequest'] {
  const text = (value: string) => value.trim() === '' ? undefined : value.trim();
  const body = { ern: form.ern, centre: form.centre, roles: form.roles,
    motivation: text(form.motivation) } as Schemas['FileAccessRequest'];
  return newcomer ? { ...body, displayName: text(form.displayName), email: text(form.email),
    country: text(form.country)?.toUpperCase() } : body;
}

/** Whether the user holds the role in any grant (an auditor's or a researcher's screen is theirs only then). */
export function holds(me: Me, role: Role): boolean {
  return (me.grants ?? []).some(grant => grant.role === role);
}

/** How a chart or table names a network where space is short: its short code ("ERKNet"), else the API's name. */
export function networkCode(networks: readonly Network[] | undefined, ern: string): string {
  return (networks ?? []).find(each => each.ern === ern)?.code ?? ern;
}
