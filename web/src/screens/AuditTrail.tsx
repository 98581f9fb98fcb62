import type { Schemas } from '../api/client';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { Page } from '../Page';
import { useOffsetPages } from '../pages';
import { ChainVerification } from './ChainVerification';

type Entry = Schemas['AuditEntryJson'];

/** How many audit entries one page shows. */
const AUDIT_PAGE = 50;

/**
 * The auditor's audit trail ({@code GET /api/audit-trail}, oldest first, a page at a time): when, who (their user id),
 * what, on which resource, about which patient (an id, never identifying data), from where and why; and the
 * verification of the trail's hash chain. The server decides who may (auditors; an ERN's auditor reads the entries
 * about its panels' patients): a refusal is shown as it words it.
 */
export function AuditTrail() {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const { items, next, state, more } = useOffsetPages<Entry>(offset =>
    api.GET('/api/audit-trail', { params: { query: { offset, limit: String(AUDIT_PAGE) } } }), []);

  return (
    <Page title={t('audit.title')} state={state}>
      <ChainVerification />
      <h2>{t('audit.entries')}</h2>
      {items.length === 0 ? <p>{t('audit.empty')}</p> : (
        <table class="cards audit">
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.resource')}</th>
              <th scope="col">{t('audit.patient')}</th>
              <th scope="col">{t('audit.origin')}</th>
              <th scope="col">{t('audit.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry, index) => (
              <tr key={index}>
                <td data-label={t('audit.at')}>{formatDateTime(language, entry.at)}</td>
                <td class="id" data-label={t('audit.actor')}>{entry.actor}</td>
                <td data-label={t('audit.action')}>{label('action', entry.action)}</td>
                <td class="id" data-label={t('audit.resource')}>{[entry.resourceType, entry.resourceId].filter(Boolean).join(' ')}</td>
                <td class="id" data-label={t('audit.patient')}>{entry.patient}</td>
                <td data-label={t('audit.origin')}>{entry.origin}</td>
                <td data-label={t('audit.purpose')}>{entry.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && <button type="button" onClick={more}>{t('audit.more')}</button>}
    </Page>
  );
}
