import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClient } from '../api/client';
import { LIFECYCLE_MOVES, moveOf } from './lifecycleMoves';

const panel = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', version: 7 };

/** The requests the client sends, answered with the panel (204 for a deletion). */
function recording() {
  const sent: { method: string; path: string; ifMatch: string | null; body: string }[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    sent.push({ method: request.method, path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'),
      body: await request.text() });
    return request.method === 'DELETE' ? new Response(null, { status: 204 })
      : new Response(JSON.stringify({ ...panel, version: 8 }), { headers: { 'Content-Type': 'application/json' } });
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('lifecycle moves', () => {
  it('each goes to its own address with the version read in If-Match, and the reason where one is needed', async () => {
    const sent = recording();
    const api = apiClient(() => 'token', undefined, 'http://server');

    for (const move of LIFECYCLE_MOVES) {
      await moveOf(api, panel, move.action, move.reason ? 'because' : '');
    }

    expect(sent.map(each => `${each.method} ${each.path.replace(panel.id, '{id}')}`)).toEqual([
      'POST /api/panels/{id}/submission', 'POST /api/panels/{id}/assessment', 'POST /api/panels/{id}/sign-off',
      'POST /api/panels/{id}/closure', 'POST /api/panels/{id}/archival', 'POST /api/panels/{id}/return-to-assessment',
      'POST /api/panels/{id}/return-to-panel-selection', 'POST /api/panels/{id}/abortion', 'DELETE /api/panels/{id}']);
    expect(sent.every(each => each.ifMatch === '"7"')).toBe(true);
    expect(sent.filter(each => each.body !== '').map(each => JSON.parse(each.body)))
      .toEqual([{ reason: 'because' }, { reason: 'because' }, { reason: 'because' }]);
  });

  it('every move that cannot be undone or must say why asks first', () => {
    const asking = LIFECYCLE_MOVES.filter(move => move.confirm).map(move => move.action);

    expect(asking).toEqual(['SUBMIT', 'CLOSE', 'ARCHIVE', 'RETURN_TO_ASSESSMENT', 'RETURN_TO_PANEL_SELECTION', 'ABORT',
      'DELETE']);
    expect(LIFECYCLE_MOVES.filter(move => move.reason && !move.confirm)).toEqual([]);
  });

  it('an action that moves nothing is not sent', () => {
    expect(() => moveOf(apiClient(() => 'token'), panel, 'COMMENT')).toThrow('COMMENT is not a lifecycle move');
  });
});
