/** A window (width) and level (centre) in the modality's units (Hounsfield units for CT). */
export interface Window {
  width: number;
  center: number;
}

/** The usual CT windows (width/centre in HU), offered next to the instance's own window. */
export const CT_PRESETS = {
  softTissue: { width: 400, center: 40 },
  lung: { width: 1500, center: -600 },
  bone: { width: 1800, center: 400 },
  brain: { width: 80, center: 40 },
} as const satisfies Record<string, Window>;

export type Preset = keyof typeof CT_PRESETS;

/** The range of values a window maps onto black..white (the viewer's VOI range), for a width of at least 1. */
export function voiRange({ width, center }: Window): { lower: number; upper: number } {
  const half = Math.max(width, 1) / 2;
  return { lower: center - half, upper: center + half };
}

/** The window of a VOI range (the inverse of {@link voiRange}), for showing the current window to the user. */
export function windowOf({ lower, upper }: { lower: number; upper: number }): Window {
  return { width: upper - lower, center: (lower + upper) / 2 };
}
