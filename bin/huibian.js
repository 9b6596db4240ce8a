#!/usr/bin/env node
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports */
// The installed command runs the compiled CLI; `npm run cli` runs the TypeScript directly.
let cli;
try {
  cli = require('../dist/node/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('huibian 尚未构建：请先运行 npm run build:cli\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
