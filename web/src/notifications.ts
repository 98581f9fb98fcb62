import type { Schemas } from './api/client';

export type Notification = Schemas['NotificationJson'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationChannel = Schemas['NotificationChannel'];

/**
 * Every kind of notification a user chooses a channel for, in the order the preferences screen lists them (the type
 * makes sure none of the server's kinds is missing).
 */
const KINDS: Record<NotificationKind, true> = { INVITATION: true, COMMENT: true, DATA_REQUEST: true, MEETING: true,
  MEETING_REMINDER: true, OUTCOME_READY: true, OUTCOME_FINAL: true, PANEL_FORWARDED: true, ACCESS_DECISION: true };
export const NOTIFICATION_KINDS = Object.keys(KINDS) as NotificationKind[];

/** The ways to hear about a kind of notification. */
export const CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'BOTH', 'NONE'];

/**
 * The choices that differ from the ones saved, kind by kind in the screen's order: what the preferences form sends
 * ({@code PUT /api/users/{id}/notification-channels/{kind}}, one request each).
 */
export function changedChannels(saved: Partial<Record<string, NotificationChannel>>,
                                chosen: Partial<Record<string, NotificationChannel>>): [NotificationKind, NotificationChannel][] {
  return NOTIFICATION_KINDS.filter(kind => chosen[kind] !== undefined && chosen[kind] !== saved[kind])
    .map(kind => [kind, chosen[kind] as NotificationChannel]);
}

/** The inbox with a page's notifications added after those shown, a notification shown once (the newest copy). */
export function appendPage(shown: Notification[], page: Notification[]): Notification[] {
  const ids = new Set(page.map(each => each.id));
  return [...shown.filter(each => !ids.has(each.id)), ...page];
}

/** The inbox with one notification as the server now sends it (read or unread), in its place. */
export function replaced(shown: Notification[], changed: Notification): Notification[] {
  return shown.map(each => each.id === changed.id ? changed : each);
}
