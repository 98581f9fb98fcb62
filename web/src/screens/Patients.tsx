import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { formatDate, useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';

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
  return <CentrePatients centre={centre} centres={centres} choose={setCentre} />;
}

function CentrePatients({ centre, centres, choose }: { centre: string; centres: string[]; choose: (centre: string) => void }) {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const provider = useLoad(() => api.GET('/api/providers/{id}', { params: { path: { id: centre } } }), [centre]);
  const patients = useLoad(() => api.GET('/api/patients', { params: { query: { centre, limit: '100' } } }), [centre]);
  const items = patients.data?.items ?? [];
  const hidden = t('patients.identityHidden');
  return (
    <Page title={t('patients.title', { centre: provider.data?.name ?? '…' })} state={patients}>
      {centres.length > 1 && (
        <p>
          <label for="centre">{t('patients.centre')}</label>{' '}
          <select id="centre" value={centre} onChange={event => choose(event.currentTarget.value)}>
            {centres.map(id => <option key={id} value={id}>{id}</option>)}
          </select>
        </p>
      )}
      {items.length === 0 ? <p>{t('patients.empty')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('patients.nickname')}</th>
              <th scope="col">{t('patients.age')}</th>
              <th scope="col">{t('patients.sex')}</th>
              <th scope="col">{t('patients.name')}</th>
              <th scope="col">{t('patients.birthDate')}</th>
              <th scope="col">{t('patients.hospitalId')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(patient => (
              <tr key={patient.id}>
                <th scope="row">{patient.nickname}</th>
                <td>{patient.ageInYears}</td>
                <td>{label('sex', patient.sex)}</td>
                <td>{patient.identity ? `${patient.identity.familyName}, ${patient.identity.givenName}` : hidden}</td>
                <td>{patient.identity ? formatDate(language, patient.identity.dateOfBirth) : hidden}</td>
                <td>{patient.identity?.hospitalIdentifier ?? hidden}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
