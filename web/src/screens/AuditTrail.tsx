import { useEffect, useState } from 'preact/hooks';
import { actorsNamed, AUDIT_ACTIONS, auditQuery, NO_FILTER, type AuditEntry, type AuditFilter } from '../audit';
import { useSignedIn } from '../context';
import { formatDateTime, useT } from '../i18n';
import { Page } from '../Page';
import { useOffsetPages } from '../pages';
import { ChainVerification } from './ChainVerification';

/** How many audit entries one page shows. */
const AUDIT_PAGE = 50;

/**
 * The auditor's audit trail ({@code GET /api/audit-trail}, oldest first, a page at a time), filtered by patient,
 * period, person, action and resource: when, who (by name where the server knows the user, else their user id),
 * what, on which resource, about which patient (an id, never identifying data), from where and why; and the verification of the
 * trail's hash chain. The server decides who may (auditors; an ERN's auditor reads the entries about its panels'
 * patients): a refusal is shown as it words it.
 */
export function AuditTrail() {
  const { api } = useSignedIn();
  const { t, label, language } = useT();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [applied, setApplied] = useState<AuditFilter>(NO_FILTER);
  const [actors, setActors] = useState<Map<string, string>>(new Map());
  const { items, next, state, more } = useOffsetPages<AuditEntry>(offset =>
    api.GET('/api/audit-trail', { params: { query: auditQuery(applied, offset, AUDIT_PAGE) } }), [applied]);
  useEffect(() => setActors(known => actorsNamed(known, items)), [items]);
  const set = (change: Partial<AuditFilter>) => setFilter({ ...filter, ...change });

  return (
    <Page title={t('audit.title')}>
      <ChainVerification />
      <h2 id="entries-title">{t('audit.entries')}</h2>
      <form class="filters" aria-label={t('audit.filters')} onSubmit={event => {
        event.preventDefault();
        setApplied(filter);
      }}>
        <p class="field">
          <label for="audit-patient">{t('audit.filterPatient')}</label>
          <input id="audit-patient" value={filter.patient}
                 onInput={event => set({ patient: event.currentTarget.value })} />
        </p>
        <p class="field">
          <label for="audit-from">{t('audit.from')}</label>
          <input id="audit-from" type="date" value={filter.from} onChange={event => set({ from: event.currentTarget.value })} />
        </p>
        <p class="field">
          <label for="audit-until">{t('audit.until')}</label>
          <input id="audit-until" type="date" value={filter.until}
                 onChange={event => set({ until: event.currentTarget.value })} />
        </p>
        <p class="field">
          <label for="audit-actor">{t('audit.filterActor')}</label>
          <select id="audit-actor" value={filter.actor} onChange={event => set({ actor: event.currentTarget.value })}>
            <option value="">{t('audit.anyone')}</option>
            {[...actors].map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </p>
        <p class="field">
          <label for="audit-action">{t('audit.action')}</label>
          <select id="audit-action" value={filter.action}
                  onChange={event => set({ action: event.currentTarget.value as AuditFilter['action'] })}>
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map(action => <option key={action} value={action}>{label('action', action)}</option>)}
          </select>
        </p>
        <p class="field">
          <label for="audit-resource-type">{t('audit.resourceType')}</label>
          <input id="audit-resource-type" value={filter.resourceType} size={12}
                 onInput={event => set({ resourceType: event.currentTarget.value })} />
        </p>
        <p class="field">
          <label for="audit-resource-id">{t('audit.resourceId')}</label>
          <input id="audit-resource-id" value={filter.resourceId}
                 onInput={event => set({ resourceId: event.currentTarget.value })} />
        </p>
        <p class="field">
          <button type="submit">{t('audit.apply')}</button>{' '}
          <button type="button" onClick={() => {
            setFilter(NO_FILTER);
            setApplied(NO_FILTER);
          }}>{t('audit.clear')}</button>
        </p>
      </form>
      {state.loading && <p role="status">{t('app.loading')}</p>}
      {state.problem && <p role="alert" class="problem">{t('app.problem', { detail: state.problem })}</p>}
      {state.data && (items.length === 0 ? <p>{t('audit.empty')}</p> : (
        <table class="cards audit" aria-labelledby="entries-title">
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
                <td class={entry.actorName ? 'actor' : 'id'} data-label={t('audit.actor')}>
                  {entry.actorName ?? entry.actor ?? t('audit.system')}
                </td>
                <td data-label={t('audit.action')}>{label('action', entry.action)}</td>
                <td class="id" data-label={t('audit.resource')}>{[entry.resourceType, entry.resourceId].filter(Boolean).join(' ')}</td>
                <td class="id" data-label={t('audit.patient')}>{entry.patient}</td>
                <td data-label={t('audit.origin')}>{entry.origin}</td>
                <td data-label={t('audit.purpose')}>{entry.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {next && <button type="button" onClick={more}>{t('audit.more')}</button>}
    </Page>
  );
}
