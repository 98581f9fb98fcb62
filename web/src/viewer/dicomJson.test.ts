import { describe, expect, it } from 'vitest';
import { frameImageId } from './dicomweb';
import { day, number, text } from './dicomJson';

describe('DICOM JSON values', () => {
  const dataSet = { '00200013': { vr: 'IS', Value: ['12'] }, '00281050': { vr: 'DS', Value: [40.5] },
    '0008103E': { vr: 'LO' }, '00200011': { vr: 'IS', Value: ['  '] } };

  it('reads numbers sent as numbers or as strings', () => {
    expect(number(dataSet, '00200013')).toBe(12);
    expect(number(dataSet, '00281050')).toBe(40.5);
  });

  it('treats an absent, empty or blank attribute as missing', () => {
    expect(text(dataSet, '0008103E')).toBeUndefined();
    expect(text(dataSet, '00100010')).toBeUndefined();
    expect(number(dataSet, '00200011')).toBeUndefined();
  });

  it('reads a DA date as an ISO day, and nothing from a value that is not one', () => {
    expect(day({ '00080020': { vr: 'DA', Value: ['20110304'] } }, '00080020')).toBe('2011-03-04');
    expect(day({ '00080020': { vr: 'DA', Value: ['2011'] } }, '00080020')).toBeUndefined();
    expect(day({}, '00080020')).toBeUndefined();
  });
});

describe('a frame as the image loader names it', () => {
  it('is the WADO-RS frame address behind the wadors scheme', () => {
    expect(frameImageId('https://h/dicomweb', '2.25.1', '2.25.2', '2.25.3'))
      .toBe('wadors:https://h/dicomweb/studies/2.25.1/series/2.25.2/instances/2.25.3/frames/1');
  });
});
