import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen';

/**
 * The typed client of the OpenCPMS REST API: its paths, parameters and answers are generated from the OpenAPI
 * document (web/openapi.json, a snapshot of the server's /openapi that adapters-rest's WebClientDocumentTest keeps
 * equal to the document) by openapi-typescript; openapi-fetch makes the calls. Every call carries the session's bearer token; a 401 answer to
 * a signed-in call (the token expired or was revoked) ends the session.
 */
export type Schemas = components['schemas'];
export type Api = ReturnType<typeof createClient<paths>>;

export function apiClient(token: () => string | undefined, onUnauthorised: () => void = () => undefined,
                          baseUrl: string = ''): Api {
  const client = createClient<paths>({ baseUrl });
  const bearer: Middleware = {
    onRequest({ request }) {
      const current = token();
      if (current) {
        request.headers.set('Authorization', `Bearer ${current}`);
      }
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401 && token()) {
        onUnauthorised();
      }
    },
  };
  client.use(bearer);
  return client;
}
