import { describe, expect, it } from 'vitest';
import { CT_PRESETS, voiRange, windowOf } from './windowLevel';

describe('window/level', () => {
  it('maps a window onto the range of values shown from black to white', () => {
    expect(voiRange(CT_PRESETS.softTissue)).toEqual({ lower: -160, upper: 240 });
    expect(voiRange(CT_PRESETS.lung)).toEqual({ lower: -1350, upper: 150 });
    expect(voiRange(CT_PRESETS.brain)).toEqual({ lower: 0, upper: 80 });
  });

  it('never makes an empty range of a zero or negative width', () => {
    expect(voiRange({ width: 0, center: 40 })).toEqual({ lower: 39.5, upper: 40.5 });
  });

  it('gives back the window of a range', () => {
    expect(windowOf(voiRange(CT_PRESETS.bone))).toEqual(CT_PRESETS.bone);
  });
});
