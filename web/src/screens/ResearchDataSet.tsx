import { useMemo } from 'preact/hooks';
import { networkCode } from '../access';
import { useSignedIn } from '../context';
import { CsvLink } from '../CsvLink';
import { useT } from '../i18n';
import { useLoad } from '../load';
import { Page } from '../Page';
import { codes, researchRows } from '../research';

/**
 * The researcher's anonymised data set ({@code GET /api/research/data-set}: k-anonymous, complete, of the consenting
 * patients with a panel in the researcher's ERNs): how it was protected (k, records generalised and suppressed), the
 * records (each ERN by its short code, GET /api/networks), and the same records as CSV (in the API's codes). No
 * identifying data: the API sends none. The server decides who may.
 */
export function ResearchDataSet() {
  const { api } = useSignedIn();
  const { t, label } = useT();
  const set = useLoad(() => api.GET('/api/research/data-set'), []);
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const records = set.data?.items ?? [];
  const rows = useMemo(() => researchRows(records), [set.data]);

  return (
    <Page title={t('research.title')} state={set}>
      <p>{t('research.protection', { k: set.data?.k ?? 0, count: records.length,
        generalised: set.data?.generalised ?? 0, suppressed: set.data?.suppressed ?? 0 })}</p>
      <CsvLink rows={rows} name="research-data-set.csv" label={t('research.csv')} />
      {records.length === 0 ? <p>{t('research.empty')}</p> : (
        <table class="cards research">
          <thead>
            <tr>
              <th scope="col">{t('research.ageBand')}</th>
              <th scope="col">{t('research.sex')}</th>
              <th scope="col">{t('research.area')}</th>
              <th scope="col">{t('research.erns')}</th>
              <th scope="col">{t('research.diagnoses')}</th>
              <th scope="col">{t('research.phenotypes')}</th>
              <th scope="col">{t('research.closedPanels')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => (
              <tr key={index}>
                <td data-label={t('research.ageBand')}>{record.ageBand}</td>
                <td data-label={t('research.sex')}>{label('sex', record.sex)}</td>
                <td data-label={t('research.area')}>{record.area}</td>
                <td data-label={t('research.erns')}>{(record.erns ?? []).map(ern => networkCode(networks.data, ern)).join(', ')}</td>
                <td class="id" data-label={t('research.diagnoses')}>{codes(record.diagnoses)}</td>
                <td class="id" data-label={t('research.phenotypes')}>{codes(record.phenotypes)}</td>
                <td data-label={t('research.closedPanels')}>{record.closedPanels}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
