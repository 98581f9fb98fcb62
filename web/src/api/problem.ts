/**
 * What to tell the user when the API refuses a call: the problem+json {@code detail} (RFC 9457) when the server sent
 * one, else the HTTP status and reason.
 */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  code?: string;
  errors?: { field?: string; code?: string; message?: string }[];
}

export function problemDetail(error: unknown, response: Response): string {
  const problem = (error ?? {}) as Problem;
  return problem.detail ?? problem.title ?? `${response.status} ${response.statusText}`.trim();
}

/**
 * The problem's field errors by field (its request path, e.g. {@code identity.givenName} or {@code consents[0].givenOn}),
 * the first message of each; a problem whose code belongs to one field (e.g. a duplicate hospital identifier) is put on
 * that field through {@code fieldOfCode}. {@code wording} words a field error by its code in the user's language
 * (e.g. {@code not-null}: "Required"), else the server's message is shown.
 */
export function fieldErrors(error: unknown, fieldOfCode: Record<string, string> = {},
                            wording: Record<string, string> = {}): Record<string, string> {
  const problem = (error ?? {}) as Problem;
  const byField: Record<string, string> = {};
  for (const each of problem.errors ?? []) {
    const field = fieldOfCode[each.code ?? ''] ?? each.field;
    if (field && !(field in byField)) {
      byField[field] = wording[each.code ?? ''] ?? each.message ?? each.code ?? '';
    }
  }
  const field = fieldOfCode[problem.code ?? ''];
  if (field && !(field in byField)) {
    byField[field] = problem.detail ?? problem.title ?? '';
  }
  return byField;
}
