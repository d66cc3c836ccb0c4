// Debian's Chromium driven by playwright-core: no browser download, a fresh profile, no network but
// loopback (the preview's own URL is answered by a stub, so following its link needs no internet).
import { chromium } from 'playwright-core';
import { join } from 'node:path';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function openBrowser(userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  // A deployment's URL (https://<name>.convex.cloud) is not reachable from here: answer it locally.
  await context.route(/^https:\/\/[^/]+\.convex\.(cloud|site)\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Convex deployment (stub)</h1>' }));
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000); // two busy cores: the System page alone can take 20 s
  return { context, page };
}

export async function logIn(page, jenkinsUrl, user, password) {
  await page.goto(jenkinsUrl + 'login');
  await page.locator('input[name="j_username"]').fill(user);
  await page.locator('input[name="j_password"]').fill(password);
  await page.locator('button[name="Submit"], input[name="Submit"]').first().click();
  await page.waitForURL((u) => !u.pathname.includes('login'));
}

export async function screenshot(target, dir, name) {
  await target.screenshot({ path: join(dir, name) });
}

/** The innermost section of Manage Jenkins > System that holds `button` (ancestors match too, and come first). */
export function sectionWith(page, button) {
  return page.locator('.jenkins-section').filter({ has: button }).last();
}

/** A viewport screenshot with `locator` scrolled to the top, below Jenkins' sticky header. */
export async function screenshotAt(page, locator, dir, name) {
  await locator.evaluate((e) => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -110); });
  await page.waitForTimeout(300); // let the sticky header and footer settle after the scroll
  await page.screenshot({ path: join(dir, name) });
}

/** The whole page in one picture: a viewport as tall as the page, so the sticky header stays at the top. */
export async function screenshotWhole(page, path) {
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  try {
    await page.screenshot({ path });
  } finally {
    await page.setViewportSize(size);
  }
}
