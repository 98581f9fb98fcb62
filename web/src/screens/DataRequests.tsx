import { useState } from 'preact/hooks';
import { useAuthor } from '../author';
import { useSignedIn } from '../context';
import { described, Field } from '../Form';
import { formatDateTime, useT } from '../i18n';
import { useLoad } from '../load';
import { allows, ifMatch, type Panel } from '../panels';
import { TextForm } from './TextForm';

type Changed = (panel: Panel) => void;
type DataRequest = NonNullable<Panel['dataRequests']>[number];
type Attachment = NonNullable<Panel['attachments']>[number];

/**
 * The panel's requests for additional data with their answers: a member asks ({@code POST /data-requests}), the lead
 * (or their assistant) answers each open request once ({@code POST /data-requests/{requestId}/answer}), pointing to
 * one of the panel's imaging studies if they wish (an {@code IMAGING_STUDY} attachment, opened in the viewer). The API
 * has no upload of documents, so an answer attaches no document from here.
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
            <div class="answer">
              <p><strong>{t('dataRequests.answer')}:</strong> {request.answer.text}</p>
              {(request.answer.attachments ?? []).length > 0 && (
                <ul class="attachments">
                  {request.answer.attachments?.map(attachment => (
                    <li key={attachment.reference}><AttachmentLink panel={panel} attachment={attachment} /></li>))}
                </ul>
              )}
            </div>
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

/** An imaging study opens in the viewer; a document is named (the API serves no documents to download). */
function AttachmentLink({ panel, attachment }: { panel: Panel; attachment: Attachment }) {
  return attachment.kind === 'IMAGING_STUDY'
    ? <a href={`/panels/${panel.id}/studies/${attachment.reference}`}>{attachment.title}</a>
    : <span>{attachment.title} ({attachment.mediaType})</span>;
}

function AnswerForm({ panel, request, onChanged }: { panel: Panel; request: DataRequest; onChanged: Changed }) {
  const { api } = useSignedIn();
  const { t } = useT();
  const id = panel.id as string;
  const studies = useLoad(() => api.GET('/api/panels/{id}/studies', { params: { path: { id } } }), [id]);
  const [study, setStudy] = useState('');
  const field = `answer-${request.id}-study`;
  const titleOf = (uid: string, modalities = '') => (panel.attachments ?? []).find(a => a.reference === uid)?.title
    ?? t('dataRequests.studyTitle', { modalities });
  const chosen = studies.data?.items?.find(each => each.studyInstanceUid === study);
  const attachments = chosen ? [{ kind: 'IMAGING_STUDY' as const, reference: study, mediaType: 'application/dicom',
    title: titleOf(study, chosen.modalities) }] : undefined;
  return (
    <TextForm id={`answer-${request.id}`} label={t('dataRequests.yourAnswer')} submitLabel={t('dataRequests.sendAnswer')}
              busyLabel={t('dataRequests.sending')}
              write={(api, text) => api.POST('/api/panels/{id}/data-requests/{requestId}/answer', {
                params: { path: { id, requestId: request.id as string }, header: ifMatch(panel).header },
                body: { text, attachments } })}
              onChanged={onChanged}>
      {(studies.data?.items ?? []).length > 0 && (
        <Field id={field} label={t('dataRequests.attachStudy')}>
          <select {...described(field)} value={study} onChange={event => setStudy(event.currentTarget.value)}>
            <option value="">{t('dataRequests.noStudy')}</option>
            {studies.data?.items?.map(each => (
              <option key={each.studyInstanceUid} value={each.studyInstanceUid}>
                {titleOf(each.studyInstanceUid as string, each.modalities)}
              </option>))}
          </select>
        </Field>
      )}
    </TextForm>
  );
}
