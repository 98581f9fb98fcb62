import { describe, expect, it } from 'vitest';
import type { Schemas } from './api/client';
import { enrollingHps, ernsToLead, mayDiscuss, outcomeMoves } from './rights';

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

  it('the lead and members comment while the panel is discussed; others and a draft get no comment or chat form', () => {
    const panel: Schemas['PanelJson'] = { lead: 'hp', members: ['paris'], state: 'PANEL_SELECTION' };
    expect(mayDiscuss(hp, panel)).toBe(true);
    expect(mayDiscuss({ userId: 'paris' }, panel)).toBe(true);
    expect(mayDiscuss({ userId: 'coordinator' }, panel)).toBe(false);
    expect(mayDiscuss(hp, { ...panel, state: 'DRAFT' })).toBe(false);
    expect(mayDiscuss(hp, { ...panel, state: 'CLOSED' })).toBe(false);
  });

  it('in sign-off the lead drafts, then finalises, and members review the draft; once final nobody moves', () => {
    const signing: Schemas['PanelJson'] = { lead: 'hp', members: ['paris'], state: 'SIGN_OFF' };
    const drafted = { ...signing, outcome: { conclusion: 'Alport syndrome' } };
    const paris = { userId: 'paris' };

    expect(outcomeMoves(hp, signing)).toEqual({ draft: true, finalise: false, review: false });
    expect(outcomeMoves(paris, signing)).toEqual({ draft: false, finalise: false, review: false });
    expect(outcomeMoves(hp, drafted)).toEqual({ draft: true, finalise: true, review: false });
    expect(outcomeMoves(paris, drafted)).toEqual({ draft: false, finalise: false, review: true });
    expect(outcomeMoves({ userId: 'coordinator' }, drafted)).toEqual({ draft: false, finalise: false, review: false });
    const final = { ...drafted, outcome: { ...drafted.outcome, finalisedAt: '2026-12-07T08:00:00Z' } };
    expect(outcomeMoves(hp, final)).toEqual({ draft: false, finalise: false, review: false });
    expect(outcomeMoves(hp, { ...drafted, state: 'ASSESSMENT' })).toEqual({ draft: false, finalise: false, review: false });
  });
});
