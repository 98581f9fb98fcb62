import { describe, expect, it } from 'vitest';
import { firstShown, instancesInOrder, seriesInOrder, stepped } from './series';

const instance = (uid: string, number?: number | string) => ({
  '00080018': { vr: 'UI', Value: [uid] },
  ...(number === undefined ? {} : { '00200013': { vr: 'IS', Value: [number] } }),
});

describe('the order of a series', () => {
  it('puts instances in the order of their instance numbers, not of the answer', () => {
    const ordered = instancesInOrder([instance('2.25.3', 10), instance('2.25.1', 2), instance('2.25.2', 9)]);
    expect(ordered.map(i => i.uid)).toEqual(['2.25.1', '2.25.2', '2.25.3']);
  });

  it('reads instance numbers sent as strings and keeps those without a number at the end, by UID', () => {
    const ordered = instancesInOrder([instance('2.25.9'), instance('2.25.5', '3'), instance('2.25.4'), instance('2.25.7', 1)]);
    expect(ordered.map(i => i.uid)).toEqual(['2.25.7', '2.25.5', '2.25.4', '2.25.9']);
  });

  it('drops a result without a SOP instance UID', () => {
    expect(instancesInOrder([{ '00200013': { vr: 'IS', Value: [1] } }])).toEqual([]);
  });

  it('lists series by series number with their modality, description and count', () => {
    const series = seriesInOrder([
      { '0020000E': { vr: 'UI', Value: ['2.25.20'] }, '00200011': { vr: 'IS', Value: [2] }, '00080060': { vr: 'CS', Value: ['CT'] },
        '00201209': { vr: 'IS', Value: [500] } },
      { '0020000E': { vr: 'UI', Value: ['2.25.10'] }, '00200011': { vr: 'IS', Value: [1] }, '00080060': { vr: 'CS', Value: ['CT'] },
        '0008103E': { vr: 'LO', Value: ['Scout'] }, '00201209': { vr: 'IS', Value: [2] } },
    ]);
    expect(series).toEqual([
      { uid: '2.25.10', number: 1, modality: 'CT', description: 'Scout', instances: 2 },
      { uid: '2.25.20', number: 2, modality: 'CT', description: '', instances: 500 },
    ]);
  });
});

describe('the first image shown', () => {
  it('is the middle of the series', () => {
    expect(firstShown(500)).toBe(249);
    expect(firstShown(3)).toBe(1);
    expect(firstShown(2)).toBe(0);
  });

  it('is the only image of a one-image series, and index 0 of an empty one', () => {
    expect(firstShown(1)).toBe(0);
    expect(firstShown(0)).toBe(0);
  });
});

describe('scrolling', () => {
  it('moves by the step and stays within the series', () => {
    expect(stepped(249, 1, 500)).toBe(250);
    expect(stepped(0, -1, 500)).toBe(0);
    expect(stepped(495, 10, 500)).toBe(499);
    expect(stepped(3, -500, 500)).toBe(0);
  });
});
