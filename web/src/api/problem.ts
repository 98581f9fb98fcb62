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
