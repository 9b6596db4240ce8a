/**
 * Checks manifest.xml offline: `office-addin-manifest validate` posts to an online service, so
 * this checks what can be checked here (FIELD-NOTES.md): well-formed XML, the element order
 * of the schema, resource ids, string lengths, and that every URL on the add-in's origin names
 * a file that exists, icons at their declared size. Online validation stays a release step.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Node = Record<string, unknown>;

/** Child order of OfficeApp (TaskPaneApp) in the manifest schema, 1.1. */
const OFFICE_APP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'AllowSnapshot', 'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];
const DESKTOP_ORDER = ['GetStarted', 'FunctionFile', 'ExtensionPoint'];
const RESOURCES_ORDER = ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'];

export interface ManifestOptions {
  /** Origin the add-in is served from; URLs on it must name files in the repo. */
  readonly origin: string;
  /** Maps a URL path (taskpane.html, assets/icon-16.png) to the file that provides it. */
  readonly resolve: (urlPath: string) => string | null;
}

export function validateManifest(xml: string, options: ManifestOptions): string[] {
  const problems: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as Node[];
  const root = ordered.find((n) => 'OfficeApp' in n);
  if (!root) return ['no <OfficeApp> root element'];
  const rootChildren = childNames(root.OfficeApp as Node[]);
  checkOrder('OfficeApp', rootChildren, OFFICE_APP_ORDER, problems);
  for (const name of REQUIRED) if (!rootChildren.includes(name)) problems.push(`OfficeApp lacks <${name}>`);

  const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => false }).parse(xml) as Node;
  const app = tree.OfficeApp as Node;
  if ((app['@xsi:type'] as string) !== 'TaskPaneApp') problems.push('OfficeApp must be xsi:type="TaskPaneApp"');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(app.Id))) problems.push('<Id> is not a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(String(app.Version))) problems.push('<Version> is not n.n.n.n');
  if (app.Permissions !== 'ReadWriteDocument') problems.push('<Permissions> must be ReadWriteDocument (the add-in writes sheets)');
  lengthAtMost(attr(app.DisplayName, 'DefaultValue'), 125, 'DisplayName', problems);
  lengthAtMost(attr(app.Description, 'DefaultValue'), 250, 'Description', problems);
  if (!xml.includes('Name="ExcelApi"')) problems.push('no ExcelApi requirement set is declared');

  const desktop = findAll(ordered, 'DesktopFormFactor');
  for (const d of desktop) checkOrder('DesktopFormFactor', childNames(d), DESKTOP_ORDER, problems);
  const resources = findAll(ordered, 'Resources');
  for (const r of resources) checkOrder('Resources', childNames(r), RESOURCES_ORDER, problems);

  const ids = new Map<string, string>();
  for (const m of xml.matchAll(/<bt:(Image|Url|String) id="([^"]+)"\s+DefaultValue="([^"]*)"/g)) {
    if (ids.has(m[2])) problems.push(`resource id ${m[2]} is defined twice`);
    ids.set(m[2], m[3]);
    if (m[1] === 'String') {
      const limit = xml.indexOf(m[0]) < xml.indexOf('<bt:LongStrings>') ? 125 : 250;
      lengthAtMost(m[3], limit, `string ${m[2]}`, problems);
    }
  }
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) if (!ids.has(m[1])) problems.push(`resid ${m[1]} has no resource`);

  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const url = ids.get(m[2]);
    if (url) checkIcon(url, Number(m[1]), options, problems);
  }
  checkIcon(attr(app.IconUrl, 'DefaultValue'), 32, options, problems);
  checkIcon(attr(app.HighResolutionIconUrl, 'DefaultValue'), 64, options, problems);
  for (const m of xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)) {
    const url = m[1];
    if (!url.startsWith('https://')) problems.push(`${url} is not HTTPS`);
    const file = fileFor(url, options);
    if (file === undefined) continue;
    if (file === null || !existsSync(file)) problems.push(`${url} names no file in the repo`);
  }
  return [...new Set(problems)];
}

function childNames(nodes: Node[]): string[] {
  return nodes.flatMap((n) => Object.keys(n).filter((k) => k !== ':@' && k !== '#text' && k !== '#comment'));
}

function findAll(nodes: Node[], name: string): Node[][] {
  const out: Node[][] = [];
  const walk = (list: Node[]): void => {
    for (const n of list) {
      for (const [k, v] of Object.entries(n)) {
        if (k === ':@' || !Array.isArray(v)) continue;
        if (k === name) out.push(v as Node[]);
        walk(v as Node[]);
      }
    }
  };
  walk(nodes);
  return out;
}

function checkOrder(parent: string, names: readonly string[], order: readonly string[], problems: string[]): void {
  let last = -1;
  for (const n of names) {
    const i = order.indexOf(n);
    if (i < 0) continue;
    if (i < last) problems.push(`<${n}> is out of order in <${parent}> (schema order: ${order.join(', ')})`);
    last = Math.max(last, i);
  }
}

function attr(node: unknown, name: string): string {
  return node && typeof node === 'object' ? String((node as Node)[`@${name}`] ?? '') : '';
}

function lengthAtMost(text: string, max: number, what: string, problems: string[]): void {
  if ([...text].length > max) problems.push(`${what} is longer than ${max} characters`);
}

/** undefined: not on our origin (not checked); null: on our origin but nothing provides it. */
function fileFor(url: string, options: ManifestOptions): string | null | undefined {
  const origin = options.origin.replace(/\/$/, '');
  if (url !== origin && !url.startsWith(`${origin}/`)) return undefined;
  const path = url.slice(origin.length + 1).split(/[?#]/)[0];
  return path === '' ? undefined : options.resolve(path);
}

function checkIcon(url: string, size: number, options: ManifestOptions, problems: string[]): void {
  const file = fileFor(url, options);
  if (!file || !existsSync(file)) return;
  const png = readFileSync(file);
  const isPng = png.subarray(1, 4).toString('latin1') === 'PNG';
  const w = isPng ? png.readUInt32BE(16) : -1;
  const h = isPng ? png.readUInt32BE(20) : -1;
  if (w !== size || h !== size) problems.push(`${url} is ${isPng ? `${w}×${h}` : 'not a PNG'}, declared ${size}×${size}`);
}

/** URL paths of the dev server and the files in the repo that provide them. */
export function repoResolver(root: string): (urlPath: string) => string | null {
  return (urlPath) => {
    if (/^[\w-]+\.html$/.test(urlPath)) return join(root, 'src', 'taskpane', urlPath);
    if (urlPath.startsWith('assets/')) return join(root, urlPath);
    return null;
  };
}

if (require.main === module) {
  const root = join(__dirname, '..');
  const problems = validateManifest(readFileSync(join(root, 'manifest.xml'), 'utf8'), { origin: 'https://localhost:3000', resolve: repoResolver(root) });
  if (problems.length > 0) {
    process.stderr.write(`manifest.xml: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('manifest.xml: well-formed, in schema order, every resource and file present, icons at their declared sizes.\n');
  }
}
