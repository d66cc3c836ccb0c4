// The standalone emulator, read as the live service would be (platform dialect), with the team token.

export class Emulator {
  constructor(apiUrl, token) {
    this.apiUrl = apiUrl.replace(/\/$/, '');
    this.base = this.apiUrl.replace(/\/v1$/, '');
    this.token = token;
  }

  async get(path) {
    const res = await fetch(this.apiUrl + path, { headers: { Authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(30_000) });
    if (res.status === 404) {
      return null;
    }
    if (!res.ok) {
      throw new Error(`emulator GET ${path}: HTTP ${res.status}`);
    }
    return res.json();
  }

  async projectIdBySlug(teamId, slug) {
    const page = await this.get(`/teams/${teamId}/projects`);
    const project = page.items.find((p) => p.slug === slug);
    if (!project) {
      throw new Error(`emulator: team ${teamId} has no project ${slug}`);
    }
    return project.id;
  }

  async projectCount(teamId) {
    return (await this.get(`/teams/${teamId}/projects`)).items.length;
  }

  /** The project's deployment with this reference (e.g. preview/feature/login), or null. */
  async deploymentByReference(projectId, reference) {
    return this.get(`/projects/${projectId}/deployment?reference=${encodeURIComponent(reference)}`);
  }

  async deployment(name) {
    return this.get(`/deployments/${encodeURIComponent(name)}`);
  }

  /** Fault injection outside /v1 (docs/emulator.md). */
  async addFault(fault) {
    const res = await fetch(this.base + '/_emulator/faults', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
    if (!res.ok) {
      throw new Error(`emulator POST /_emulator/faults: HTTP ${res.status}`);
    }
  }

  async clearFaults() {
    await fetch(this.base + '/_emulator/faults', { method: 'DELETE' });
  }
}
