import type { Schemas } from './api/client';

type Me = Schemas['MeJson'];
type Panel = Schemas['PanelJson'];

/**
 * Which actions a screen offers, read only from what the API sends about the caller: their grants
 * ({@code GET /api/me}: role, ERN, centre, acting-for) and a panel's lead, members and state ({@code GET /api/panels/{id}}).
 * The server alone decides: a request the screens do not offer is still refused (403), and a refusal is shown as
 * the server words it. The API names no allowed actions per panel yet, so {@link mayDiscuss} follows the panel's
 * published lifecycle (timeline and chat are open from panel selection to sign-off; the outcome is drafted, reviewed
 * and finalised in sign-off).
 */
const CLINICAL_ROLES: readonly string[] = ['HEALTH_PROFESSIONAL', 'COORDINATOR', 'DISPATCHER'];
const DISCUSSING: readonly string[] = ['PANEL_SELECTION', 'ASSESSMENT', 'SIGN_OFF'];

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

/** Whether the user takes part in the panel (its lead or a member) while its timeline and chat are open. */
export function mayDiscuss(me: Me, panel: Panel): boolean {
  const participant = panel.lead === me.userId || (panel.members ?? []).includes(me.userId ?? '');
  return participant && DISCUSSING.includes(panel.state ?? '');
}

/** The outcome's moves open to the user: the lead drafts and finalises, members review; only in sign-off, until final. */
export function outcomeMoves(me: Me, panel: Panel): { draft: boolean; finalise: boolean; review: boolean } {
  const open = panel.state === 'SIGN_OFF' && !panel.outcome?.finalisedAt;
  const lead = open && panel.lead === me.userId;
  const member = open && panel.lead !== me.userId && (panel.members ?? []).includes(me.userId ?? '');
  return { draft: lead, finalise: lead && Boolean(panel.outcome), review: member && Boolean(panel.outcome) };
}
