// The end-to-end scenario against the Jenkins, the emulator and the repository run.sh started:
// a multibranch Pipeline from branch pushed to branch deleted, a freestyle job, the browser checks
// with screenshots, and a scan of JENKINS_HOME for every secret used.
import { readFileSync, existsSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Report, waitFor, check } from './lib/report.mjs';
import { Jenkins, jobPath } from './lib/jenkins.mjs';
import { Emulator } from './lib/emulator.mjs';
import { GitRepo } from './lib/git.mjs';
import { filesUnder, occurrences } from './lib/secrets.mjs';
import { jenkinsfile, multibranchConfig, freestyleConfig } from './lib/jobs.mjs';
import { openBrowser, logIn, screenshot, sectionWith, screenshotAt, screenshotWhole } from './lib/browser.mjs';

const env = process.env;
const work = env.E2E_WORK;
const shots = env.E2E_SCREENSHOTS;
const jenkinsUrl = env.E2E_JENKINS_URL;
const teamToken = readFileSync(join(work, 'secrets', 'E2E_CONVEX_TEAM_TOKEN'), 'utf8');
const adminPassword = readFileSync(join(work, 'secrets', 'E2E_ADMIN_PASSWORD'), 'utf8');
const keysDir = join(work, 'keys');

const report = new Report(env.E2E_RESULTS);
const jenkins = new Jenkins(jenkinsUrl, 'admin', adminPassword);
const emulator = new Emulator(env.E2E_CONVEX_API_URL, teamToken);
const repo = new GitRepo(work);

const MULTIBRANCH = 'shop';
const FREESTYLE = 'shop-main-freestyle';
const BRANCH = 'feature/login';
const OTHER_BRANCH = 'feature/checkout';
const keyFile = (branch) => join(keysDir, branch.replace(/\//g, '-') + '.key');
const branchJob = (branch) => jobPath(MULTIBRANCH, encodeURIComponent(branch));

const BUILD_TIMEOUT = 240_000;
// docs/jenkins/cleanup.md: a deleted branch's previews are deleted in the background at once, retried
// after a minute; 90 s covers the first attempt and one retry.
const CLEANUP_PROMISE_MS = 90_000;

let projectId;
const previews = {}; // branch -> {name, url}

/** "[convex] created preview <name> for <source>[ (<identity>)] at <url>", as PreviewCreation logs it. */
function previewLine(consoleText, source, identity = source) {
  const m = consoleText.match(/^\[convex\] created preview (\S+) for (\S+)(?: \((\S+)\))? at (https:\/\/[^\s,]+)/m);
  check(m, `console has no "[convex] created preview ... at https://..." line`);
  check(m[2] === source && (m[3] ?? m[2]) === identity, `the preview is for ${m[2]} (${m[3] ?? m[2]}), not ${source} (${identity})`);
  return { name: m[1], url: m[4] };
}

/** Console checks shared by the Pipeline and the freestyle build. */
function checkMaskedKey(consoleText, key) {
  check(key && key.includes('|'), `the body did not receive a deploy key (got ${key ? key.length + ' characters' : 'nothing'})`);
  check(!consoleText.includes(key), 'the deploy key appears in the console');
  check(/^CONVEX_DEPLOY_KEY=\*\*\*\*$/m.test(consoleText), 'console lacks "CONVEX_DEPLOY_KEY=****" from env');
  check(/^\*\*\*\*$/m.test(consoleText), 'console lacks the masked "****" line from printenv CONVEX_DEPLOY_KEY');
}

async function checkPreviewOnServer(identity, preview) {
  const d = await emulator.deploymentByReference(projectId, `preview/${identity}`);
  check(d, `the emulator has no deployment with reference preview/${identity}`);
  check(d.deploymentType === 'preview', `deployment ${d.name} is ${d.deploymentType}, not preview`);
  check(d.name === preview.name, `reference preview/${identity} is ${d.name}, the console said ${preview.name}`);
  check(d.deploymentUrl === preview.url, `deployment URL ${d.deploymentUrl} differs from the console's ${preview.url}`);
  return `${d.name}, reference ${d.reference}`;
}

async function checkBuildPageAction(buildPath, preview) {
  const html = await jenkins.text(buildPath);
  check(html.includes(`href="${preview.url}"`), `the build page has no link to ${preview.url}`);
  check(html.includes(preview.name), `the build page does not name ${preview.name}`);
  return `links to ${preview.url}`;
}

async function scan() {
  await jenkins.post(jobPath(MULTIBRANCH) + 'build?delay=0');
}

async function waitForBuild(buildPath) {
  return waitFor(`${buildPath} finished`, () => jenkins.finishedResult(buildPath), { timeoutMs: BUILD_TIMEOUT, intervalMs: 1000 });
}

async function pipelineChecks(branch) {
  const build = branchJob(branch) + '1/';
  const result = await report.step(`multibranch: branch ${branch} pushed, scanned, built`, async () => {
    const r = await waitForBuild(build);
    check(r === 'SUCCESS', `build result ${r}`);
    return r;
  });
  if (!result) {
    return false;
  }
  const consoleText = await jenkins.text(build + 'consoleText');
  await report.step(`multibranch ${branch}: console shows the [convex] line and the preview URL`, async () => {
    previews[branch] = previewLine(consoleText, branch);
    return `${previews[branch].name} at ${previews[branch].url}`;
  });
  await report.step(`multibranch ${branch}: CONVEX_DEPLOY_KEY only as ****`, async () => {
    checkMaskedKey(consoleText, existsSync(keyFile(branch)) ? readFileSync(keyFile(branch), 'utf8') : null);
  });
  if (previews[branch]) {
    await report.step(`multibranch ${branch}: emulator has preview/${branch}`, () => checkPreviewOnServer(branch, previews[branch]));
    await report.step(`multibranch ${branch}: build page action links to the preview`, () => checkBuildPageAction(build, previews[branch]));
  }
  return true;
}

async function setUp() {
  await report.step('setup: bare git repository, project id, jobs created', async () => {
    projectId = await emulator.projectIdBySlug(1, 'demo');
    repo.init();
    await jenkins.createItem(MULTIBRANCH, multibranchConfig(repo.bare));
    await jenkins.createItem(FREESTYLE, freestyleConfig(repo.bare, projectId, keyFile('freestyle'),
      join(work, 'freestyle.ready'), join(work, 'freestyle.go')));
    return `project ${projectId}, jobs ${MULTIBRANCH} (multibranch) and ${FREESTYLE} (freestyle)`;
  });
}

async function multibranch() {
  for (const branch of [BRANCH, OTHER_BRANCH]) {
    repo.pushBranch(branch, { Jenkinsfile: jenkinsfile(projectId, keyFile(branch)) });
  }
  await scan();
  await pipelineChecks(BRANCH);
  await pipelineChecks(OTHER_BRANCH);
}

async function freestyle() {
  const build = jobPath(FREESTYLE) + '1/';
  const ready = join(work, 'freestyle.ready');
  let preview;
  await report.step('freestyle: wrapper created the preview of main while the build runs', async () => {
    await jenkins.post(jobPath(FREESTYLE) + 'build?delay=0sec');
    await waitFor('the build step reached (freestyle.ready)', () => existsSync(ready) && readFileSync(ready, 'utf8'),
      { timeoutMs: BUILD_TIMEOUT, intervalMs: 500 });
    preview = { name: readFileSync(ready, 'utf8') };
    const d = await emulator.deploymentByReference(projectId, 'preview/main');
    check(d && d.name === preview.name, `the emulator has no preview/main named ${preview.name}`);
    preview.url = d.deploymentUrl;
    return `${d.name}, reference ${d.reference}`;
  });
  writeFileSync(join(work, 'freestyle.go'), '');
  const ok = await report.step('freestyle: build succeeded', async () => {
    const r = await waitForBuild(build);
    check(r === 'SUCCESS', `build result ${r}`);
  });
  if (!ok) {
    return;
  }
  const consoleText = await jenkins.text(build + 'consoleText');
  await report.step('freestyle: console shows the [convex] line and the preview URL', async () => {
    const p = previewLine(consoleText, 'origin/main', 'main');
    check(!preview || (p.name === preview.name && p.url === preview.url), `console names ${p.name} at ${p.url}`);
    return `${p.name} at ${p.url}`;
  });
  await report.step('freestyle: CONVEX_DEPLOY_KEY only as ****', async () => {
    checkMaskedKey(consoleText, existsSync(keyFile('freestyle')) ? readFileSync(keyFile('freestyle'), 'utf8') : null);
  });
  if (preview) {
    await report.step('freestyle: build page action links to the preview', () => checkBuildPageAction(build, preview));
    await report.step('freestyle: the delete builder deleted the preview', async () => {
      check(consoleText.includes(`[convex] deleted preview deployment ${preview.name}`), 'console lacks "[convex] deleted preview deployment <name>"');
      check(!(await emulator.deployment(preview.name)), `${preview.name} still exists on the emulator`);
    });
  }
}

async function browserChecks() {
  const { context, page } = await openBrowser(join(work, 'chromium-profile'));
  const onFailure = (name) => page.screenshot({ path: join(shots, 'failure-' + name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60) + '.png') });
  const step = (name, fn) => report.step('browser: ' + name, fn, onFailure);
  try {
    const loggedIn = await step('log in', async () => {
      await logIn(page, jenkinsUrl, 'admin', adminPassword);
    });
    if (!loggedIn) {
      return;
    }
    await step('global configuration: Test connection lists the emulator\'s projects', async () => {
      await page.goto(jenkinsUrl + 'manage/configure');
      const button = page.getByRole('button', { name: 'Test connection' });
      const section = sectionWith(page, button);
      await button.click();
      const count = await emulator.projectCount(1);
      const ok = section.getByText(`Connected (platform API dialect): team 1 has ${count} project(s)`);
      await ok.waitFor();
      await screenshotAt(page, section, shots, '1-global-configuration.png');
      return (await ok.textContent()).trim();
    });
    await step('Snippet Generator: withConvexPreview snippet', async () => {
      await page.goto(jenkinsUrl + branchJob(BRANCH) + 'pipeline-syntax/', { waitUntil: 'networkidle' });
      const option = page.locator('option', { hasText: /^withConvexPreview:/ });
      const label = (await option.textContent()).trim();
      await option.locator('xpath=..').selectOption({ label });
      await page.locator('input[name="_.projectId"]:visible').fill(String(projectId));
      await page.locator('input[name="_.deployKey"]:visible').check({ force: true });
      await page.getByRole('button', { name: 'Generate Pipeline Script' }).click();
      const expected = `withConvexPreview(deployKey: true, projectId: ${projectId})`;
      await waitFor(`"${expected}" in the generated script`, async () =>
        (await page.locator('#prototypeText').inputValue()).includes(expected), { timeoutMs: 15_000 });
      check(!(await page.getByText('Files to archive').isVisible()), 'the first step\'s form is still shown');
      await page.mouse.move(0, 0); // no help tooltip in the picture
      await screenshotWhole(page, join(shots, '2-snippet-generator.png'));
      return expected;
    });
    await step('build page: the preview action, and its link leads to the preview URL', async () => {
      const preview = previews[BRANCH];
      check(preview, `no preview of ${BRANCH} to look at`);
      await page.goto(jenkinsUrl + branchJob(BRANCH) + '1/');
      const link = page.locator(`a[href="${preview.url}"]`);
      await link.waitFor();
      await screenshot(page, shots, '3-build-page.png');
      await link.click();
      await page.waitForURL((u) => u.hostname.endsWith('.convex.cloud'));
      check(page.url() === new URL(preview.url).href, `the link led to ${page.url()}, not ${preview.url}`);
      return page.url();
    });
    await step('Convex previews page lists the previews', async () => {
      await page.goto(jenkinsUrl + 'manage/convex-previews');
      const table = page.locator('#convex-previews');
      for (const branch of [BRANCH, OTHER_BRANCH]) {
        check(previews[branch], `no preview of ${branch} to look for`);
        await table.locator('tr', { hasText: previews[branch].name }).waitFor();
      }
      await screenshot(page, shots, '4-previews-page.png');
    });
    await step('Convex previews page: Delete fails 3 times (injected 403), the monitor shows it', async () => {
      const name = previews[OTHER_BRANCH].name;
      await emulator.addFault({ method: 'POST', path_regex: `/deployments/${name}/delete$`, status: 403, times: -1 });
      for (let attempt = 1; attempt <= 3; attempt++) {
        await page.goto(jenkinsUrl + 'manage/convex-previews');
        await page.locator(`form[name="delete-${name}"]`).getByRole('button').click();
        const status = `deletion failed ${attempt} ${attempt === 1 ? 'time' : 'times'}`;
        await waitFor(`"${status}" on the previews page`, async () => {
          await page.goto(jenkinsUrl + 'manage/convex-previews');
          return (await page.locator('#convex-previews').textContent()).includes(status);
        }, { timeoutMs: 30_000, intervalMs: 1000 });
      }
      await page.goto(jenkinsUrl + 'manage/');
      const monitor = page.locator('.alert', { hasText: 'Convex preview deletions need attention' });
      await monitor.waitFor();
      check((await monitor.textContent()).includes(name), `the monitor does not name ${name}`);
      await screenshot(page, shots, '5-pending-deletions-monitor.png');
    });
    await step('Convex previews page: Retry deletion deletes the preview from the emulator', async () => {
      const name = previews[OTHER_BRANCH].name;
      await emulator.clearFaults();
      await page.goto(jenkinsUrl + 'manage/convex-previews');
      await page.locator(`form[name="delete-${name}"]`).getByRole('button', { name: 'Retry deletion' }).click();
      await waitFor(`${name} gone from the emulator`, async () => !(await emulator.deployment(name)), { timeoutMs: 30_000 });
      await page.goto(jenkinsUrl + 'manage/convex-previews');
      check(!(await page.content()).includes(`delete-${name}`), `the previews page still lists ${name}`);
      return `${name} deleted`;
    });
    await step('freestyle configuration page shows the wrapper and the delete builder; Save keeps them', async () => {
      await page.goto(jenkinsUrl + jobPath(FREESTYLE) + 'configure', { waitUntil: 'networkidle' });
      const shown = {
        projectId: await page.locator('input[name="_.projectId"]').inputValue(),
        branch: await page.locator('input[name="_.branch"]').inputValue(),
        deploymentName: await page.locator('input[name="_.deploymentName"]').inputValue(),
      };
      check(shown.projectId === String(projectId) && shown.branch === '${GIT_BRANCH}' && shown.deploymentName === '${CONVEX_PREVIEW_NAME}',
        `the form shows ${JSON.stringify(shown)}`);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL((u) => !u.pathname.endsWith('/configure'));
      const saved = await jenkins.text(jobPath(FREESTYLE) + 'config.xml');
      for (const part of [`<projectId>${projectId}</projectId>`, '<branch>${GIT_BRANCH}</branch>', '<deployKey>true</deployKey>',
        '<deploymentName>${CONVEX_PREVIEW_NAME}</deploymentName>']) {
        check(saved.includes(part), `config.xml after Save lacks ${part}`);
      }
    });
  } finally {
    await context.close();
  }
}

async function branchDeleted() {
  const preview = previews[BRANCH];
  if (!preview) {
    await report.step(`multibranch: branch ${BRANCH} deleted`, () => { throw new Error(`no preview of ${BRANCH} to watch`); });
    return;
  }
  repo.deleteBranch(BRANCH);
  const started = Date.now();
  await scan();
  await report.step(`multibranch: branch ${BRANCH} deleted, rescanned, its job is gone`, async () => {
    await waitFor(`${branchJob(BRANCH)} gone`, async () => (await jenkins.status(branchJob(BRANCH) + 'api/json')) === 404, { timeoutMs: 60_000 });
  });
  await report.step(`multibranch: preview ${preview.name} gone from the emulator within ${CLEANUP_PROMISE_MS / 1000} s`, async () => {
    await waitFor(`${preview.name} deleted`, async () => !(await emulator.deployment(preview.name)), { timeoutMs: CLEANUP_PROMISE_MS });
    check(!(await emulator.deploymentByReference(projectId, `preview/${BRANCH}`)), `preview/${BRANCH} still resolves`);
    return `after ${((Date.now() - started) / 1000).toFixed(1)} s`;
  });
}

async function secretScan() {
  await report.step('secrets: none in JENKINS_HOME, the controller log or its arguments', async () => {
    const secrets = { 'team token': teamToken, 'admin password': adminPassword };
    for (const f of readdirSync(keysDir)) {
      secrets[`deploy key ${f}`] = readFileSync(join(keysDir, f), 'utf8');
    }
    const keyCount = Object.keys(secrets).length - 2;
    check(keyCount === 3, `expected 3 captured deploy keys (two branches, freestyle), found ${keyCount}`);
    const home = env.E2E_JENKINS_HOME;
    // The search itself must find what is there: the secret files run.sh wrote hold two of them.
    check(occurrences(filesUnder(join(work, 'secrets')), secrets).length === 2, 'the scan does not find the secrets in their own files');
    const files = [...filesUnder(home), join(work, 'jenkins.log')];
    const hits = occurrences(files, secrets);
    const cmdline = readFileSync(`/proc/${env.E2E_JENKINS_PID}/cmdline`);
    for (const [what, value] of Object.entries(secrets)) {
      if (cmdline.includes(Buffer.from(value))) {
        hits.push(`${what} in the controller's arguments`);
      }
    }
    check(hits.length === 0, hits.join('; '));
    const credentials = readFileSync(join(home, 'credentials.xml'), 'utf8');
    check(/<id>convex-token<\/id>/.test(credentials) && /<secret>\{[A-Za-z0-9+/=]+\}<\/secret>/.test(credentials),
      'credentials.xml lacks convex-token in its encrypted form');
    return `${Object.keys(secrets).length} secrets, ${files.length} files, 0 occurrences (credentials.xml holds the token encrypted)`;
  });
}

// Every wait is bounded; this bounds the whole, so a hung request cannot keep CI waiting.
const SCENARIO_TIMEOUT_MS = 15 * 60_000;
setTimeout(() => {
  report.line(`FAIL scenario: not finished after ${SCENARIO_TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, SCENARIO_TIMEOUT_MS).unref();

await setUp();
if (projectId) {
  await multibranch();
  await freestyle();
  await browserChecks();
  await branchDeleted();
}
await secretScan();
process.exit(report.failures === 0 ? 0 : 1);
