// Calls to the application's REST API from the pages. Errors arrive as application/problem+json
// and are thrown as ApiProblem so the pages can show them next to the fields they concern.
import { t, has } from './i18n.js';

const root = document.documentElement.dataset.base || '';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.code || `http-${status}`);
    this.status = status;
    this.problem = problem;
  }
}

let csrfToken = null;

/** The CSRF token of the staff session (set after login or session check). */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** A JSON call under /api; writes carry the session's CSRF token when there is one. */
export async function api(method, path, body, headers = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) {
    h['Content-Type'] = 'application/json';
  }
  if (csrfToken && method !== 'GET') {
    h['X-CSRF-Token'] = csrfToken;
  }
  const res = await fetch(`${root}api${path}`, {
    method, headers: h, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    throw new ApiProblem(res.status, data || {});
  }
  return data;
}

/** The text to show for a problem: by its code in the dictionary, else by HTTP status. */
export function problemText(err) {
  if (err instanceof ApiProblem) {
    const key = `error.${err.problem.code}`;
    return has(key) ? t(key) : t('error.generic', { status: err.status });
  }
  return t('error.network');
}

/** Money in øre as Danish kroner. */
export function kroner(ore, lang) {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { style: 'currency', currency: 'DKK' })
    .format(ore / 100);
}
