import { describe, expect, it } from 'vitest';
import type { Schemas } from './api/client';
import { enrollingHps, ernsToLead } from './rights';

const berlin = 'centre-berlin';
const hp: Schemas['MeJson'] = { userId: 'hp', grants: [{ role: 'HEALTH_PROFESSIONAL', ern: 'ERKNET', centre: berlin }],
  centres: [{ centre: berlin, enrolsFor: ['hp'], leadErns: ['ERKNET', 'ITHACA'] }] };
const assistant: Schemas['MeJson'] = { userId: 'as', grants: [{ role: 'CENTRE_ASSISTANT', centre: berlin, actingFor: 'hp' }],
  centres: [{ centre: berlin, enrolsFor: ['hp'], leadErns: [] }] };
const researcher: Schemas['MeJson'] = { userId: 'rs', grants: [{ role: 'RESEARCHER', ern: 'ERKNET' }], centres: [] };

describe('what the screens offer, as the server states it for the user', () => {
  it('the user enrols for whom the server names at that centre, and for nobody elsewhere', () => {
    expect(enrollingHps(hp, berlin)).toEqual(['hp']);
    expect(enrollingHps(assistant, berlin)).toEqual(['hp']);
    expect(enrollingHps(hp, 'centre-paris')).toEqual([]);
    expect(enrollingHps(researcher, berlin)).toEqual([]);
  });

  it('the user leads panels for a centre\'s patients in the ERNs the server names for that centre, whatever the grants say', () => {
    expect(ernsToLead(hp, berlin)).toEqual(['ERKNET', 'ITHACA']);
    expect(ernsToLead(assistant, berlin)).toEqual([]);
    expect(ernsToLead(hp, 'centre-paris')).toEqual([]);
    expect(ernsToLead({ grants: hp.grants }, berlin)).toEqual([]);
  });
});
