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

/** Every ERN the server knows (its Ern enumeration: the type makes sure none is missing), for the request's choice. */
const KNOWN_ERNS: Record<Ern, true> = { ENDO_ERN: true, ERKNET: true, BOND: true, CRANIO: true, EPICARE: true,
  EURACAN: true, EUROBLOODNET: true, EUROGEN: true, EURO_NMD: true, EYE: true, GENTURIS: true, GUARD_HEART: true,
  ITHACA: true, METABERN: true, PAEDCAN: true, RARE_LIVER: true, RECONNET: true, RITA: true, LUNG: true, SKIN: true,
  RND: true, ERNICA: true, VASCERN: true, TRANSPLANT_CHILD: true };
export const ERNS = Object.keys(KNOWN_ERNS) as Ern[];

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
