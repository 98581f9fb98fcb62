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
