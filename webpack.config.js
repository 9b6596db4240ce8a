/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const { readDevCerts } = require('./scripts/devCerts');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * The pane's Content Security Policy: no inline script, no eval, office.js only from
 * Microsoft's CDN, nothing fetched from anywhere but the page's own origin.
 * Excel on the web needs style-src 'unsafe-inline' (Fluent UI inserts its styles at run time).
 * What office.js itself loads, all from its CDN folder: the host's script (excel-web-16.00.js,
 * excel-win32-16.01.js…), its strings (zh-cn/office_strings.js) and telemetry/oteljs_agave.js as
 * scripts; and, in Excel on the web, a hidden frame (AgaveErrorUX/index.html) that checks the
 * host is trusted — refused, the add-in never starts. Its telemetry posts to *.pipe.aria.microsoft.com
 * stay blocked by connect-src: no data leaves the machine.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  `frame-src ${OFFICE_CDN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const WORKER_FILE = 'engine-worker.js';

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: 'ts-loader',
  options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', noEmit: false } },
};

/** The engine's Web Worker: ExcelJS, docx and the core, loaded on first use, never on the first screen. */
const workerConfig = (production) => ({
  name: 'worker',
  mode: production ? 'production' : 'development',
  devtool: production ? false : 'source-map',
  target: 'webworker',
  entry: { 'engine-worker': './src/taskpane/worker/engine.worker.ts' },
  // The reader and the writer are chunks of their own, fetched with importScripts when first used.
  // Each build removes the worker's old chunks, and only those (the pane's files are the pane build's).
  output: {
    path: path.resolve(__dirname, 'dist', 'web'),
    filename: WORKER_FILE,
    chunkFilename: production ? 'engine-worker.[name].[contenthash:8].js' : 'engine-worker.[name].js',
    publicPath: 'auto',
    clean: { keep: (asset) => !/^engine-worker\./.test(asset) },
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: { rules: [tsRule] },
  performance: { hints: false },
});

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const publicUrl = process.env.HUIBIAN_PUBLIC_URL || DEV_URL;
  const workerUrl = `${WORKER_FILE}?v=${Date.now().toString(36)}`;
  return [paneConfig(env, production, publicUrl, workerUrl), workerConfig(production)];
};

function paneConfig(env, production, publicUrl, workerUrl) {
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/taskpane/${name}.html`, chunks, csp: CSP, scriptLoading: 'defer' });
  return {
    name: 'pane',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/taskpane/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist', 'web'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: { keep: /^engine-worker\b/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule] },
    plugins: [
      new webpack.DefinePlugin({ __ENGINE_WORKER__: JSON.stringify(workerUrl) }),
      page('taskpane', ['taskpane']),
      page('commands', ['commands']),
      page('help', []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/samples/*.xlsx', to: 'samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_URL).join(publicUrl).split(DEV_URL.slice(0, -1)).join(publicUrl.replace(/\/$/, '')),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port: 3000,
      hot: false,
      headers: { 'Content-Security-Policy': CSP },
      static: false,
      server: env && env.http ? 'http' : { type: 'https', options: readDevCerts() },
    },
  };
}

module.exports.CSP = CSP;
