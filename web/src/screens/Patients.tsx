import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { enrollingHps, ernsToLead } from '../rights';
import { CentreChoice } from './CentreChoice';
import { EnrolPatient } from './EnrolPatient';
import { OpenPanel, type PanelFor } from './OpenPanel';
import { PatientTable } from './PatientTable';

/** How many patients one page of the list shows. */
export const PAGE_SIZE = 25;

/** The centres where the user holds a grant, each once, in the order of the grants. */
export function centresOf(me: Schemas['MeJson']): string[] {
  return [...new Set((me.grants ?? []).map(grant => grant.centre).filter((c): c is string => Boolean(c)))];
}

/** The patients of the user's centre (the first, or the one chosen), with identifying data only where sent. */
export function Patients() {
  const { me } = useSignedIn();
  const { t } = useT();
  const centres = centresOf(me);
  const [centre, setCentre] = useState(centres[0]);
  if (!centre) {
    return <Page title={t('nav.patients')}><p>{t('patients.noCentre')}</p></Page>;
  }
  return <CentrePatients key={centre} centre={centre} centres={centres} choose={setCentre} />;
}

/**
 * One centre's patients a page at a time (the API's keyset paging: {@code cursors} holds the {@code after} of each
 * page shown so far), with "enrol a patient" and "open a panel" when the user's grants allow them there.
 */
function CentrePatients({ centre, centres, choose }: { centre: string; centres: string[]; choose: (centre: string) => void }) {
  const { api, me } = useSignedIn();
  const { t } = useT();
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [reloads, setReloads] = useState(0);
  const [enrolling, setEnrolling] = useState(false);
  const [enrolled, setEnrolled] = useState<PanelFor>();
  const [panelFor, setPanelFor] = useState<PanelFor>();
  const after = cursors[cursors.length - 1];
  const provider = useLoad(() => api.GET('/api/providers/{id}', { params: { path: { id: centre } } }), [centre]);
  const patients = useLoad(() => api.GET('/api/patients', { params: { query: { centre, after,
    limit: String(PAGE_SIZE) } } }), [centre, after, reloads]);
  const hps = enrollingHps(me, centre);
  const erns = ernsToLead(me, centre);
  const next = patients.data?.next ?? undefined;

  return (
    <Page title={t('patients.title', { centre: provider.data?.name ?? '…' })} state={patients}>
      {centres.length > 1 && <CentreChoice centre={centre} centres={centres} choose={choose} />}
      {enrolled && (
        <p class="done-row">
          <span role="status" class="done">{t('enrol.done', { nickname: enrolled.nickname })}</span>{' '}
          {erns.length > 0 && <button type="button" onClick={() => setPanelFor(enrolled)}>
            {t('open.title', { nickname: enrolled.nickname })}</button>}
        </p>
      )}
      {hps.length > 0 && (
        <p>
          <button type="button" aria-expanded={enrolling} aria-controls="enrolment"
                  onClick={() => setEnrolling(!enrolling)}>{t('enrol.title')}</button>
        </p>
      )}
      {enrolling && (
        <div id="enrolment">
          <EnrolPatient centre={centre} hps={hps} onEnrolled={done => {
            setEnrolled({ id: done.id ?? '', nickname: done.nickname ?? '' });
            setEnrolling(false);
            setCursors([undefined]);
            setReloads(reloads + 1);
          }} />
        </div>
      )}
      {panelFor && <OpenPanel patient={panelFor} erns={erns} onCancel={() => setPanelFor(undefined)} />}
      <PatientTable items={patients.data?.items ?? []} onOpenPanel={erns.length > 0 ? setPanelFor : undefined} />
      <nav class="pager" aria-label={t('patients.pages')}>
        <button type="button" disabled={cursors.length === 1}
                onClick={() => setCursors(cursors.slice(0, -1))}>{t('patients.previous')}</button>
        <span>{t('patients.page', { page: cursors.length })}</span>
        <button type="button" disabled={!next} onClick={() => setCursors([...cursors, next])}>{t('patients.next')}</button>
      </nav>
    </Page>
  );
}
