import { useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useSubmit } from '../submit';

type Enrolled = Schemas['EnrolledJson'];
type Kind = Schemas['ConsentKind'];
const KINDS: Kind[] = ['CARE', 'SHARING_WITHIN_ERN', 'REGISTRY_INCLUSION', 'RESEARCH_CONTACT'];
/** Problems of the whole request that belong to one field of the form. */
const FIELD_OF_CODE = {
  'patient.duplicate-hospital-identifier': 'identity.hospitalIdentifier',
  'enrolment.care-consent-required': 'consents',
  'patient.born-after-enrolment': 'identity.dateOfBirth',
};

/**
 * Enrolment of a patient at the centre with the consents given ({@code POST /api/patients}): identifying data, and the
 * consents with their date, form version and language. The server checks everything; its field errors appear next to
 * the fields. {@code hps}: for whom the user may enrol there (themselves, or those they assist).
 */
export function EnrolPatient({ centre, hps, onEnrolled }: {
  centre: string;
  hps: string[];
  onEnrolled: (enrolled: Enrolled) => void;
}) {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const today = new Date().toISOString().slice(0, 10);
  const [v, setV] = useState({ givenName: '', familyName: '', dateOfBirth: '', sex: '', hospitalIdentifier: '',
    givenOn: today, version: '1.0', language: language as string });
  const [kinds, setKinds] = useState<Kind[]>([]);
  const enrolment = useSubmit<Enrolled>(onEnrolled, FIELD_OF_CODE);
  const e = enrolment.errors;
  const text = (key: keyof typeof v) => ({ value: v[key], onInput: (event: Event) =>
    setV({ ...v, [key]: (event.currentTarget as HTMLInputElement).value }) });
  const given = (value: string) => value.trim() === '' ? undefined : value;

  function enrol(event: Event) {
    event.preventDefault();
    void enrolment.submit(() => api.POST('/api/patients', { body: {
      centre, enrollingHp: hps[0],
      identity: { givenName: v.givenName, familyName: v.familyName, dateOfBirth: given(v.dateOfBirth) as string,
        sex: given(v.sex) as Schemas['Sex'], hospitalIdentifier: v.hospitalIdentifier },
      consents: kinds.map(kind => ({ kind, givenOn: given(v.givenOn) as string,
        form: { version: v.version, language: v.language } })),
    } }));
  }
  const consentError = e.consents ?? Object.entries(e).find(([field]) => field.startsWith('consents'))?.[1];

  return (
    <form class="card" onSubmit={enrol} noValidate aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('enrol.title')}</h2>
      <p class="hint">{t('enrol.required')}</p>
      {(['givenName', 'familyName'] as const).map(key => (
        <Field key={key} id={key} label={t(`enrol.${key}`)} error={e[`identity.${key}`]}>
          <input {...described(key, e[`identity.${key}`])} autoComplete="off" {...text(key)} />
        </Field>
      ))}
      <Field id="dateOfBirth" label={t('enrol.dateOfBirth')} error={e['identity.dateOfBirth']}>
        <input type="date" max={today} {...described('dateOfBirth', e['identity.dateOfBirth'])} {...text('dateOfBirth')} />
      </Field>
      <Field id="sex" label={t('patients.sex')} error={e['identity.sex']}>
        <select {...described('sex', e['identity.sex'])} {...text('sex')}>
          <option value="">{t('enrol.choose')}</option>
          {['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'].map(code => <option key={code} value={code}>{label('sex', code)}</option>)}
        </select>
      </Field>
      <Field id="hospitalIdentifier" label={t('patients.hospitalId')} error={e['identity.hospitalIdentifier']}>
        <input {...described('hospitalIdentifier', e['identity.hospitalIdentifier'])} autoComplete="off"
               {...text('hospitalIdentifier')} />
      </Field>
      <fieldset aria-describedby={consentError ? 'consents-error' : undefined}>
        <legend>{t('enrol.consents')}</legend>
        {KINDS.map(kind => (
          <label key={kind} class="check">
            <input type="checkbox" checked={kinds.includes(kind)} onChange={event => setKinds(event.currentTarget.checked
              ? [...kinds, kind] : kinds.filter(each => each !== kind))} />{' '}{label('consent', kind)}
          </label>
        ))}
        {consentError && <p id="consents-error" class="field-error">{consentError}</p>}
        <Field id="givenOn" label={t('enrol.givenOn')} error={e['consents[0].givenOn']}>
          <input type="date" max={today} {...described('givenOn', e['consents[0].givenOn'])} {...text('givenOn')} />
        </Field>
        <Field id="formVersion" label={t('enrol.formVersion')} error={e['consents[0].form.version']}>
          <input {...described('formVersion', e['consents[0].form.version'])} {...text('version')} />
        </Field>
        <Field id="formLanguage" label={t('enrol.formLanguage')} error={e['consents[0].form.language']}>
          <input {...described('formLanguage', e['consents[0].form.language'])} size={2} {...text('language')} />
        </Field>
      </fieldset>
      <SubmitRow label={t('enrol.submit')} busyLabel={t('enrol.busy')} submission={enrolment} />
    </form>
  );
}
