import type { Schemas } from './api/client';

export type PanelSummary = Schemas['PanelSummaryJson'];

/** How close a panel's deadline is: past, within three days, later, or there is none. */
export type DeadlineStatus = 'overdue' | 'soon' | 'later' | 'none';

const SOON_MS = 3 * 24 * 60 * 60 * 1000;

export function deadlineStatus(deadline: string | undefined, now: number = Date.now()): DeadlineStatus {
  if (!deadline) {
    return 'none';
  }
  const left = Date.parse(deadline) - now;
  return left < 0 ? 'overdue' : left <= SOON_MS ? 'soon' : 'later';
}

/** "My panels" order: urgent first, then the nearest deadline (panels without one after), then by nickname. */
export function byUrgencyThenDeadline(a: PanelSummary, b: PanelSummary): number {
  if (Boolean(a.urgent) !== Boolean(b.urgent)) {
    return a.urgent ? -1 : 1;
  }
  const da = a.deadline ? Date.parse(a.deadline) : Infinity;
  const db = b.deadline ? Date.parse(b.deadline) : Infinity;
  if (da !== db) {
    return da < db ? -1 : 1;
  }
  return (a.nickname ?? '').localeCompare(b.nickname ?? '');
}

export type Panel = Schemas['PanelJson'];
export type PanelAction = Schemas['PanelAction'];

/**
 * Whether the panel, as the server sent it to the signed-in user, names {@code action} among those they may take now
 * ({@code allowedActions}: the server's own rules, the ones its commands enforce). The screens offer a move only then;
 * a request they do not offer is still refused by the server.
 */
export function allows(panel: Panel, action: PanelAction): boolean {
  return (panel.allowedActions ?? []).includes(action);
}

/** The request parameters of a change to the panel as read: its id, and its version in If-Match. */
export function ifMatch(panel: Panel) {
  return { path: { id: panel.id as string }, header: { 'If-Match': `"${panel.version}"` } };
}
