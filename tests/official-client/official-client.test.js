// The official @convex-dev/platform client (0.1.10), which nobody here wrote, against the emulator
// in platform mode: every operation both support, through the client's own generated routes, and a
// deployment's environment variables through its createDeploymentClient at the deployment's URL.
// run.sh sets CONVEX_PROVISION_HOST (read by the client at import; it appends /v1) and the token, and
// starts the emulator with local deployment URLs (http://127.0.0.1:P/d/<name>).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createDeploymentClient, createManagementClient, provisionHost } from "@convex-dev/platform";

const host = process.env.CONVEX_PROVISION_HOST;
const token = process.env.CONVEX_EMULATOR_TOKEN;
const teamId = Number(process.env.CONVEX_EMULATOR_TEAM_ID ?? "1");
if (!host || !token) {
  throw new Error("set CONVEX_PROVISION_HOST and CONVEX_EMULATOR_TOKEN (run.sh does)");
}
const api = createManagementClient(token);
const inOneDay = () => Date.now() + 24 * 3600 * 1000;

/** The data of a successful call; otherwise fails with the status and the error body. */
function ok({ data, error, response }, status = 200) {
  assert.equal(response.status, status, `${response.url}: ${response.status} ${JSON.stringify(error)}`);
  return data;
}

const path = (p) => ({ params: { path: p } });
let projectId;
let projectSlug;
let previewName;

test("the client talks to the emulator, not the live service", () => {
  assert.equal(provisionHost, host);
  assert.match(host, /^http:\/\/127\.0\.0\.1:\d+$/);
});

test("token_details names the team", async () => {
  const details = ok(await api.GET("/token_details"));
  assert.equal(details.type, "teamToken");
  assert.equal(details.teamId, teamId);
  assert.equal(typeof details.createTime, "number");
});

test("create_project answers with id, projectId and slug", async () => {
  const created = ok(await api.POST("/teams/{team_id}/create_project", {
    ...path({ team_id: teamId }),
    body: { projectName: "Official Client", deploymentType: "prod", deploymentRegion: "aws-us-east-1" },
  }));
  assert.equal(created.id, created.projectId);
  assert.equal(created.slug, "official-client");
  assert.match(created.deploymentName, /^[a-z]+-[a-z]+-\d+$/);
  assert.equal(created.deploymentUrl, `${host}/d/${created.deploymentName}`);
  projectId = created.id;
  projectSlug = created.slug;
});

test("projects are listed page by page with the cursor", async () => {
  for (const name of ["Paged A", "Paged B"]) {
    ok(await api.POST("/teams/{team_id}/create_project", { ...path({ team_id: teamId }), body: { projectName: name } }));
  }
  const seen = [];
  let cursor;
  for (let pages = 0; pages < 20; pages++) {
    const page = ok(await api.GET("/teams/{team_id}/projects", {
      params: { path: { team_id: teamId }, query: { limit: 1, ...(cursor ? { cursor } : {}) } },
    }));
    assert.ok(page.items.length <= 1);
    seen.push(...page.items.map((p) => p.slug));
    if (!page.pagination.hasMore) break;
    cursor = page.pagination.nextCursor;
  }
  for (const slug of ["official-client", "paged-a", "paged-b"]) assert.ok(seen.includes(slug), `${slug} in ${seen}`);
});

test("a project is read by id and by team and slug", async () => {
  const byId = ok(await api.GET("/projects/{project_id}", path({ project_id: projectId })));
  const bySlug = ok(await api.GET("/teams/{team_id_or_slug}/projects/{project_slug}",
    path({ team_id_or_slug: String(teamId), project_slug: projectSlug })));
  assert.deepEqual(byId, bySlug);
  assert.equal(byId.name, "Official Client");
  assert.equal(byId.teamId, teamId);
  assert.equal(typeof byId.createTime, "number");
  assert.ok(byId.prodDeploymentName);
});

test("create_deployment makes a preview with a reference and an expiry", async () => {
  const expiresAt = inOneDay();
  const d = ok(await api.POST("/projects/{project_id}/create_deployment", {
    ...path({ project_id: projectId }),
    body: { type: "preview", region: "aws-eu-west-1", class: "d2048", reference: "preview/official-client", expiresAt },
  }));
  assert.equal(d.kind, "cloud");
  assert.equal(d.deploymentType, "preview");
  assert.equal(d.class, "d2048");
  assert.equal(d.reference, "preview/official-client");
  assert.equal(d.expiresAt, expiresAt);
  assert.equal(d.region, "aws-eu-west-1");
  assert.equal(d.deploymentUrl, `${host}/d/${d.name}`);
  assert.equal(d.isDefault, false);
  previewName = d.name;
});

test("a bad reference is refused with 400", async () => {
  const { response } = await api.POST("/projects/{project_id}/create_deployment", {
    ...path({ project_id: projectId }), body: { type: "preview", reference: "happy-otter-123" },
  });
  assert.equal(response.status, 400);
});

test("deployments are listed, read, found by reference and the default prod", async () => {
  const list = ok(await api.GET("/projects/{project_id}/list_deployments", path({ project_id: projectId })));
  assert.ok(list.some((d) => d.name === previewName));
  const previews = ok(await api.GET("/projects/{project_id}/list_deployments", {
    params: { path: { project_id: projectId }, query: { deploymentType: "preview" } },
  }));
  assert.deepEqual(previews.map((d) => d.name), [previewName]);
  const one = ok(await api.GET("/deployments/{deployment_name}", path({ deployment_name: previewName })));
  assert.equal(one.projectId, projectId);
  const byRef = ok(await api.GET("/projects/{project_id}/deployment", {
    params: { path: { project_id: projectId }, query: { reference: "preview/official-client" } },
  }));
  assert.equal(byRef.name, previewName);
  const prod = ok(await api.GET("/teams/{team_id_or_slug}/projects/{project_slug}/deployment", {
    params: { path: { team_id_or_slug: String(teamId), project_slug: projectSlug }, query: { defaultProd: true } },
  }));
  assert.equal(prod.deploymentType, "prod");
  assert.equal(prod.isDefault, true);
});

test("the team's previews are listed across projects, paginated", async () => {
  const page = ok(await api.GET("/teams/{team_id}/list_deployments", {
    params: { path: { team_id: teamId }, query: { deploymentType: "preview", projectId } },
  }));
  assert.deepEqual(page.items.map((d) => d.name), [previewName]);
  assert.equal(page.pagination.hasMore, false);
});

test("PATCH extends a deployment's expiry", async () => {
  const later = Date.now() + 5 * 24 * 3600 * 1000;
  ok(await api.PATCH("/deployments/{deployment_name}", { ...path({ deployment_name: previewName }), body: { expiresAt: later } }));
  const d = ok(await api.GET("/deployments/{deployment_name}", path({ deployment_name: previewName })));
  assert.equal(d.expiresAt, later);
});

test("regions and classes are listed", async () => {
  const regions = ok(await api.GET("/teams/{team_id}/list_deployment_regions", path({ team_id: teamId })));
  const classes = ok(await api.GET("/teams/{team_id}/list_deployment_classes", path({ team_id: teamId })));
  assert.deepEqual(regions.items.map((r) => r.name).sort(), ["aws-eu-west-1", "aws-us-east-1"]);
  assert.ok(classes.items.some((c) => c.type === "d2048" && c.available === true));
});

test("deploy keys are created, listed and deleted by name", async () => {
  const { deployKey } = ok(await api.POST("/deployments/{deployment_name}/create_deploy_key", {
    ...path({ deployment_name: previewName }), body: { name: "build-1", expiresAt: inOneDay() },
  }));
  assert.ok(deployKey.startsWith(`preview:${previewName}|`));
  const keys = ok(await api.GET("/deployments/{deployment_name}/list_deploy_keys", path({ deployment_name: previewName })));
  assert.deepEqual(keys.map((k) => k.name), ["build-1"]);
  assert.equal(typeof keys[0].creationTime, "number");
  ok(await api.POST("/deployments/{deployment_name}/delete_deploy_key", { ...path({ deployment_name: previewName }), body: { id: "build-1" } }));
  const after = ok(await api.GET("/deployments/{deployment_name}/list_deploy_keys", path({ deployment_name: previewName })));
  assert.deepEqual(after, []);
});

test("preview deploy keys are created, listed and deleted", async () => {
  const { previewDeployKey } = ok(await api.POST("/projects/{project_id}/create_preview_deploy_key", {
    ...path({ project_id: projectId }), body: { name: "ci" },
  }));
  assert.ok(previewDeployKey.startsWith("preview:"));
  const listed = ok(await api.GET("/projects/{project_id}/list_preview_deploy_keys", path({ project_id: projectId })));
  assert.deepEqual(listed.items.map((k) => k.name), ["ci"]);
  ok(await api.POST("/projects/{project_id}/delete_preview_deploy_key", { ...path({ project_id: projectId }), body: { id: previewDeployKey } }));
  const after = ok(await api.GET("/projects/{project_id}/list_preview_deploy_keys", path({ project_id: projectId })));
  assert.deepEqual(after.items, []);
});

test("custom domains are created, listed and deleted", async () => {
  const deployment = path({ deployment_name: previewName });
  ok(await api.POST("/deployments/{deployment_name}/create_custom_domain", {
    ...deployment, body: { domain: "api.example.com", requestDestination: "convexSite" },
  }));
  const listed = ok(await api.GET("/deployments/{deployment_name}/custom_domains", deployment));
  assert.deepEqual(listed.domains.map((d) => [d.domain, d.requestDestination, d.deploymentName]),
    [["api.example.com", "convexSite", previewName]]);
  ok(await api.POST("/deployments/{deployment_name}/delete_custom_domain", {
    ...deployment, body: { domain: "api.example.com", requestDestination: "convexSite" },
  }));
  assert.deepEqual(ok(await api.GET("/deployments/{deployment_name}/custom_domains", deployment)).domains, []);
});

test("team members are listed", async () => {
  const members = ok(await api.GET("/teams/{team_id}/list_members", path({ team_id: teamId })));
  assert.ok(members.items.length >= 1);
  assert.ok(members.items.every((m) => typeof m.id === "number" && m.email && ["admin", "developer"].includes(m.role)));
});

test("an access token is created and works with the official client", async () => {
  const created = ok(await api.POST("/teams/{team_id}/create_access_token", {
    ...path({ team_id: teamId }), body: { name: "official-client", expiresAt: inOneDay() },
  }));
  assert.equal(created.tokenType, "teamToken");
  const other = createManagementClient(created.accessToken);
  const details = ok(await other.GET("/token_details"));
  assert.equal(details.name, "official-client");
});

test("a wrong token is 401", async () => {
  const { response } = await createManagementClient("not-a-token").GET("/token_details");
  assert.equal(response.status, 401);
});

test("project default variables are set, listed by type and removed", async () => {
  const project = path({ project_id: projectId });
  ok(await api.POST("/projects/{project_id}/update_default_environment_variables", {
    ...project,
    body: { changes: [
      { deploymentType: "preview", name: "STRIPE_KEY", value: "sk_test_defaults" },
      { deploymentType: "dev", name: "STRIPE_KEY", value: "sk_test_defaults" },
      { deploymentType: "preview", name: "DROP_ME", value: "x" },
    ] },
  }));
  const all = ok(await api.GET("/projects/{project_id}/list_default_environment_variables", project));
  const stripe = all.items.find((v) => v.name === "STRIPE_KEY");
  assert.deepEqual(stripe.deploymentTypes.sort(), ["dev", "preview"]);
  assert.equal(stripe.value, "sk_test_defaults");
  assert.equal(all.pagination.hasMore, false);
  ok(await api.POST("/projects/{project_id}/update_default_environment_variables", {
    ...project, body: { changes: [{ deploymentType: "preview", name: "DROP_ME", value: null }] },
  }));
  const previews = ok(await api.GET("/projects/{project_id}/list_default_environment_variables", {
    params: { path: { project_id: projectId }, query: { deploymentType: "preview" } },
  }));
  assert.deepEqual(previews.items.map((v) => [v.name, v.deploymentTypes]), [["STRIPE_KEY", ["preview"]]]);
});

test("a new preview starts with the defaults; its variables change through createDeploymentClient", async () => {
  const d = ok(await api.POST("/projects/{project_id}/create_deployment", {
    ...path({ project_id: projectId }), body: { type: "preview", reference: "preview/official-env" },
  }));
  const { deployKey } = ok(await api.POST("/deployments/{deployment_name}/create_deploy_key", {
    ...path({ deployment_name: d.name }), body: { name: "env" },
  }));
  const deployment = createDeploymentClient(d.deploymentUrl, deployKey);
  const initial = ok(await deployment.GET("/list_environment_variables"));
  assert.deepEqual(initial.environmentVariables, { STRIPE_KEY: "sk_test_defaults" });
  ok(await deployment.POST("/update_environment_variables", {
    body: { changes: [{ name: "FEATURE_X", value: "on" }, { name: "STRIPE_KEY", value: null }] },
  }));
  const after = ok(await deployment.GET("/list_environment_variables"));
  assert.deepEqual(after.environmentVariables, { FEATURE_X: "on" });
});

test("the Deployment API refuses a wrong key and a key of another deployment with 401", async () => {
  const list = ok(await api.GET("/projects/{project_id}/list_deployments", {
    params: { path: { project_id: projectId }, query: { deploymentType: "preview" } },
  }));
  const target = list.find((d) => d.reference === "preview/official-env");
  const { deployKey: otherKey } = ok(await api.POST("/deployments/{deployment_name}/create_deploy_key", {
    ...path({ deployment_name: previewName }), body: { name: "other" },
  }));
  for (const key of [`preview:${target.name}|wrong`, otherKey]) {
    const { response } = await createDeploymentClient(target.deploymentUrl, key).GET("/list_environment_variables");
    assert.equal(response.status, 401);
  }
});

test("access tokens need an expiry 30 minutes ahead, are listed without values and deleted by name", async () => {
  const team = path({ team_id: teamId });
  const soon = await api.POST("/teams/{team_id}/create_access_token", { ...team, body: { name: "too-soon", expiresAt: Date.now() + 60 * 1000 } });
  assert.equal(soon.response.status, 400);
  const expiresAt = inOneDay();
  const created = ok(await api.POST("/teams/{team_id}/create_access_token", { ...team, body: { name: "build-99", expiresAt } }));
  const listed = ok(await api.GET("/teams/{team_id}/list_access_tokens", { params: { path: { team_id: teamId }, query: { limit: 100 } } }));
  const mine = listed.items.find((t) => t.name === "build-99");
  assert.equal(mine.expiresAt, expiresAt);
  assert.equal(typeof mine.id, "number");
  assert.equal(typeof mine.creationTime, "number");
  assert.ok(!JSON.stringify(listed).includes(created.accessToken), "a token value was listed");
  ok(await api.POST("/teams/{team_id}/delete_access_token", { ...team, body: { id: "build-99" } }));
  const { response } = await createManagementClient(created.accessToken).GET("/token_details");
  assert.equal(response.status, 401);
});

test("a deployment and a project are deleted", async () => {
  ok(await api.POST("/deployments/{deployment_name}/delete", path({ deployment_name: previewName })));
  const { response } = await api.GET("/deployments/{deployment_name}", path({ deployment_name: previewName }));
  assert.equal(response.status, 404);
  ok(await api.POST("/projects/{project_id}/delete", path({ project_id: projectId })));
  const gone = await api.GET("/projects/{project_id}", path({ project_id: projectId }));
  assert.equal(gone.response.status, 404);
});
