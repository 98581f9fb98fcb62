import { describe, expect, it } from 'vitest';
import { actorsNamed, auditQuery, endOfDay, NO_FILTER, startOfDay } from './audit';

describe('the audit trail\'s filters', () => {
  it('with no filter, the query asks for a page and nothing else', () => {
    expect(auditQuery(NO_FILTER, undefined, 50)).toEqual({ patient: undefined, from: undefined, until: undefined,
      actor: undefined, action: undefined, resourceType: undefined, resourceId: undefined, offset: undefined,
      limit: '50' });
  });

  it('a filter sends the patient, actor and resource trimmed, the action, and the period from the first day\'s start to the last day\'s end', () => {
    const query = auditQuery({ patient: ' p-1 ', from: '2026-03-01', until: '2026-03-31', actor: 'u-7 ',
      action: 'EXPORT', resourceType: ' Panel', resourceId: '' }, '100', 50);
    expect(query).toMatchObject({ patient: 'p-1', actor: 'u-7', action: ['EXPORT'], resourceType: 'Panel',
      resourceId: undefined, offset: '100', limit: '50' });
    expect(query.from).toBe(startOfDay('2026-03-01'));
    expect(query.until).toBe(endOfDay('2026-03-31'));
  });

  it('a day runs from its first to its last millisecond in the user\'s time zone', () => {
    const start = new Date(startOfDay('2026-03-01'));
    expect(new Date(endOfDay('2026-03-01')).getTime() - start.getTime()).toBe(24 * 3600_000 - 1);
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours()]).toEqual([2026, 3, 1, 0]);
  });

  it('the people who acted are named as the API names them, by name, without those it does not name', () => {
    const known = new Map([['u-2', 'Dr Zed']]);
    const named = actorsNamed(known, [{ actor: 'u-1', actorName: 'Dr Adams' }, { actor: 'u-3' }, { actorName: 'x' }]);
    expect([...named]).toEqual([['u-1', 'Dr Adams'], ['u-2', 'Dr Zed']]);
    expect(known.size).toBe(1);
  });
});
