// The two engines besides Chromium, behind one small interface, so that the smoke set in
// smoke.test.mjs is written once:
//   firefox  Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core;
//   webkit   WebKitGTK (Safari's engine), Debian's WebKitWebDriver driving its MiniBrowser
//            over classic W3C WebDriver (plain HTTP; it needs a display: run under xvfb-run).
// Each driver gives: goto(url), run(fn, ...args) (a function evaluated in the page, its
// result returned), until(fn, ...args) (polled until truthy), screenshot(file), close().
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const WAIT_MS = 30000;

async function poll(run, what, fn, args) {
  const until = Date.now() + WAIT_MS;
  let last;
  for (;;) {
    try {
      last = await run(fn, ...args);
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`${what}: timed out waiting for ${fn.toString().slice(0, 160)} (last: ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    // A profile of our own every time: nothing carries over between runs.
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  const version = await browser.version();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const run = (fn, ...args) => page.evaluate(fn, ...args);
  return {
    name: 'firefox',
    version,
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    run,
    until: (fn, ...args) => poll(run, 'firefox', fn, args),
    screenshot: (file) => page.screenshot({ path: file }),
    close: () => browser.close(),
  };
}

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

export async function webkit() {
  const port = await freePort();
  const driver = spawn(process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  };
  // The driver takes a moment to listen.
  const started = Date.now();
  for (;;) {
    try { await call('GET', '/status'); break; } catch (e) {
      if (Date.now() - started > WAIT_MS) { driver.kill(); throw e; }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const binary = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
  });
  const id = session.sessionId;
  const version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
  const run = (fn, ...args) => call('POST', `/session/${id}/execute/sync`, {
    script: `return (${fn.toString()}).apply(null, arguments);`, args,
  });
  return {
    name: 'webkit',
    version,
    errors: [],
    goto: (url) => call('POST', `/session/${id}/url`, { url }),
    run,
    until: (fn, ...args) => poll(run, 'webkit', fn, args),
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await call('GET', `/session/${id}/screenshot`), 'base64')),
    close: async () => {
      await call('DELETE', `/session/${id}`).catch(() => {});
      driver.kill();
    },
  };
}
