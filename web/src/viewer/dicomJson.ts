/** A data set in DICOM JSON (PS3.18 F.2), as QIDO-RS and WADO-RS metadata answer it: tag (8 upper-case hex) → element. */
export type DataSet = Record<string, { vr: string; Value?: unknown[] } | undefined>;

/** The tags the viewer reads. */
export const Tag = {
  StudyInstanceUID: '0020000D',
  StudyDate: '00080020',
  StudyDescription: '00081030',
  SeriesInstanceUID: '0020000E',
  SOPInstanceUID: '00080018',
  Modality: '00080060',
  SeriesDescription: '0008103E',
  SeriesNumber: '00200011',
  InstanceNumber: '00200013',
  NumberOfFrames: '00280008',
  NumberOfSeriesRelatedInstances: '00201209',
} as const;

/** The first value of {@code tag} as text, or undefined when the attribute is absent or empty. */
export function text(dataSet: DataSet, tag: string): string | undefined {
  const value = dataSet[tag]?.Value?.[0];
  return value === undefined || value === null ? undefined : String(value);
}

/** The first value of {@code tag} as a number (IS and DS may come as numbers or as strings), or undefined. */
export function number(dataSet: DataSet, tag: string): number | undefined {
  const value = text(dataSet, tag);
  if (value === undefined || value.trim() === '') {
    return undefined;
  }
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A DA value ({@code 20110304}) as an ISO day ({@code 2011-03-04}), or undefined when absent or not a date. */
export function day(dataSet: DataSet, tag: string): string | undefined {
  const value = /^(\d{4})(\d{2})(\d{2})$/.exec(text(dataSet, tag)?.trim() ?? '');
  return value ? `${value[1]}-${value[2]}-${value[3]}` : undefined;
}
