import { useAuthor } from '../author';
import { formatDateTime, useT } from '../i18n';
import { allows, ifMatch, type Panel } from '../panels';
import { TextForm } from './TextForm';

type Changed = (panel: Panel) => void;
type DataRequest = NonNullable<Panel['dataRequests']>[number];

/**
 * The panel's requests for additional data with their answers: a member asks ({@code POST /data-requests}), the lead
 * (or their assistant) answers each open request once ({@code POST /data-requests/{requestId}/answer}).
 */
export function DataRequests({ panel, onChanged }: { panel: Panel; onChanged: Changed }) {
  const { t, language } = useT();
  const author = useAuthor(panel);
  const requests = panel.dataRequests ?? [];
  if (requests.length === 0 && !allows(panel, 'REQUEST_DATA')) {
    return null;
  }
  return (
    <section aria-labelledby="data-requests">
      <h2 id="data-requests">{t('dataRequests.title')}</h2>
      {requests.length === 0 ? <p>{t('dataRequests.empty')}</p> : requests.map(request => (
        <article key={request.id} class="data-request">
          <p><span class="who">{t('panel.by', { author: author(request.requestedBy) })}</span>{' '}
            <time dateTime={request.requestedAt}>{formatDateTime(language, request.requestedAt)}</time></p>
          <p>{request.text}</p>
          {request.answer ? (
            <p class="answer"><strong>{t('dataRequests.answer')}:</strong> {request.answer.text}</p>
          ) : allows(panel, 'ANSWER_DATA_REQUEST') ? <AnswerForm panel={panel} request={request} onChanged={onChanged} />
            : <p class="hint">{t('dataRequests.open')}</p>}
        </article>
      ))}
      {allows(panel, 'REQUEST_DATA') && (
        <TextForm id="data-request" label={t('dataRequests.ask')} submitLabel={t('dataRequests.send')} busyLabel={t('dataRequests.sending')}
                  write={(api, text) => api.POST('/api/panels/{id}/data-requests', {
                    params: { path: { id: panel.id as string } }, body: { text } })}
                  onChanged={onChanged} />
      )}
    </section>
  );
}

function AnswerForm({ panel, request, onChanged }: { panel: Panel; request: DataRequest; onChanged: Changed }) {
  const { t } = useT();
  return (
    <TextForm id={`answer-${request.id}`} label={t('dataRequests.yourAnswer')} submitLabel={t('dataRequests.sendAnswer')}
              busyLabel={t('dataRequests.sending')}
              write={(api, text) => api.POST('/api/panels/{id}/data-requests/{requestId}/answer', {
                params: { path: { id: panel.id as string, requestId: request.id as string },
                  header: ifMatch(panel).header }, body: { text } })}
              onChanged={onChanged} />
  );
}
