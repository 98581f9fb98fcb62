import type { Schemas } from './api/client';

type Me = Schemas['MeJson'];

/**
 * The choices the Patients screen offers before any panel exists, read from the caller's grants ({@code GET /api/me}:
 * role, ERN, centre, acting-for): for whom they enrol and in which ERNs they open panels. The server alone decides: a
 * request the screens do not offer is still refused (403), shown as the server words it. What a user may do with a
 * panel is not decided here: the panel names it ({@code allowedActions}, see panels.ts {@code allows}).
 */
const CLINICAL_ROLES: readonly string[] = ['HEALTH_PROFESSIONAL', 'COORDINATOR', 'DISPATCHER'];

/** For whom the user enrols at the centre: themselves as a clinician there, and each professional they assist there. */
export function enrollingHps(me: Me, centre: string): string[] {
  const grants = (me.grants ?? []).filter(grant => grant.centre === centre);
  const own = grants.some(grant => CLINICAL_ROLES.includes(grant.role ?? '')) && me.userId ? [me.userId] : [];
  const assisted = grants.filter(grant => grant.role === 'CENTRE_ASSISTANT' && grant.actingFor)
    .map(grant => grant.actingFor as string);
  return [...new Set([...own, ...assisted])];
}

/** The ERNs in which the user may lead a panel for a patient of the centre (none unless a clinician there). */
export function ernsToLead(me: Me, centre: string): string[] {
  const grants = me.grants ?? [];
  const clinicianThere = grants.some(grant => grant.centre === centre && CLINICAL_ROLES.includes(grant.role ?? ''));
  return clinicianThere ? [...new Set(grants.filter(grant => CLINICAL_ROLES.includes(grant.role ?? '') && grant.ern)
    .map(grant => grant.ern as string))] : [];
}
