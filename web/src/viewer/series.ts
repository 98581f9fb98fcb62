import { Tag, number, text, type DataSet } from './dicomJson';

/** One series of a study, as QIDO-RS lists it. */
export interface Series {
  uid: string;
  number?: number;
  modality: string;
  description: string;
  instances: number;
}

/** One instance of a series, as QIDO-RS lists it. */
export interface Instance {
  uid: string;
  number?: number;
}

/** The series of a QIDO-RS answer, by series number (those without one last), then by UID: the order a reader expects. */
export function seriesInOrder(results: DataSet[]): Series[] {
  return results
    .map(result => ({
      uid: text(result, Tag.SeriesInstanceUID) ?? '',
      number: number(result, Tag.SeriesNumber),
      modality: text(result, Tag.Modality) ?? '',
      description: text(result, Tag.SeriesDescription) ?? '',
      instances: number(result, Tag.NumberOfSeriesRelatedInstances) ?? 0,
    }))
    .filter(series => series.uid !== '')
    .sort((a, b) => byNumberThenUid(a, b));
}

/** The instances of a QIDO-RS answer in scrolling order: by instance number (those without one last), then by UID. */
export function instancesInOrder(results: DataSet[]): Instance[] {
  return results
    .map(result => ({ uid: text(result, Tag.SOPInstanceUID) ?? '', number: number(result, Tag.InstanceNumber) }))
    .filter(instance => instance.uid !== '')
    .sort((a, b) => byNumberThenUid(a, b));
}

function byNumberThenUid(a: { uid: string; number?: number }, b: { uid: string; number?: number }): number {
  const an = a.number ?? Number.POSITIVE_INFINITY;
  const bn = b.number ?? Number.POSITIVE_INFINITY;
  return an !== bn ? (an < bn ? -1 : 1) : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0;
}

/**
 * The index of the image shown first: the middle of the series (in a CT or MR stack the slice most likely to show the
 * region of interest; a radiologist scrolls both ways from there), the only one of a one-image series.
 */
export function firstShown(count: number): number {
  return count <= 0 ? 0 : Math.floor((count - 1) / 2);
}

/** The index {@code step} images away from {@code index}, kept within a series of {@code count} images. */
export function stepped(index: number, step: number, count: number): number {
  return Math.min(Math.max(index + step, 0), Math.max(count - 1, 0));
}
