// Fetch wrapper for the host's REST API: same-origin cookies, antiforgery header on writes,
// ProblemDetails turned into ApiError with a stable .code, and a 401 sends the browser to sign in.

export class ApiError extends Error {
  constructor({ status = 0, code, title, detail, values } = {}) {
    super(detail || title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code || (status ? `http.${status}` : 'network.unreachable');
    this.title = title;
    this.detail = detail;
    // What the refusal speaks of (a line, a code), for wording it in the page's language.
    this.values = values && typeof values === 'object' ? values : {};
  }
}

let antiforgeryToken = null;

async function antiforgery() {
  // One token per page load; a failed fetch is not cached so the next write tries again.
  antiforgeryToken ??= request('GET', '/api/auth/antiforgery').then((body) => body.token)
    .catch((error) => { antiforgeryToken = null; throw error; });
  return antiforgeryToken;
}

/** Forget the token, e.g. after sign-in or sign-out: the server binds it to the signed-in identity. */
export function resetAntiforgery() {
  antiforgeryToken = null;
}

/** The path and query of this page, as a returnUrl for /signin. */
export function signinUrl(returnUrl = window.location.pathname + window.location.search) {
  return returnUrl && returnUrl !== '/' ? `/signin?returnUrl=${encodeURIComponent(returnUrl)}` : '/signin';
}

/** Only a path on this site: "/x" but not "//evil.example" or "/\evil.example"; anything else means "/". */
export function safeReturnUrl(value) {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

export function redirectToSignin() {
  window.location.assign(signinUrl());
}

/**
 * request('POST', '/api/auth/signin', { email, password }) → parsed JSON body (undefined for 204).
 * options.redirectOn401 (default true): send the browser to /signin when the server says 401.
 */
export async function request(method, path, body, { redirectOn401 = true, signal, retried = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = await antiforgery();

  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network.unreachable' });
  }

  if (response.status === 401 && redirectOn401) {
    redirectToSignin();
    // The page is going away; keep callers from rendering an error meanwhile.
    return new Promise(() => {});
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    // The token is bound to who was signed in when it was issued (another tab may have signed in or out
    // since): fetch a fresh one and try once more.
    if (problem.code === 'request.antiforgery_invalid' && !retried) {
      resetAntiforgery();
      return request(method, path, body, { redirectOn401, signal, retried: true });
    }
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

async function readProblem(response) {
  const problem = { status: response.status, title: response.statusText };
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      Object.assign(problem, await response.json(), { status: response.status });
    } catch {
      // A body that is not JSON leaves the status as the only information.
    }
  }
  return problem;
}

export const get = (path, options) => request('GET', path, undefined, options);
export const post = (path, body, options) => request('POST', path, body, options);
export const put = (path, body, options) => request('PUT', path, body, options);
export const del = (path, options) => request('DELETE', path, undefined, options);
