import { describe, expect, it } from 'vitest';
import { nameIn } from './author';

const roles = { you: 'You', lead: 'Lead', member: 'Member', invited: 'Invited' };
const panel = { lead: 'l', members: ['l', 'a', 'gone'], invitations: [{ invitee: 'i' }, { invitee: 'gone-invitee' }],
  people: [{ id: 'l', displayName: 'Dr Lead' }, { id: 'a', displayName: 'Dr A' }, { id: 'i', displayName: 'Dr I' }] };

describe('who someone in a panel is', () => {
  it('is you for the signed-in user, else the name the panel gives them', () => {
    expect(['l', 'a', 'i'].map(id => nameIn(panel, 'a', id, roles))).toEqual(['Dr Lead', 'You', 'Dr I']);
  });

  it('is their role in the panel when the panel names nobody by that id', () => {
    expect(nameIn(panel, 'a', 'gone', roles)).toBe('Member');
    expect(nameIn(panel, 'a', 'gone-invitee', roles)).toBe('Invited');
    expect(nameIn({ ...panel, people: [] }, 'a', 'l', roles)).toBe('Lead');
  });
});
