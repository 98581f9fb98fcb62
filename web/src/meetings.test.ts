import { describe, expect, it } from 'vitest';
import { instantOfLocal, localOfInstant, meetingTime, minutesOf, participants } from './meetings';

const panel = { lead: 'l', members: ['a', 'l', 'b'] };

describe('meetings', () => {
  it('read the length the API sends as ISO-8601 in minutes', () => {
    expect(minutesOf('PT1H30M')).toBe(90);
    expect(minutesOf('PT45M')).toBe(45);
    expect(minutesOf('PT8H')).toBe(480);
    expect(minutesOf(undefined)).toBe(0);
  });

  it('a time entered in the user’s zone goes to the server in UTC and comes back the same', () => {
    const instant = instantOfLocal('2030-03-05T15:30') as string;

    expect(new Date(instant).getHours()).toBe(15);
    expect(localOfInstant(instant)).toBe('2030-03-05T15:30');
    expect(instantOfLocal('')).toBeUndefined();
    expect(instantOfLocal('tomorrow')).toBeUndefined();
  });

  it('are shown in the user’s locale and time zone, the zone named, with the time they end', () => {
    expect(meetingTime('en-GB', '2030-03-05T14:30:00Z', 90, 'Europe/Berlin')).toBe('Tue, 5 Mar 2030, 15:30 CET – 17:00');
    expect(meetingTime('de-DE', '2030-07-05T14:30:00Z', 30, 'Europe/Berlin')).toBe('Fr., 5. Juli 2030, 16:30 MESZ – 17:00');
  });

  it('are attended by the lead first, then the members in the panel\'s order, each once', () => {
    expect(participants(panel)).toEqual(['l', 'a', 'b']);
  });
});
