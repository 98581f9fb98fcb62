import type { Schemas } from './api/client';

export type AuditEntry = Schemas['AuditEntryJson'];
export type AuditAction = Schemas['AuditAction'];

/** The actions an auditor filters by, in the order the screen offers them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = ['READ', 'SEARCH', 'CREATE', 'UPDATE', 'DELETE', 'TRANSITION',
  'EXPORT', 'LOGIN', 'ACCESS_DECISION'];

/** What the audit trail's filters hold: days as the date inputs give them (yyyy-mm-dd), empty for any. */
export interface AuditFilter {
  patient: string;
  from: string;
  until: string;
  actor: string;
  action: AuditAction | '';
  resourceType: string;
  resourceId: string;
}

export const NO_FILTER: AuditFilter = { patient: '', from: '', until: '', actor: '', action: '', resourceType: '',
  resourceId: '' };

/** The first instant of a day in the user's time zone (a date input's value), as the API takes it. */
export function startOfDay(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString();
}

/** The last millisecond of a day in the user's time zone. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}

/**
 * The query of {@code GET /api/audit-trail} for the filters: only those given (texts trimmed; a resource by type and
 * id), the period from the
 * start of its first day to the end of its last, in the user's time zone; then the page.
 */
export function auditQuery(filter: AuditFilter, offset: string | undefined, limit: number) {
  const text = (value: string) => value.trim() === '' ? undefined : value.trim();
  return {
    patient: text(filter.patient),
    from: filter.from ? startOfDay(filter.from) : undefined,
    until: filter.until ? endOfDay(filter.until) : undefined,
    actor: text(filter.actor),
    action: filter.action ? [filter.action] : undefined,
    resourceType: text(filter.resourceType),
    resourceId: text(filter.resourceId),
    offset,
    limit: String(limit),
  };
}

/**
 * The people who acted in the entries shown, by user id, each with the name the API gives (ordered by name); to
 * {@code known} (those seen before) are added the new ones. An entry without a name (the user is not known) adds none.
 */
export function actorsNamed(known: ReadonlyMap<string, string>, entries: readonly AuditEntry[]): Map<string, string> {
  const all = new Map(known);
  for (const entry of entries) {
    if (entry.actor && entry.actorName) {
      all.set(entry.actor, entry.actorName);
    }
  }
  return new Map([...all].sort(([, a], [, b]) => a.localeCompare(b)));
}
