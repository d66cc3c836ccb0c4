// Jenkins over HTTP as a script of a user would use it: basic authentication, a crumb (bound to the
// session cookie) for every POST, jobs addressed by their URL path.

const REQUEST_TIMEOUT_MS = 60_000;

export function jobPath(...names) {
  // A branch job's name is already URL-encoded ("feature%2Flogin"), so each name is encoded once more.
  return names.map((n) => 'job/' + encodeURIComponent(n) + '/').join('');
}

export class Jenkins {
  constructor(url, user, password) {
    this.url = url;
    this.authorization = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
    this.cookie = null;
    this.crumb = null;
  }

  async request(path, { method = 'GET', body, contentType } = {}) {
    const headers = { Authorization: this.authorization };
    if (method !== 'GET') {
      await this.ensureCrumb();
      headers[this.crumb.field] = this.crumb.value;
      headers.Cookie = this.cookie;
    }
    if (contentType) {
      headers['Content-Type'] = contentType;
    }
    return fetch(new URL(path, this.url), { method, body, headers, redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  }

  async ensureCrumb() {
    if (this.crumb) {
      return;
    }
    const res = await fetch(new URL('crumbIssuer/api/json', this.url),
      { headers: { Authorization: this.authorization }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!res.ok) {
      throw new Error(`GET crumbIssuer/api/json: HTTP ${res.status}`);
    }
    this.cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const json = await res.json();
    this.crumb = { field: json.crumbRequestField, value: json.crumb };
  }

  async status(path) {
    return (await this.request(path)).status;
  }

  async text(path) {
    const res = await this.request(path);
    if (!res.ok) {
      throw new Error(`GET ${path}: HTTP ${res.status}`);
    }
    return res.text();
  }

  async json(path) {
    return JSON.parse(await this.text(path));
  }

  async post(path, body, contentType) {
    const res = await this.request(path, { method: 'POST', body, contentType });
    if (res.status >= 400) {
      throw new Error(`POST ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
    return res;
  }

  /** New Item from a config.xml, as the REST API documents it (POST /createItem?name=...). */
  async createItem(name, configXml) {
    await this.post('createItem?name=' + encodeURIComponent(name), configXml, 'application/xml');
  }

  /** A build's result once it finished, or null while it is queued or running. */
  async finishedResult(buildPath) {
    const res = await this.request(buildPath + 'api/json?tree=building,result');
    if (res.status === 404) {
      return null;
    }
    const b = await res.json();
    return b.building ? null : b.result;
  }
}
