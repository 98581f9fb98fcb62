import { useState } from 'preact/hooks';
import { networkName, type Ern, type Network } from '../access';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { appointmentBody, byName, type AppointmentForm } from '../reference';
import { useSubmit } from '../submit';

/** Problems the domain raises about one field of the appointment, by code, shown next to that field. */
const APPOINTMENT_FIELDS = { 'centre.invalid': 'centre', 'healthcare-provider.not-found': 'centre',
  'healthcare-provider.not-in-ern': 'centre', 'email.invalid': 'email', 'country.invalid': 'country',
  'replacing.invalid': 'replacing', 'user.not-found': 'replacing', 'user.not-coordinator': 'replacing' };

/**
 * The platform operator's networks: an ERN established ({@code POST /api/networks}, idempotent), a disease group added
 * to it ({@code POST /api/networks/{ern}/disease-groups}), and a coordinator appointed at one of its member centres,
 * replacing one who steps down if named ({@code POST /api/networks/{ern}/coordinators}). The server decides who may: a
 * refusal is shown as it words it.
 */
export function Networks() {
  const { api } = useSignedIn();
  const { t } = useT();
  const networks = useLoad(() => api.GET('/api/networks'), []);
  return (
    <Page title={t('networks.title')}>
      <p><a href="/centres">{t('nav.centres')}</a></p>
      <Establish networks={networks.data} />
      <DiseaseGroup networks={networks.data} />
      <Appoint networks={networks.data} />
    </Page>
  );
}

/** The ERN choice of one form. */
function ErnChoice({ id, networks, ern, choose }: { id: string; networks?: Network[]; ern: Ern; choose: (ern: Ern) => void }) {
  const { t } = useT();
  return (
    <Field id={id} label={t('networks.ern')}>
      <select id={id} value={ern} onChange={event => choose(event.currentTarget.value as Ern)}>
        {(networks ?? [{ ern }]).map(network => (
          <option key={network.ern} value={network.ern}>{networkName(networks, network.ern)}</option>
        ))}
      </select>
    </Field>
  );
}

function Establish({ networks }: { networks?: Network[] }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [ern, setErn] = useState<Ern>('ERKNET');
  const [done, setDone] = useState<string>();
  const establishing = useSubmit<unknown>(() => setDone(t('networks.established', { ern: networkName(networks, ern) })));
  return (
    <form class="card wide" aria-labelledby="establish-title" noValidate onSubmit={event => {
      event.preventDefault();
      setDone(undefined);
      void establishing.submit(() => api.POST('/api/networks', { body: { ern } }));
    }}>
      <h2 id="establish-title">{t('networks.establish')}</h2>
      <p class="hint">{t('networks.establishHint')}</p>
      <ErnChoice id="establish-ern" networks={networks} ern={ern} choose={setErn} />
      <SubmitRow label={t('networks.establishSubmit')} busyLabel={t('app.working')} submission={establishing} />
      {done && <p role="status" class="done">{done}</p>}
    </form>
  );
}

function DiseaseGroup({ networks }: { networks?: Network[] }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [ern, setErn] = useState<Ern>('ERKNET');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string>();
  const adding = useSubmit<unknown>(() => {
    setDone(t('networks.groupAdded', { group: name.trim(), ern: networkName(networks, ern) }));
    setCode('');
    setName('');
  }, { 'network.duplicate-disease-group': 'code' });
  const e = adding.errors;
  return (
    <form class="card wide" aria-labelledby="group-title" noValidate onSubmit={event => {
      event.preventDefault();
      setDone(undefined);
      void adding.submit(() => api.POST('/api/networks/{ern}/disease-groups',
        { params: { path: { ern } }, body: { code: code.trim(), name: name.trim() } }));
    }}>
      <h2 id="group-title">{t('networks.group')}</h2>
      <ErnChoice id="group-ern" networks={networks} ern={ern} choose={setErn} />
      <Field id="group-code" label={t('networks.groupCode')} error={e.code}>
        <input {...described('group-code', e.code)} value={code} maxLength={32} size={12}
               onInput={event => setCode(event.currentTarget.value)} />
      </Field>
      <Field id="group-name" label={t('networks.groupName')} error={e.name}>
        <input {...described('group-name', e.name)} value={name} maxLength={200}
               onInput={event => setName(event.currentTarget.value)} />
      </Field>
      <SubmitRow label={t('networks.groupSubmit')} busyLabel={t('app.working')} submission={adding} />
      {done && <p role="status" class="done">{done}</p>}
    </form>
  );
}

function Appoint({ networks }: { networks?: Network[] }) {
  const { api, me } = useSignedIn();
  const { t } = useT();
  const [ern, setErn] = useState<Ern>('ERKNET');
  const empty: AppointmentForm = { centre: '', issuer: me.issuer ?? '', subject: '', displayName: '', email: '',
    country: '', replacing: '' };
  const [form, setForm] = useState<AppointmentForm>(empty);
  const [done, setDone] = useState<string>();
  const centres = useLoad(() => api.GET('/api/providers', { params: { query: { ern, limit: '500' } } }), [ern]);
  const centreName = (id: string) => centres.data?.items?.find(centre => centre.id === id)?.name ?? id;
  const appointing = useSubmit<{ id?: string }>(appointed => {
    setDone(t('networks.appointed', { name: form.displayName.trim(), ern: networkName(networks, ern),
      centre: centreName(form.centre), id: appointed?.id ?? '' }));
    setForm(empty);
  }, APPOINTMENT_FIELDS);
  const e = appointing.errors;
  const set = (change: Partial<AppointmentForm>) => setForm({ ...form, ...change });
  const text = (id: string, key: keyof AppointmentForm, label: string, extra: Record<string, unknown> = {}, hint?: string) => (
    <Field id={id} label={label} error={e[key]} hint={hint}>
      <input {...described(id, e[key], hint)} value={form[key]} {...extra}
             onInput={event => set({ [key]: event.currentTarget.value })} />
    </Field>
  );
  return (
    <form class="card wide" aria-labelledby="appoint-title" noValidate onSubmit={event => {
      event.preventDefault();
      setDone(undefined);
      void appointing.submit(() => api.POST('/api/networks/{ern}/coordinators',
        { params: { path: { ern } }, body: appointmentBody(form) }));
    }}>
      <h2 id="appoint-title">{t('networks.appoint')}</h2>
      <p class="hint">{t('networks.appointHint')}</p>
      <ErnChoice id="appoint-ern" networks={networks} ern={ern} choose={choice => {
        setErn(choice);
        set({ centre: '' });
      }} />
      <Field id="appoint-centre" label={t('networks.centre')} error={e.centre}
             hint={centres.data?.items?.length === 0 ? t('networks.noCentre') : undefined}>
        <select {...described('appoint-centre', e.centre, centres.data?.items?.length === 0 ? 'hint' : undefined)}
                value={form.centre} onChange={event => set({ centre: event.currentTarget.value })}>
          <option value="">{t('enrol.choose')}</option>
          {byName(centres.data?.items ?? []).map(centre => (
            <option key={centre.id} value={centre.id}>{centre.name} ({centre.country})</option>
          ))}
        </select>
      </Field>
      {text('appoint-name', 'displayName', t('networks.name'), { maxLength: 200, autoComplete: 'off' })}
      {text('appoint-email', 'email', t('networks.email'), { type: 'email', maxLength: 254, autoComplete: 'off' })}
      {text('appoint-country', 'country', t('networks.country'), { size: 3, maxLength: 2 })}
      {text('appoint-issuer', 'issuer', t('networks.issuer'), { maxLength: 500 })}
      {text('appoint-subject', 'subject', t('networks.subject'), { maxLength: 255 }, t('networks.subjectHint'))}
      {text('appoint-replacing', 'replacing', t('networks.replacing'), {}, t('networks.replacingHint'))}
      <SubmitRow label={t('networks.appointSubmit')} busyLabel={t('app.working')} submission={appointing} />
      {done && <p role="status" class="done">{done}</p>}
    </form>
  );
}
