// The DICOM viewer in a real browser (Debian's Chromium, driven by playwright-core), run by StudyViewerIT against the
// deployed EAR. Input: SCENARIO (see StudyViewerIT). A panel member opens the panel's study, checks that an image is
// rendered, scrolls, zooms, rotates, flips, windows and measures; then loads the study's address three times and times
// the first image; an outsider opens the same address and gets no study. Prints {screens, checks} on stdout like
// web-application.mjs; exits 1 only when a screen does not appear at all.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const scenario = JSON.parse(process.env.SCENARIO);
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const report = { screens: [], checks: [] };
mkdirSync(scenario.screenshots, { recursive: true });
const browser = await chromium.launch({ executablePath: scenario.chromium, timeout: 60_000,
  args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });

function check(name, passed, detail = '') {
  report.checks.push({ name, passed: Boolean(passed), detail: String(detail) });
}

/** Checks the screen titled {@code heading} (axe-core, planted values in its HTML) and keeps its screenshot. */
async function keep(page, user, name, heading) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 });
  await page.evaluate(axe);
  const found = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const html = await page.content();
  report.screens.push({ user, name, heading,
    violations: found.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map(node => node.target.join(' ')) })),
    planted: scenario.secrets.filter(secret => html.includes(secret)) });
  await page.screenshot({ path: `${scenario.screenshots}/${user}-${name}.png`, fullPage: true });
}

async function signedIn(user) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
  // the canvas probe, put into every page by the browser (the application's CSP forbids evaluating strings)
  await context.addInitScript(`window.viewerCanvas = ${canvas};`);
  const page = await context.newPage();
  await page.goto(scenario.base + '/');
  await page.getByLabel('Training account').selectOption(user);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My panels' }).waitFor({ timeout: 30_000 });
  return page;
}

/**
 * In the page: what the viewer's canvas shows — a hash of its pixels, and whether it is not blank (a tenth of the
 * sampled pixels lit, more than 16 grey levels) — with performance.now() (ms since the navigation started).
 */
function canvas() {
  // the server's rendering drawn first (the preview), else the viewer's own canvas
  const shown = document.querySelector('.viewer-preview') ?? document.querySelector('.viewer-stack canvas');
  if (!shown || shown.width === 0) return { blank: true, hash: 0, at: performance.now() };
  const copy = document.createElement('canvas');
  copy.width = shown.width;
  copy.height = shown.height;
  const context = copy.getContext('2d');
  context.drawImage(shown, 0, 0);
  const data = context.getImageData(0, 0, copy.width, copy.height).data;
  let lit = 0;
  let samples = 0;
  let hash = 0;
  const levels = new Set();
  for (let i = 0; i < data.length; i += 4) {
    hash = (hash * 31 + data[i] + 7 * data[i + 1]) | 0;
    if (i % 28 === 0) {
      samples++;
      if (data[i] > 8) lit++;
      levels.add(data[i]);
    }
  }
  return { blank: lit < samples / 10 || levels.size <= 16, hash, at: performance.now() };
}

const shows = page => page.evaluate(() => window.viewerCanvas());
/** Waits until the canvas differs from {@code before} (the viewer renders on the next animation frame). */
async function changed(page, before) {
  try {
    await page.waitForFunction(hash => window.viewerCanvas().hash !== hash, before.hash, { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

try {
  const { panel, study, member, outsider, slices } = scenario;
  const page = await signedIn(member);
  await page.goto(`${scenario.base}/panels/${panel.id}`);
  await page.getByRole('heading', { level: 2, name: 'Imaging studies' }).waitFor({ timeout: 30_000 });
  const link = page.getByRole('link', { name: /CT study: 2 series, 503 images/ });
  await link.waitFor({ timeout: 30_000 });
  await keep(page, member, '01-panel-with-study', `Panel ${panel.nickname}`);
  await link.click();
  check('the study opens at its own address', page.url().endsWith(`/panels/${panel.id}/studies/${study}`), page.url());

  const viewer = page.locator('.viewer-stack');
  await page.locator('.viewer-stack[data-ready=true]').waitFor({ timeout: 60_000 });
  await page.locator('.viewer-preview').waitFor({ state: 'detached', timeout: 30_000 });
  await page.waitForFunction(() => !window.viewerCanvas().blank, undefined, { timeout: 30_000 });
  check('the series are listed with their number of images',
    await page.getByRole('button', { name: /^Series 1 · CT · 500 images/ }).count() === 1
      && await page.getByRole('button', { name: /^Series 2 · CT · 3 images/ }).count() === 1);
  check('the first series is open, with all its instances', await viewer.getAttribute('data-count') === String(slices),
    await viewer.getAttribute('data-count'));
  check('the middle image is shown first', await page.getByText(`Image ${slices / 2} of ${slices}`).count() === 1);
  await keep(page, member, '02-viewer', 'Imaging study');

  // scrolling: the mouse wheel, the arrow keys and the buttons each show another image
  let before = await shows(page);
  await viewer.hover();
  await page.mouse.wheel(0, 120);
  await page.getByText(`Image ${slices / 2 + 1} of ${slices}`).waitFor({ timeout: 10_000 });
  check('the mouse wheel shows the next image, and the canvas changes', await changed(page, before));
  before = await shows(page);
  await viewer.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByText(`Image ${slices / 2 + 2} of ${slices}`).waitFor({ timeout: 10_000 });
  check('the arrow key shows the next image', await changed(page, before));
  await page.getByRole('button', { name: 'Previous image' }).click();
  await page.getByText(`Image ${slices / 2 + 1} of ${slices}`).waitFor({ timeout: 10_000 });
  check('the button shows the previous image', true);
  check('the scrolled image is not blank', !(await shows(page)).blank);
  await keep(page, member, '03-viewer-scrolled', 'Imaging study');

  for (const [button, what] of [['Zoom in', 'zooms'], ['Rotate 90°', 'rotates'], ['Flip horizontally', 'flips'],
    ['Flip vertically', 'flips vertically'], ['Reset view', 'resets']]) {
    before = await shows(page);
    await page.getByRole('button', { name: button }).click();
    check(`${button} ${what} the image`, await changed(page, before));
  }
  before = await shows(page);
  await page.getByLabel('Window').selectOption({ label: 'Bone (1800/400)' });
  check('a window preset changes the image', await changed(page, before));
  before = await shows(page);
  const box = await viewer.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 8 });
  await page.mouse.up();
  check('dragging with window/level (the left button by default) changes the image', await changed(page, before));

  await page.getByRole('button', { name: 'Measure length' }).click();
  check('the chosen tool is shown pressed',
    await page.getByRole('button', { name: 'Measure length' }).getAttribute('aria-pressed') === 'true');
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3, { steps: 10 });
  await page.mouse.up();
  const length = page.locator('.viewer-stack svg text', { hasText: /mm/ });
  await length.first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  const measured = await length.count() > 0 ? await length.first().textContent() : '';
  check('a length is measured in millimetres', /\d+(\.\d+)? mm/.test(measured), measured);
  await keep(page, member, '04-viewer-measured', 'Imaging study');

  // the first image, three times from the study's address: the viewer's mark and the first non-blank pixels seen, and
  // when the viewer shows the image from its own frame (full dynamic range) and the whole series may be scrolled
  const markMs = [];
  const pixelsMs = [];
  const fullMs = [];
  const readyMs = [];
  for (let load = 0; load < 3; load++) {
    await page.goto(`${scenario.base}/panels/${panel.id}/studies/${study}`);
    const seen = await page.waitForFunction(() => {
      const shown = window.viewerCanvas();
      return !shown.blank && shown.at;
    }, undefined, { timeout: 60_000, polling: 'raf' });
    pixelsMs.push(Math.round(await seen.jsonValue()));
    markMs.push(Math.round(await page.evaluate(() =>
      performance.getEntriesByName('opencpms:viewer:first-image')[0]?.startTime ?? -1)));
    await page.locator('.viewer-stack[data-ready=true]').waitFor({ timeout: 60_000 });
    readyMs.push(Math.round(await page.evaluate(() => performance.now())));
    fullMs.push(Math.round(await page.evaluate(() =>
      performance.getEntriesByName('opencpms:viewer:full-image')[0]?.startTime ?? -1)));
  }
  check('first image timing', true, JSON.stringify({ markMs, pixelsMs, fullMs, readyMs, load: scenario.load, slices }));

  // someone outside the panel: the same address shows no study and no image
  const other = await signedIn(outsider);
  await other.goto(`${scenario.base}/panels/${panel.id}/studies/${study}`);
  await other.getByRole('alert').filter({ hasText: 'There is no such study, or it is not shared with you.' })
    .waitFor({ timeout: 30_000 });
  check('an outsider gets no study and no image', await other.locator('.viewer-stack').count() === 0
    && await other.getByRole('button', { name: /^Series/ }).count() === 0);
  await keep(other, outsider, '01-no-study', 'Imaging study');
} catch (failure) {
  console.error(failure);
  process.exitCode = 1;
} finally {
  await browser.close();
  console.log(JSON.stringify(report));
}
