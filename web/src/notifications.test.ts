import { describe, expect, it } from 'vitest';
import { appendPage, changedChannels, NOTIFICATION_KINDS, replaced } from './notifications';

describe('notification preferences', () => {
  it('only the kinds whose channel was changed are sent, in the order of the screen', () => {
    const saved = { INVITATION: 'BOTH', COMMENT: 'IN_APP', MEETING: 'BOTH' } as const;
    const chosen = { MEETING: 'NONE', INVITATION: 'BOTH', COMMENT: 'EMAIL' } as const;

    expect(changedChannels(saved, chosen)).toEqual([['COMMENT', 'EMAIL'], ['MEETING', 'NONE']]);
  });

  it('nothing is sent when every choice is the saved one', () => {
    expect(changedChannels({ COMMENT: 'IN_APP' }, { COMMENT: 'IN_APP' })).toEqual([]);
  });

  it('every kind the server knows is listed once', () => {
    expect(new Set(NOTIFICATION_KINDS).size).toBe(9);
  });
});

describe('the inbox', () => {
  const one = { id: '1', subject: 'a', read: false };
  const two = { id: '2', subject: 'b', read: false };

  it('a further page is added below, a notification already shown is not shown twice', () => {
    expect(appendPage([one, two], [{ ...two, read: true }, { id: '3' }]).map(n => n.id)).toEqual(['1', '2', '3']);
  });

  it('a notification marked read replaces itself in its place', () => {
    expect(replaced([one, two], { ...one, read: true })).toEqual([{ ...one, read: true }, two]);
  });
});
