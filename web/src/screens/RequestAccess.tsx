import { useState } from 'preact/hooks';
import { accessRequestBody, networkName, REQUESTABLE_ROLES, type AccessForm, type AccessRequest, type Ern }
  from '../access';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { useSubmit } from '../submit';

/** Problems the domain raises about one field, by code, shown next to that field. */
const FIELD_OF_CODE = { 'requested-roles.invalid': 'roles', 'acting-for.invalid': 'roles', 'centre.invalid': 'centre',
  'country.invalid': 'country', 'email.invalid': 'email' };

/**
 * A request for roles in an ERN (each named in full: {@code GET /api/networks}) at one of its member centres
 * ({@code POST /api/access-requests}), which the ERN's coordinators decide. A newcomer (signed in, not registered yet) also gives the name, e-mail address and country
 * of their registration. The request filed is read back ({@code GET /api/access-requests/{id}}) and shown with its
 * state.
 */
export function RequestAccess() {
  const { api, me } = useSignedIn();
  const { t, label } = useT();
  const newcomer = !me.registered;
  const [form, setForm] = useState<AccessForm>({ ern: 'ERKNET', centre: '', roles: [], motivation: '',
    displayName: me.displayName ?? '', email: me.email ?? '', country: '' });
  const [filed, setFiled] = useState<AccessRequest>();
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const centres = useLoad(() => api.GET('/api/providers', { params: { query: { ern: form.ern, limit: '500' } } }),
    [form.ern]);
  const filing = useSubmit<AccessRequest>(setFiled, FIELD_OF_CODE);
  const e = filing.errors;
  const set = (change: Partial<AccessForm>) => setForm({ ...form, ...change });
  const toggle = (role: AccessForm['roles'][number], on: boolean) =>
    set({ roles: on ? [...form.roles, role] : form.roles.filter(each => each !== role) });

  if (filed) {
    return (
      <Page title={t('request.title')}>
        <p role="status" class="done">{t('request.filed', { ern: networkName(networks.data, filed.ern) })}</p>
        <p>{t('request.state', { state: label('requestStatus', filed.status) })}</p>
      </Page>
    );
  }
  return (
    <Page title={t('request.title')}>
      <p>{newcomer ? t('request.newcomer') : t('request.intro')}</p>
      <form class="card" noValidate onSubmit={event => {
        event.preventDefault();
        void filing.submit(async () => {
          // the answer names the request filed; read back, it says where it stands
          const posted = await api.POST('/api/access-requests', { body: accessRequestBody(form, newcomer) });
          return posted.data?.id ? api.GET('/api/access-requests/{id}', { params: { path: { id: posted.data.id } } })
            : { error: posted.error, response: posted.response };
        });
      }}>
        <Field id="request-ern" label={t('request.ern')} error={e.ern}>
          <select {...described('request-ern', e.ern)} value={form.ern}
                  onChange={event => set({ ern: event.currentTarget.value as Ern, centre: '' })}>
            {(networks.data ?? [{ ern: form.ern }]).map(network => (
              <option key={network.ern} value={network.ern}>{networkName(networks.data, network.ern)}</option>
            ))}
          </select>
        </Field>
        <Field id="request-centre" label={t('request.centre')} error={e.centre}
               hint={centres.data?.items?.length === 0 ? t('request.noCentre') : undefined}>
          <select {...described('request-centre', e.centre, centres.data?.items?.length === 0 ? 'hint' : undefined)}
                  value={form.centre} onChange={event => set({ centre: event.currentTarget.value })}>
            <option value="">{t('enrol.choose')}</option>
            {(centres.data?.items ?? []).map(centre => <option key={centre.id} value={centre.id}>{centre.name}</option>)}
          </select>
        </Field>
        <fieldset aria-invalid={e.roles ? 'true' : undefined} aria-describedby={e.roles ? 'roles-error' : undefined}>
          <legend>{t('request.roles')}</legend>
          {REQUESTABLE_ROLES.map(role => (
            <label key={role} class="check">
              <input type="checkbox" checked={form.roles.includes(role)}
                     onChange={event => toggle(role, event.currentTarget.checked)} />{' '}{label('grant', role)}
            </label>
          ))}
          {e.roles && <p id="roles-error" class="field-error">{e.roles}</p>}
        </fieldset>
        <Field id="motivation" label={t('request.motivation')} error={e.motivation}>
          <textarea {...described('motivation', e.motivation)} rows={3} value={form.motivation}
                    onInput={event => set({ motivation: event.currentTarget.value })} />
        </Field>
        {newcomer && (
          <>
            <Field id="request-name" label={t('request.name')} error={e.displayName}>
              <input {...described('request-name', e.displayName)} value={form.displayName} autoComplete="name"
                     onInput={event => set({ displayName: event.currentTarget.value })} />
            </Field>
            <Field id="request-email" label={t('request.email')} error={e.email}>
              <input {...described('request-email', e.email)} type="email" value={form.email} autoComplete="email"
                     onInput={event => set({ email: event.currentTarget.value })} />
            </Field>
            <Field id="request-country" label={t('request.country')} error={e.country}>
              <input {...described('request-country', e.country)} value={form.country} size={3} maxLength={2}
                     autoComplete="country" onInput={event => set({ country: event.currentTarget.value })} />
            </Field>
          </>
        )}
        <SubmitRow label={t('request.submit')} busyLabel={t('request.busy')} submission={filing} />
      </form>
    </Page>
  );
}
