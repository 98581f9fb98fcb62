import type { Schemas } from './api/client';

type Me = Schemas['MeJson'];

/**
 * The choices the Patients screen offers before any panel exists, as the server states them for the caller
 * ({@code GET /api/me}, {@code centres}: its own rules of enrolment and of opening a panel, per centre where the caller
 * enrols): for whom they enrol and in which ERNs they open panels. The server alone decides: a request the screens do
 * not offer is still refused (403), shown as the server words it. What a user may do with a panel is not decided
 * here either: the panel names it ({@code allowedActions}, see panels.ts {@code allows}).
 */
function at(me: Me, centre: string) {
  return (me.centres ?? []).find(rights => rights.centre === centre);
}

/** For whom the user enrols at the centre: themselves as a clinician there, and each professional they assist there. */
export function enrollingHps(me: Me, centre: string): string[] {
  return at(me, centre)?.enrolsFor ?? [];
}

/** The ERNs in which the user may lead a panel for a patient of the centre (none unless a clinician there). */
export function ernsToLead(me: Me, centre: string): string[] {
  return at(me, centre)?.leadErns ?? [];
}
