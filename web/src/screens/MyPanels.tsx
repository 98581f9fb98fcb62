import { useEffect, useState } from 'preact/hooks';
import { networkName } from '../access';
import { problemDetail } from '../api/problem';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { useLoad } from '../load';
import { byUrgencyThenDeadline, deadlineStatus, type PanelSummary } from '../panels';
import { Page } from '../Page';

/**
 * "My panels": the panels the user leads, is a member of or is invited to; urgent first, then by deadline; the lead ERN
 * named as GET /api/networks names it.
 */
export function MyPanels() {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const [panels, setPanels] = useState<PanelSummary[]>([]);
  const [next, setNext] = useState<string>();
  const [state, setState] = useState<{ loading: boolean; problem?: string; data?: true }>({ loading: true });
  const networks = useLoad(() => api.GET('/api/networks'), []);

  async function load(after?: string) {
    setState(before => ({ ...before, loading: true }));
    const { data, error, response } = await api.GET('/api/panels', { params: { query: { after, limit: '50' } } });
    if (data) {
      setPanels(loaded => [...loaded, ...(data.items ?? [])].sort(byUrgencyThenDeadline));
      setNext(data.next ?? undefined);
      setState({ loading: false, data: true });
    } else {
      setState({ loading: false, problem: problemDetail(error, response) });
    }
  }
  useEffect(() => void load(), []);

  return (
    <Page title={t('panels.title')} state={state}>
      {panels.length === 0 ? <p>{t('panels.empty')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('panels.nickname')}</th>
              <th scope="col">{t('panels.urgency')}</th>
              <th scope="col">{t('panels.state')}</th>
              <th scope="col">{t('panels.deadline')}</th>
              <th scope="col">{t('panels.ern')}</th>
              <th scope="col">{t('panels.role')}</th>
            </tr>
          </thead>
          <tbody>
            {panels.map(panel => (
              <tr key={panel.id} class={panel.urgent ? 'urgent' : undefined}>
                <th scope="row"><a href={`/panels/${panel.id}`}>{panel.nickname}</a></th>
                <td>{panel.urgent ? <strong>{t('panels.urgent')}</strong> : t('panels.routine')}</td>
                <td>{label('state', panel.state)}</td>
                <td class={`deadline ${deadlineStatus(panel.deadline)}`}>
                  {panel.deadline ? formatDateTime(language, panel.deadline) : t('panels.noDeadline')}
                </td>
                <td>{networkName(networks.data, panel.leadErn)}</td>
                <td>{label('role', panel.myRole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && <button type="button" onClick={() => load(next)}>{t('panels.more')}</button>}
    </Page>
  );
}
