// A small static server for the release build (dist/), used by `make serve` and the e2e
// tests. It sends CORS headers (a page in a sandboxed iframe has an opaque origin and
// fetches the module and wasm with CORS), and serves test fixtures at /fixture/NAME: the
// built index.html with its <body> replaced by e2e/fixtures/NAME.html, so fixtures always
// load the current build's hashed assets. Query options for embedding tests:
// `?csp=strict` sends the strict Content-Security-Policy of the README, `?csp=nowasm` the same
// without 'wasm-unsafe-eval' (a site whose policy does not allow WebAssembly); `?asset=ORIGIN`
// loads the widget's one script from another origin. In a fixture, `<!--MG:FIRST:flow.lang-->`
// becomes that first view's HTML, as a docs generator pastes it (README).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** The policy a strict documentation site sends; README gives the same line to copy. */
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'";
/** The same policy on a site that does not allow WebAssembly. */
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

/** `gzip`: send the build's files gzip-compressed to a client that accepts it, as a
 *  documentation site's server does (`make bench`, so a throttled network carries what a
 *  reader's would); the tests get them as they are. */
export function createServer(dist, { gzip = false } = {}) {
  const root = path.resolve(dist);
  const packed = new Map(); // file -> gzip of it (the build's files do not change while served)
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    // `?lang=ko` serves a page as a localized documentation site would (<html lang="ko">);
    // `?lang=none` as a page that declares no language.
    const lang = url.searchParams.get('lang');
    const asset = url.searchParams.get('asset');
    const policy = { strict: STRICT_CSP, nowasm: NO_WASM_CSP }[url.searchParams.get('csp')];
    const csp = policy ? { 'Content-Security-Policy': policy } : {};
    const localize = (html) => {
      if (asset && /^http:\/\/127\.0\.0\.1:\d+$/.test(asset)) html = html.replace('src="embed/marketo-guides.js"', `src="${asset}/embed/marketo-guides.js"`);
      if (lang === 'none') return html.replace(/<html lang="[^"]*">/, '<html>');
      if (lang && /^[a-z]{2}(-[A-Z]{2})?$/.test(lang)) return html.replace(/<html lang="[^"]*">/, `<html lang="${lang}">`);
      return html;
    };
    const fixture = url.pathname.match(/^\/fixture\/([a-z0-9-]+)$/);
    if (fixture) {
      const file = path.join(here, 'fixtures', `${fixture[1]}.html`);
      if (!fs.existsSync(file)) { res.writeHead(404, headers); res.end('no such fixture'); return; }
      const body = fs.readFileSync(file, 'utf8').replace(/<!--MG:FIRST:([a-z-]+)\.([a-z]+)-->/g, (_, flow, lang) => {
        const manifest = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
        return fs.readFileSync(path.join(root, manifest.first[flow][lang]), 'utf8');
      });
      const page = localize(fs.readFileSync(path.join(root, 'index.html'), 'utf8'))
        .replace(/<body>[\s\S]*<\/body>/, () => `<body>${body}</body>`);
      res.writeHead(200, { ...headers, ...csp, 'Content-Type': TYPES['.html'] });
      // Fixtures live at /fixture/NAME: the page's relative links point at the build's root.
      res.end(page.replace('src="embed/', 'src="/embed/').replace(/href="(demo-[0-9a-f]+\.css)"/, 'href="/$1"'));
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403, headers); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, headers); res.end('not found'); return; }
      const html = path.extname(file) === '.html' ? csp : {};
      let out = path.extname(file) === '.html' ? Buffer.from(localize(body.toString('utf8'))) : body;
      const encoding = {};
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        if (!packed.has(file)) packed.set(file, zlib.gzipSync(out, { level: 9 }));
        out = packed.get(file);
        encoding['Content-Encoding'] = 'gzip';
      }
      res.writeHead(200, { ...headers, ...html, ...encoding, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(out);
    });
  });
}

// `node e2e/serve.mjs dist [port]`: serve the demo page on 127.0.0.1.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || process.env.PORT || 8080);
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`No ${dist}/index.html: run \`make build\` first.`);
    process.exit(1);
  }
  createServer(dist).listen(port, '127.0.0.1', () => {
    console.log(`\nMarketo setup guides demo: http://127.0.0.1:${port}/\n(Ctrl+C to stop)`);
  });
}
