import { useState } from 'preact/hooks';
import { coordinatedErns, networkName, type AccessRequest, type Ern } from '../access';
import { useSignedIn } from '../context';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { useOffsetPages } from '../pages';
import { AccessDecision } from './AccessDecision';

/**
 * The access requests waiting in an ERN the user coordinates ({@code GET /api/access-requests?ern=}, oldest first, a
 * page at a time), each with who asks, at which centre, for which roles and why; the coordinator accepts or rejects
 * each (with a reason), after which it leaves the list. The server decides who may: a refusal is shown as it words it.
 */
export function AccessRequests() {
  const { me } = useSignedIn();
  const { t } = useT();
  const erns = coordinatedErns(me);
  const [ern, setErn] = useState<Ern | undefined>(erns[0]);
  if (!ern) {
    return <Page title={t('decide.title')}><p>{t('decide.notCoordinator')}</p></Page>;
  }
  return <Waiting key={ern} ern={ern} erns={erns} choose={setErn} />;
}

function Waiting({ ern, erns, choose }: { ern: Ern; erns: Ern[]; choose: (ern: Ern) => void }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const [decided, setDecided] = useState<string>();
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const centres = useLoad(() => api.GET('/api/providers', { params: { query: { ern, limit: '500' } } }), [ern]);
  const centreName = (id?: string) => centres.data?.items?.find(centre => centre.id === id)?.name ?? id ?? '';
  const { items, setItems, next, state, more } = useOffsetPages<AccessRequest>(offset =>
    api.GET('/api/access-requests', { params: { query: { ern, offset } } }), [ern]);

  return (
    <Page title={t('decide.title')} state={state}>
      {erns.length > 1 && (
        <p>
          <label for="decide-ern">{t('decide.ern')}</label>{' '}
          <select id="decide-ern" value={ern} onChange={event => choose(event.currentTarget.value as Ern)}>
            {erns.map(each => <option key={each} value={each}>{networkName(networks.data, each)}</option>)}
          </select>
        </p>
      )}
      {decided && <p role="status" class="done">{decided}</p>}
      {items.length === 0 ? <p>{t('decide.empty', { ern: networkName(networks.data, ern) })}</p> : (
        <ul class="requests">
          {items.map(request => (
            <AccessDecision key={request.id} request={request} centre={centreName(request.centre)}
                            onDecided={note => {
                              setDecided(note);
                              setItems(items.filter(each => each.id !== request.id));
                            }} />
          ))}
        </ul>
      )}
      {next && <button type="button" onClick={more}>{t('decide.more')}</button>}
    </Page>
  );
}
