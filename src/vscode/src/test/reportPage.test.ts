// The report preview's page in a real browser: the exact page the webview gets (each example's report as negc
// writes it, wrapped by webviewPage) in Debian's headless Chromium renders its timeline and tables and breaks no
// rule of its Content-Security-Policy; pages that do break one are caught. Without /usr/bin/chromium these tests
// fail when CI=true, so CI cannot skip them silently, and elsewhere they are skipped and say why.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test, TestContext } from 'node:test';
import { errorsPage, escapeHtml, messagePage, newNonce, policy, webviewPage } from '../reportPage';
import { repositoryRoot } from './grammar';

const chromium = '/usr/bin/chromium';
// negc report's pages for the examples; ReportGoldenTests keeps them the same as what negc and the server write.
const reports = path.join(repositoryRoot, 'tests', 'golden', 'reports');
const examplePages = fs.readdirSync(reports).filter((name) => name.endsWith('.html')).sort();
const nonce = newNonce(randomBytes);

/** False (and the test skipped) when Chromium is missing outside CI; in CI a missing Chromium fails. */
function haveChromium(t: TestContext): boolean {
  if (fs.existsSync(chromium)) return true;
  const message = `${chromium} is missing: install Debian's chromium (apt-get install -y chromium) to check the report preview's page in a browser.`;
  if (process.env.CI?.toLowerCase() === 'true') assert.fail(`${message} CI must run these tests.`);
  t.skip(message);
  return false;
}

interface Rendered {
  readonly dom: string;
  /** What the page's console said: a refused style, script or request is one such line. */
  readonly console: string[];
}

/** Loads `html` as a file in headless Chromium with a new profile; returns its DOM and its console. */
function render(html: string, ...extra: string[]): Rendered {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negc-preview-'));
  try {
    const page = path.join(folder, 'page.html');
    fs.writeFileSync(page, html);
    const run = spawnSync(chromium, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(folder, 'profile')}`,
      // The console goes to the log; the time budget lets every style apply (and be refused) before the dump.
      '--enable-logging=stderr', '--v=0', '--virtual-time-budget=2000', ...extra, '--dump-dom', page,
    ], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    assert.equal(run.status, 0, `Chromium exited ${run.status}: ${run.stderr}`);
    return { dom: run.stdout, console: run.stderr.split('\n').filter((line) => line.includes(':CONSOLE')) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

test('the page allows no script, image, font, frame or request, and only styles with its nonce', () => {
  assert.equal(policy('N0nce'), "default-src 'none'; style-src 'nonce-N0nce'; base-uri 'none'; form-action 'none'");
  const page = webviewPage(fs.readFileSync(path.join(reports, 'geneva-2022.html'), 'utf8'), 'N0nce');
  assert.deepEqual(page.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/g), [`<meta http-equiv="Content-Security-Policy" content="${policy('N0nce')}">`]);
  assert.deepEqual(page.match(/<style[^>]*>/g), ['<style nonce="N0nce">']);
  assert.doesNotMatch(page, /unsafe-inline|<script|style="/);
  assert.throws(() => webviewPage('<!DOCTYPE html><p>no policy</p>', 'N0nce'), /not a page negc wrote/);
  assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
});

test('the pages the preview shows instead of a report escape what they show', () => {
  const errors = errorsPage({ name: '<b>x</b>', folderUri: 'file:///r', errors: 3 }, 'N0nce');
  assert.match(errors, /the records of &lt;b&gt;x&lt;\/b&gt; have 3 errors/);
  assert.match(messagePage('No report', 'a <script> & "quotes"', 'N0nce'), /<p>a &lt;script&gt; &amp; &quot;quotes&quot;<\/p>/);
  assert.equal(escapeHtml(`<a href='x'>&</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
});

for (const name of examplePages) {
  test(`${name} in the preview renders its tables and timeline and breaks no rule of its policy`, (t) => {
    if (!haveChromium(t)) return;
    const { dom, console } = render(webviewPage(fs.readFileSync(path.join(reports, name), 'utf8'), nonce));
    assert.deepEqual(console, []);
    assert.match(dom, /<main>/);
    assert.match(dom, /<table>/);
    if (name === 'geneva-2022.html') {
      assert.match(dom, /<svg[^>]*>/);
      assert.match(dom, /<code>written_response<\/code>/);
    }
  });
}

test('the pages shown instead of a report break no rule of their policy', (t) => {
  if (!haveChromium(t)) return;
  for (const page of [errorsPage({ name: 'minsk-2015', folderUri: 'file:///r', errors: 1 }, nonce), messagePage('No report', 'The language server is not running.', nonce)]) {
    assert.deepEqual(render(page).console, []);
  }
});

test('a style without the nonce, a style attribute and a script are each refused, and the check sees it', (t) => {
  if (!haveChromium(t)) return;
  const page = webviewPage(fs.readFileSync(path.join(reports, 'geneva-2022.html'), 'utf8'), nonce);
  const breaches = {
    'a style sheet without the nonce': page.replace(`<style nonce="${nonce}">`, '<style>'),
    'a style attribute': page.replace('<main>', '<main style="color: red">'),
    'an inline script': page.replace('<main>', '<main><script>document.title = "ran"</script>'),
    'an image from elsewhere': page.replace('<main>', '<main><img src="https://example.com/pixel.png" alt="">'),
  };
  for (const [breach, html] of Object.entries(breaches)) {
    const { console } = render(html);
    assert.ok(console.some((line) => line.includes('Content Security Policy')), `${breach}: no violation was logged`);
  }
});
