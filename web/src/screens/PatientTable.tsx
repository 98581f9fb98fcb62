import type { Schemas } from '../api/client';
import { formatDate, useT } from '../i18n';
import type { PanelFor } from './OpenPanel';

/**
 * A page of patients; identifying data only where the API sends it. Each cell carries its column's name
 * ({@code data-label}), which a phone-width screen shows beside the value when the rows become cards.
 */
export function PatientTable({ items, onOpenPanel }: {
  items: Schemas['PatientSummaryJson'][];
  onOpenPanel?: (patient: PanelFor) => void;
}) {
  const { t, label, language } = useT();
  const hidden = t('patients.identityHidden');
  if (items.length === 0) {
    return <p>{t('patients.empty')}</p>;
  }
  const columns = { age: t('patients.age'), sex: t('patients.sex'), name: t('patients.name'),
    birth: t('patients.birthDate'), hospital: t('patients.hospitalId'), actions: t('patients.actions') };
  return (
    <table class="cards">
      <thead>
        <tr>
          <th scope="col">{t('patients.nickname')}</th>
          {Object.values(columns).map(name => <th key={name} scope="col">{name}</th>)}
        </tr>
      </thead>
      <tbody>
        {items.map(patient => (
          <tr key={patient.id}>
            <th scope="row">{patient.nickname}</th>
            <td data-label={columns.age}>{patient.ageInYears}</td>
            <td data-label={columns.sex}>{label('sex', patient.sex)}</td>
            <td data-label={columns.name}>
              {patient.identity ? `${patient.identity.familyName}, ${patient.identity.givenName}` : hidden}
            </td>
            <td data-label={columns.birth}>{patient.identity ? formatDate(language, patient.identity.dateOfBirth) : hidden}</td>
            <td data-label={columns.hospital}>{patient.identity?.hospitalIdentifier ?? hidden}</td>
            <td data-label={columns.actions}>
              {onOpenPanel && patient.id && (
                <button type="button" aria-label={t('open.title', { nickname: patient.nickname ?? '' })}
                        onClick={() => onOpenPanel({ id: patient.id as string, nickname: patient.nickname ?? '' })}>
                  {t('open.button')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
