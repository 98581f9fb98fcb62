import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiClient } from './client';

/** The server's side of the calls: records each request and answers with the given status and JSON. */
function server(status: number, body: unknown) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return requests;
}

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('sends the session token as a bearer token on the typed path', async () => {
    const requests = server(200, { items: [{ nickname: 'calm-heron' }] });

    const { data } = await apiClient(() => 'eyJ.token', undefined, 'http://opencpms.test')
      .GET('/api/panels', { params: { query: { limit: '10' } } });

    expect(data?.items?.[0]?.nickname).toBe('calm-heron');
    expect(requests[0].url).toBe('http://opencpms.test/api/panels?limit=10');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer eyJ.token');
  });

  it('a 401 answer to a signed-in call ends the session, and its problem detail is kept for the screen', async () => {
    server(401, { status: 401, detail: 'The token has expired.' });
    const ended = vi.fn();

    const { error } = await apiClient(() => 'eyJ.old', ended, 'http://opencpms.test').GET('/api/me');

    expect(ended).toHaveBeenCalledOnce();
    expect(error).toMatchObject({ detail: 'The token has expired.' });
  });

  it('a call before sign-in carries no token and a 401 then ends nothing', async () => {
    const requests = server(401, {});
    const ended = vi.fn();

    await apiClient(() => undefined, ended, 'http://opencpms.test').GET('/api/training/accounts');

    expect(requests[0].headers.has('Authorization')).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });
});
