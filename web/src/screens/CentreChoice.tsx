import { useSignedIn } from '../context';
import { useT } from '../i18n';
import { useLoad } from '../load';

/**
 * The choice among the user's centres, each by its name ({@code GET /api/providers/{id}}, one read a centre: a user
 * belongs to a few); a centre's id until its name is read, or if it cannot be.
 */
export function CentreChoice({ centre, centres, choose }: {
  centre: string;
  centres: string[];
  choose: (centre: string) => void;
}) {
  const { api } = useSignedIn();
  const { t } = useT();
  const names = useLoad(() => Promise.all(centres.map(id => api.GET('/api/providers/{id}', { params: { path: { id } } })))
    .then(answers => ({ data: answers.map((answer, index) => answer.data?.name ?? centres[index]),
      response: answers[0]?.response ?? new Response() })), [centres.join()]);
  return (
    <p>
      <label for="centre">{t('patients.centre')}</label>{' '}
      <select id="centre" value={centre} onChange={event => choose(event.currentTarget.value)}>
        {centres.map((id, index) => <option key={id} value={id}>{names.data?.[index] ?? id}</option>)}
      </select>
    </p>
  );
}
