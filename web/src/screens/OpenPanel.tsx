import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import { networkName } from '../access';
import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { useSubmit } from '../submit';

/** The patient the panel is for, as the patients list shows them. */
export interface PanelFor {
  id: string;
  nickname: string;
}

/**
 * Opens a draft panel for a patient ({@code POST /api/panels}), led by the user in one of the ERNs they may lead in
 * ({@code erns}, named as GET /api/networks names them), with the reason, the clinical question and the urgency; then shows the new panel's page.
 */
export function OpenPanel({ patient, erns, onCancel }: { patient: PanelFor; erns: string[]; onCancel: () => void }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const { route } = useLocation();
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const [v, setV] = useState({ ern: erns[0], reason: '', question: '', urgent: false });
  const opening = useSubmit<Schemas['PanelJson']>(panel => route(`/panels/${panel.id}`), {
    'panel.sharing-consent-required': 'patient' });
  const e = opening.errors;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [patient.id]);
  const blankToUndefined = (text: string) => text.trim() === '' ? undefined : text;

  function open(event: Event) {
    event.preventDefault();
    void opening.submit(() => api.POST('/api/panels', { body: {
      patient: patient.id, leadErn: v.ern as Schemas['Ern'],
      form: { reasonForRequest: blankToUndefined(v.reason), clinicalQuestion: blankToUndefined(v.question),
        urgent: v.urgent },
    } }));
  }

  return (
    <form class="card" onSubmit={open} noValidate aria-labelledby="open-title">
      <h2 id="open-title" tabIndex={-1} ref={heading}>
        {t('open.title', { nickname: patient.nickname })}
      </h2>
      {e.patient && <p class="field-error">{e.patient}</p>}
      <Field id="ern" label={t('panels.ern')} error={e.leadErn}>
        <select {...described('ern', e.leadErn)} value={v.ern}
                onChange={event => setV({ ...v, ern: event.currentTarget.value })}>
          {erns.map(ern => <option key={ern} value={ern}>{networkName(networks.data, ern)}</option>)}
        </select>
      </Field>
      <Field id="reason" label={t('open.reason')} error={e['form.reasonForRequest']}>
        <textarea {...described('reason', e['form.reasonForRequest'])} rows={3} value={v.reason}
                  onInput={event => setV({ ...v, reason: event.currentTarget.value })} />
      </Field>
      <Field id="question" label={t('panel.question')} error={e['form.clinicalQuestion']}>
        <textarea {...described('question', e['form.clinicalQuestion'])} rows={3} value={v.question}
                  onInput={event => setV({ ...v, question: event.currentTarget.value })} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={v.urgent} onChange={event => setV({ ...v, urgent: event.currentTarget.checked })} />
        {' '}{t('open.urgent')}
      </label>
      <SubmitRow label={t('open.submit')} busyLabel={t('open.busy')} submission={opening} />
      <button type="button" class="secondary" onClick={onCancel}>{t('app.cancel')}</button>
    </form>
  );
}
