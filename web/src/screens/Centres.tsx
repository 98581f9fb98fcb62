import { useState } from 'preact/hooks';
import { networkName, type Ern, type Network } from '../access';
import { useSignedIn } from '../context';
import { described, Field, SubmitRow } from '../Form';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { byName, MEMBERSHIP_TYPES, membershipsToRecord, type MembershipType } from '../reference';
import { useSubmit } from '../submit';

/** Problems the domain raises about one field, by code, shown next to that field. */
const FIELD_OF_CODE = { 'country.invalid': 'country' };

/**
 * The platform operator's centres: the member centres of an ERN ({@code GET /api/providers?ern=}) with their type of
 * membership, and a centre registered ({@code POST /api/providers}) together with its ERN memberships (one
 * {@code POST /api/providers/{id}/memberships} each). No patient data is read here. The server decides who may: a
 * refusal is shown as it words it.
 */
export function Centres() {
  const { api } = useSignedIn();
  const { t, label } = useT();
  const [ern, setErn] = useState<Ern>('ERKNET');
  const [registered, setRegistered] = useState<{ name: string; count: number }>();
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const centres = useLoad(() => api.GET('/api/providers', { params: { query: { ern, limit: '500' } } }),
    [ern, registered]);
  const list = byName(centres.data?.items ?? []);

  return (
    <Page title={t('centres.title')}>
      <p><a href="/centres/import">{t('centres.importLink')}</a> · <a href="/networks">{t('nav.networks')}</a></p>
      <Register networks={networks.data} onRegistered={setRegistered} />
      {registered && (
        <p role="status" class="done">{t('centres.registered', { name: registered.name, count: registered.count })}</p>
      )}
      <h2 id="members-title">{t('centres.members')}</h2>
      <p>
        <label for="centres-ern">{t('centres.ern')}</label>{' '}
        <select id="centres-ern" value={ern} onChange={event => setErn(event.currentTarget.value as Ern)}>
          {(networks.data ?? [{ ern }]).map(network => (
            <option key={network.ern} value={network.ern}>{networkName(networks.data, network.ern)}</option>
          ))}
        </select>
      </p>
      {centres.loading && <p role="status">{t('app.loading')}</p>}
      {centres.problem && <p role="alert" class="problem">{t('app.problem', { detail: centres.problem })}</p>}
      {centres.data && (list.length === 0 ? <p>{t('centres.none', { ern: networkName(networks.data, ern) })}</p> : (
        <table class="cards centres" aria-labelledby="members-title">
          <thead>
            <tr>
              <th scope="col">{t('centres.name')}</th>
              <th scope="col">{t('centres.country')}</th>
              <th scope="col">{t('centres.membership')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map(centre => (
              <tr key={centre.id}>
                <th scope="row" data-label={t('centres.name')}>{centre.name}</th>
                <td data-label={t('centres.country')}>{centre.country}</td>
                <td data-label={t('centres.membership')}>{label('membership', centre.memberships?.[ern])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Page>
  );
}

/** The form that registers a centre and records its memberships, one type (or none) per ERN. */
function Register({ networks, onRegistered }: {
  networks?: Network[];
  onRegistered: (registered: { name: string; count: number }) => void;
}) {
  const { api } = useSignedIn();
  const { t, label } = useT();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [memberships, setMemberships] = useState<Partial<Record<Ern, MembershipType | ''>>>({});
  const registering = useSubmit<unknown>(() => {
    onRegistered({ name: name.trim(), count: membershipsToRecord(memberships).length });
    setName('');
    setCountry('');
    setMemberships({});
  }, FIELD_OF_CODE);
  const e = registering.errors;

  return (
    <form class="card wide" aria-labelledby="register-title" noValidate onSubmit={event => {
      event.preventDefault();
      void registering.submit(async () => {
        const posted = await api.POST('/api/providers', { body: { name: name.trim(), country: country.trim().toUpperCase() } });
        const id = posted.data?.id;
        if (!id) {
          return posted;
        }
        for (const membership of membershipsToRecord(memberships)) {
          const recorded = await api.POST('/api/providers/{id}/memberships',
            { params: { path: { id } }, body: membership });
          if (!recorded.response.ok) {
            return recorded;
          }
        }
        return posted;
      });
    }}>
      <h2 id="register-title">{t('centres.register')}</h2>
      <Field id="centre-name" label={t('centres.name')} error={e.name}>
        <input {...described('centre-name', e.name)} value={name} maxLength={200}
               onInput={event => setName(event.currentTarget.value)} />
      </Field>
      <Field id="centre-country" label={t('centres.countryField')} error={e.country}>
        <input {...described('centre-country', e.country)} value={country} size={3} maxLength={2}
               onInput={event => setCountry(event.currentTarget.value)} />
      </Field>
      <fieldset>
        <legend>{t('centres.memberships')}</legend>
        <p class="hint">{t('centres.membershipsHint')}</p>
        {(networks ?? []).map(network => (
          <div class="field inline" key={network.ern}>
            <label for={`membership-${network.ern}`}>{networkName(networks, network.ern)}</label>
            <select id={`membership-${network.ern}`} value={memberships[network.ern as Ern] ?? ''}
                    onChange={event => setMemberships({ ...memberships,
                      [network.ern as Ern]: event.currentTarget.value as MembershipType | '' })}>
              <option value="">{t('centres.noMembership')}</option>
              {MEMBERSHIP_TYPES.map(type => <option key={type} value={type}>{label('membership', type)}</option>)}
            </select>
          </div>
        ))}
      </fieldset>
      <SubmitRow label={t('centres.submit')} busyLabel={t('centres.busy')} submission={registering} />
    </form>
  );
}
