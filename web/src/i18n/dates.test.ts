import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, regionalLocale } from '.';

describe('dates', () => {
  it('are written in the user\'s regional format, not just their language\'s', () => {
    expect(formatDate('en', '2011-03-04', ['en-GB', 'de-DE'])).toBe('4 Mar 2011');
    expect(formatDate('en', '2011-03-04', ['en-US'])).toBe('Mar 4, 2011');
  });

  it('follow the region of the language shown when the user switches language', () => {
    expect(regionalLocale('de', ['en-GB', 'de-CH'])).toBe('de-CH');
    expect(regionalLocale('fr', ['en-GB', 'de-CH'])).toBe('fr');
  });

  it('with a time keep the region too', () => {
    expect(formatDateTime('en', '2011-03-04T09:30:00Z', ['en-GB'])).toContain('4 Mar 2011');
  });
});
