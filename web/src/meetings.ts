import type { Schemas } from './api/client';

type Panel = Schemas['PanelJson'];

/** A meeting's length in whole minutes, from the ISO-8601 duration the API sends ({@code PT1H30M}: 90). */
export function minutesOf(duration: string | undefined): number {
  const parts = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration ?? '');
  return parts ? Number(parts[1] ?? 0) * 60 + Number(parts[2] ?? 0) + Math.round(Number(parts[3] ?? 0) / 60) : 0;
}

/**
 * The instant of a {@code datetime-local} field's value ({@code 2030-03-05T15:30}), read in the browser's time zone
 * (the user's), as the API wants it (ISO-8601 in UTC); undefined when the field is empty or not a time.
 */
export function instantOfLocal(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) {
    return undefined;
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** The {@code datetime-local} value of an instant in the browser's time zone (to change a meeting's time). */
export function localOfInstant(iso: string | undefined): string {
  if (!iso) {
    return '';
  }
  const time = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())}T${two(time.getHours())}:${two(time.getMinutes())}`;
}

/**
 * When a meeting is, for people: its day and start in the user's locale and time zone, the zone named
 * ({@code Thu 5 Mar 2030, 15:30 CET}), and the time it ends.
 */
export function meetingTime(locale: string, start: string | undefined, minutes: number, timeZone?: string): string {
  if (!start) {
    return '';
  }
  const begins = new Date(start);
  const ends = new Date(begins.getTime() + minutes * 60_000);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone }).format(begins);
  const end = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(ends);
  return `${day} – ${end}`;
}

/** The user's time zone as the browser knows it (e.g. Europe/Berlin), to say in which zone a time is entered. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Who can attend a meeting of the panel: the lead first, then the members in the order the panel lists them. */
export function participants(panel: Panel): string[] {
  const lead = panel.lead ? [panel.lead] : [];
  return [...lead, ...(panel.members ?? []).filter(member => member !== panel.lead)];
}
