/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * The HTTPS certificate Office requires for a sideloaded add-in, as `npx office-addin-dev-certs
 * install` writes it (~/.office-addin-dev-certs). Missing certificates are not an error here:
 * the plain-HTTP server (npm run dev-server:http) serves the browser page without them.
 */
function readDevCerts() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file('localhost.crt'))) return {};
  return { ca: fs.readFileSync(file('ca.crt')), cert: fs.readFileSync(file('localhost.crt')), key: fs.readFileSync(file('localhost.key')) };
}

module.exports = { readDevCerts };
