import { useMemo, useState } from 'preact/hooks';
import { coordinatedErns, networkCode, networkName } from '../access';
import { BarChart } from '../BarChart';
import { useSignedIn } from '../context';
import { CsvLink } from '../CsvLink';
import { formatDateTime, useT } from '../i18n';
import { COUNTED, counts, kpiRows, timeToOutcome, type Counted, type Kpi } from '../kpis';
import { useLoad } from '../load';
import { Page } from '../Page';

/**
 * The coordinator's KPIs ({@code GET /api/kpis}): for one ERN they coordinate, or all ERNs, over the twelve months up
 * to now or the days chosen: the single figures, a bar chart per counted figure, and the report as CSV. The server
 * decides who may (a coordinator; anyone else is refused, shown as it words it); the navigation offers it to
 * coordinators only.
 */
export function Kpis() {
  const { api, me } = useSignedIn();
  const { t, label, language } = useT();
  const erns = coordinatedErns(me);
  const [ern, setErn] = useState<string>(erns[0] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const networks = useLoad(() => api.GET('/api/networks'), []);
  const report = useLoad(() => api.GET('/api/kpis', { params: { query: { ern: (ern || undefined) as Kpi['ern'],
    from: from ? `${from}T00:00:00Z` : undefined, to: to ? `${to}T00:00:00Z` : undefined } } }), [ern, from, to]);
  const kpi = report.data;
  const rows = useMemo(() => kpi && kpiRows(kpi), [kpi]);
  const region = (code: string) => {
    try {
      return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const keyName: Record<Counted, (key: string) => string> = {
    panelsByState: key => label('state', key), panelsByErn: key => networkCode(networks.data, key),
    registeredUsersByCountry: region, activeUsersByCountry: region,
  };
  const median = timeToOutcome(kpi?.medianTimeToOutcome);

  return (
    <Page title={t('kpis.title')}>
      <div class="filters">
        <p class="field">
          <label for="kpis-ern">{t('kpis.ern')}</label>
          <select id="kpis-ern" value={ern} onChange={event => setErn(event.currentTarget.value)}>
            {erns.map(each => <option key={each} value={each}>{networkName(networks.data, each)}</option>)}
            <option value="">{t('kpis.allErns')}</option>
          </select>
        </p>
        <p class="field">
          <label for="kpis-from">{t('kpis.from')}</label>
          <input id="kpis-from" type="date" value={from} onChange={event => setFrom(event.currentTarget.value)} />
        </p>
        <p class="field">
          <label for="kpis-to">{t('kpis.to')}</label>
          <input id="kpis-to" type="date" value={to} onChange={event => setTo(event.currentTarget.value)} />
        </p>
      </div>
      {report.loading && <p role="status">{t('app.loading')}</p>}
      {report.problem && <p role="alert" class="problem">{t('app.problem', { detail: report.problem })}</p>}
      {kpi && rows && (
        <>
          <dl class="facts kpis">
            <dt>{t('kpis.period')}</dt>
            <dd>{t('kpis.periodValue', { from: formatDateTime(language, kpi.from), to: formatDateTime(language, kpi.to) })}</dd>
            <dt>{t('kpis.closed')}</dt><dd>{kpi.panelsClosed ?? 0}</dd>
            <dt>{t('kpis.median')}</dt>
            <dd>{!median ? t('kpis.noneClosed') : 'days' in median ? t('kpis.days', median) : t('kpis.hours', median)}</dd>
            <dt>{t('kpis.usefulness')}</dt>
            <dd>{kpi.meanUsefulness == null ? t('kpis.noneRated') : kpi.meanUsefulness.toFixed(1)}</dd>
          </dl>
          <CsvLink rows={rows} name={`kpis-${kpi.ern ?? 'all'}.csv`} label={t('kpis.csv')} />
          <div class="charts">
            {COUNTED.map(figure => (
              <BarChart key={figure} id={`chart-${figure}`} title={t(`kpis.${figure}`)}
                        bars={counts(kpi, figure).map(([key, value]) => [keyName[figure](key), value])} />
            ))}
          </div>
        </>
      )}
    </Page>
  );
}
