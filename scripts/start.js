/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * `npm start`: sideloads the add-in into desktop Excel with Microsoft's office-addin-debugging,
 * which runs only on Windows and macOS and is fetched on demand there (it does not install on
 * Linux). Elsewhere it says what to do instead.
 */
const { spawnSync } = require('node:child_process');

if (process.platform === 'win32' || process.platform === 'darwin') {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const run = spawnSync(npx, ['--yes', 'office-addin-debugging@6', 'start', 'manifest.xml', 'desktop', '--app', 'excel'], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} else {
  process.stdout.write(
    [
      'npm start sideloads into desktop Excel, which needs Windows or macOS.',
      'On this machine:',
      '  npm run dev-server:http   then open http://localhost:3000/taskpane.html (the browser page)',
      '  npm run dev-server        serves https://localhost:3000 for Excel on the web;',
      '                            upload manifest.xml there (Insert → Add-ins → Upload My Add-in).',
      '',
    ].join('\n'),
  );
}
