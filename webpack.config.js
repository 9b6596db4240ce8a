/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { readDevCerts } = require('./scripts/devCerts');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';

/**
 * The pane's Content Security Policy: no inline script, no eval, office.js only from
 * Microsoft's CDN, nothing fetched from anywhere but the page's own origin.
 * Excel on the web needs style-src 'unsafe-inline' (Fluent UI inserts its styles at run time).
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_CDN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const publicUrl = process.env.HUIBIAN_PUBLIC_URL || DEV_URL;
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template: `./src/taskpane/${name}.html`, chunks, csp: CSP, scriptLoading: 'defer' });
  return {
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
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'esnext', noEmit: false } },
        },
      ],
    },
    plugins: [
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
};
