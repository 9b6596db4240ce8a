/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * `npm run serve`: serves the production build (dist/web) on http://localhost:3000 without
 * certificates — the browser page for offices whose spreadsheet has no add-ins, and the server
 * the browser tests use. Listens on localhost only.
 */
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', 'dist', 'web');
const PORT = Number(process.env.PORT || 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

const server = http.createServer((req, res) => {
  const url = new URL(req.url || '/', `http://localhost:${PORT}`);
  const rel = decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname);
  const file = path.normalize(path.join(ROOT, rel));
  if (!file.startsWith(ROOT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  fs.createReadStream(file).pipe(res);
});

if (!fs.existsSync(path.join(ROOT, 'taskpane.html'))) {
  process.stderr.write('dist/web is empty: run npm run build:web first\n');
  process.exit(2);
}
server.listen(PORT, 'localhost', () => process.stdout.write(`Huibian page: http://localhost:${PORT}/taskpane.html\n`));
