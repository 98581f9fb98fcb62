import type { DataSet } from './dicomJson';

/** A DICOMweb answer that is not a success: its status and the server's words (problem+json detail when there is one). */
export class DicomWebProblem extends Error {
  constructor(readonly status: number, detail: string) {
    super(detail);
  }
}

/** The DICOMweb service of the server (same origin), with the session's bearer token. */
export interface DicomWeb {
  /** The service's root URL, e.g. {@code https://host/dicomweb}. */
  root: string;
  /** QIDO-RS: the study's own attributes (date, description), or undefined when the caller finds no such study. */
  study(study: string): Promise<DataSet | undefined>;
  /** QIDO-RS: the series of a study (a 404 problem when the study is unknown or not shared with the caller). */
  series(study: string): Promise<DataSet[]>;
  /** QIDO-RS: the instances of a series (their UIDs and instance numbers: read from the index, fast). */
  instances(study: string, series: string): Promise<DataSet[]>;
  /** WADO-RS metadata of one instance, or of the whole series when {@code instance} is left out. */
  metadata(study: string, series: string, instance?: string): Promise<DataSet[]>;
  /** WADO-RS rendered: the instance as a JPEG the server renders (its own window), for a preview or a thumbnail. */
  rendered(study: string, series: string, instance: string): Promise<Blob>;
}

export function dicomWeb(token: () => string | undefined, root = `${location.origin}/dicomweb`): DicomWeb {
  const get = async (path: string, accept: string): Promise<Response> => {
    const answer = await fetch(root + path, { headers: { Accept: accept, Authorization: `Bearer ${token() ?? ''}` } });
    if (!answer.ok) {
      const body = await answer.text();
      let detail = body;
      try {
        detail = (JSON.parse(body) as { detail?: string }).detail ?? body;
      } catch {
        // not problem+json: the text as it came
      }
      throw new DicomWebProblem(answer.status, detail || answer.statusText);
    }
    return answer;
  };
  const read = async (path: string): Promise<DataSet[]> => {
    const answer = await get(path, 'application/dicom+json');
    return answer.status === 204 ? [] : (await answer.json()) as DataSet[];
  };
  const study = (uid: string) => `/studies/${encodeURIComponent(uid)}`;
  const series = (s: string, se: string) => `${study(s)}/series/${encodeURIComponent(se)}`;
  return {
    root,
    study: uid => read(`/studies?StudyInstanceUID=${encodeURIComponent(uid)}`).then(found => found[0]),
    series: uid => read(`${study(uid)}/series`),
    instances: (s, se) => read(`${series(s, se)}/instances?includefield=00200013`),
    metadata: (s, se, instance) => read(instance === undefined ? `${series(s, se)}/metadata`
      : `${series(s, se)}/instances/${encodeURIComponent(instance)}/metadata`),
    rendered: (s, se, instance) => get(`${series(s, se)}/instances/${encodeURIComponent(instance)}/rendered`, 'image/jpeg')
      .then(answer => answer.blob()),
  };
}

/** The WADO-RS address of a frame, as the image loader names it ({@code wadors:} + URL). */
export function frameImageId(root: string, study: string, series: string, instance: string, frame = 1): string {
  return `wadors:${root}/studies/${study}/series/${series}/instances/${instance}/frames/${frame}`;
}
