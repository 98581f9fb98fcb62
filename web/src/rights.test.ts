import { describe, expect, it } from 'vitest';
import type { Schemas } from './api/client';
import { enrollingHps, ernsToLead } from './rights';

const berlin = 'centre-berlin';
const hp: Schemas['MeJson'] = { userId: 'hp', grants: [{ role: 'HEALTH_PROFESSIONAL', ern: 'ERKNET', centre: berlin },
  { role: 'HEALTH_PROFESSIONAL', ern: 'ITHACA', centre: berlin }] };
const assistant: Schemas['MeJson'] = { userId: 'as', grants: [{ role: 'CENTRE_ASSISTANT', centre: berlin, actingFor: 'hp' }] };
const researcher: Schemas['MeJson'] = { userId: 'rs', grants: [{ role: 'RESEARCHER', ern: 'ERKNET' }] };

describe('what the screens offer, from what the API says about the user', () => {
  it('a clinician enrols for themselves and an assistant for the professional they act for, only at their centre', () => {
    expect(enrollingHps(hp, berlin)).toEqual(['hp']);
    expect(enrollingHps(assistant, berlin)).toEqual(['hp']);
    expect(enrollingHps(hp, 'centre-paris')).toEqual([]);
    expect(enrollingHps(researcher, berlin)).toEqual([]);
  });

  it('a clinician of the centre leads panels in each of their ERNs; an assistant leads none', () => {
    expect(ernsToLead(hp, berlin)).toEqual(['ERKNET', 'ITHACA']);
    expect(ernsToLead(assistant, berlin)).toEqual([]);
    expect(ernsToLead(hp, 'centre-paris')).toEqual([]);
  });
});
