// OHIF's DICOMweb client (npm dicomweb-client) against a deployed OpenCPMS: run by DicomWebIT with node.
// In: DICOMWEB_URL, MEMBER_TOKEN (a member of the panel the study is attached to), UPLOADER_TOKEN (staff of the
// sending centre), PATIENT_ID (the pseudonym), UPLOAD_FILE (a Part 10 file to store), CAPTURE (a file where every
// answer received is written, for the leak check). Out: a JSON summary on stdout.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
globalThis.XMLHttpRequest = require('xhr2');
const { api } = require('dicomweb-client');

const env = (name) => {
  if (!process.env[name]) throw new Error(`${name} is not set`);
  return process.env[name];
};
const captured = [];
const keep = (answer) => {
  const parts = Array.isArray(answer) ? answer : [answer];
  for (const part of parts) {
    captured.push(part instanceof ArrayBuffer || ArrayBuffer.isView(part)
      ? Buffer.from(part instanceof ArrayBuffer ? part : part.buffer).toString('latin1')
      : JSON.stringify(part));
  }
  return answer;
};
const client = (token) => new api.DICOMwebClient({ url: env('DICOMWEB_URL'), headers: { Authorization: `Bearer ${token}` } });
const value = (dataSet, tag) => dataSet[tag] && dataSet[tag].Value ? dataSet[tag].Value[0] : undefined;
// retrieveInstanceRendered answers a single-part body as an array of one ArrayBuffer carrying the answer's contentType
// (unlike retrieveInstance, it does not unwrap it). A refusal rejects with the HTTP status, which is reported as such.
const rendering = async (fetching) => {
  try {
    const answer = await fetching;
    const image = Array.isArray(answer) ? answer[0] : answer;
    const bytes = Buffer.from(image);
    return { status: 200, contentType: image.contentType, bytes: bytes.length, signature: bytes.toString('hex', 0, 4),
      ...dimensions(bytes) };
  } catch (error) {
    return { status: error.status ?? -1, error: String(error) };
  }
};
// Width and height from a PNG's IHDR chunk or a JPEG's start-of-frame segment.
const dimensions = (bytes) => {
  if (bytes.toString('latin1', 1, 4) === 'PNG') {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  for (let at = 2; at + 9 < bytes.length; at += 2 + bytes.readUInt16BE(at + 2)) {
    const marker = bytes.readUInt16BE(at);
    if (marker >= 0xffc0 && marker <= 0xffcf && ![0xffc4, 0xffc8, 0xffcc].includes(marker)) {
      return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
    }
  }
  return {};
};

const uploader = client(env('UPLOADER_TOKEN'));
const file = readFileSync(env('UPLOAD_FILE'));
const storeAnswer = await uploader.storeInstances({ datasets: [file.buffer.slice(file.byteOffset, file.byteOffset + file.length)] });
const stored = keep(typeof storeAnswer === 'string' ? JSON.parse(storeAnswer) : storeAnswer);

const member = client(env('MEMBER_TOKEN'));
const studies = keep(await member.searchForStudies({ queryParams: { PatientID: env('PATIENT_ID') } }));
const study = value(studies[0], '0020000D');
const series = keep(await member.searchForSeries({ studyInstanceUID: study }));
const seriesUid = value(series[0], '0020000E');
const instances = keep(await member.searchForInstances({ studyInstanceUID: study, seriesInstanceUID: seriesUid }));
const sop = value(instances[0], '00080018');
const metadata = keep(await member.retrieveStudyMetadata({ studyInstanceUID: study }));
const one = { studyInstanceUID: study, seriesInstanceUID: seriesUid, sopInstanceUID: sop };
const instance = keep(await member.retrieveInstance(one));
const frames = keep(await member.retrieveInstanceFrames({ ...one, frameNumbers: [1] }));
const rendered = (mediaType) => member.retrieveInstanceRendered({ ...one, mediaTypes: [{ mediaType }] }).then(keep);
const png = await rendering(rendered('image/png'));
const jpeg = await rendering(rendered('image/jpeg'));

writeFileSync(env('CAPTURE'), captured.join('\n'), 'latin1');
console.log(JSON.stringify({
  storedStudy: value(stored, '00081190'),
  studies: studies.length,
  study,
  series: series.length,
  instances: instances.length,
  metadata: metadata.length,
  patientIdInMetadata: value(metadata[0], '00100020'),
  instanceBytes: instance.byteLength,
  dicmAt128: Buffer.from(instance).toString('latin1', 128, 132),
  frames: frames.length,
  frameBytes: frames[0].byteLength,
  png,
  jpeg,
}));
