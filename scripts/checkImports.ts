/**
 * Import circles and the order of core's folders (issue 8), run by `npm run lint`.
 *
 * Three rules over one graph of the files in src/ (every static, type-only, re-export and
 * dynamic import that resolves to a file in src/):
 *  1. no import cycle between files;
 *  2. no cycle between the nodes of core: each direct subfolder of src/core is one node, each
 *     file at the root of src/core (decimal.ts, compile.ts, index.ts) is its own node;
 *  3. core's nodes import only downwards in CORE_ORDER (same node is fine).
 *
 * A small script on the TypeScript compiler API rather than madge or eslint-plugin-import-x:
 * those find file cycles only, so the folder graph and the order would need this code anyway,
 * and tsc's own resolver sees exactly the imports the build sees. dependency-cruiser would do
 * all three but needs Node 22.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * Core's nodes from lowest to highest: a node may import only nodes at or before its place.
 * A folder or root file name (without .ts). Names that do not exist yet are allowed (model/ is
 * planned in issue 8); a node that exists but is missing here is an error, so a new folder has
 * to be placed deliberately.
 */
export const CORE_ORDER: readonly string[] = [
  'findings', 'text', 'decimal', 'i18n', 'grid', 'values', 'catalog', 'submission', 'ledger', 'rules',
  'workbook', 'model', 'checks', 'output', 'summary', 'narrative', 'draft', 'forms', 'collect', 'compile', 'index',
];

export interface CheckImportsOptions {
  /** Repository root; paths are printed relative to it. */
  readonly root: string;
  readonly order?: readonly string[];
}

export interface ImportReport {
  /** One line per violation: an import cycle between files, a core edge in a folder cycle or against CORE_ORDER. */
  readonly violations: string[];
}

type Graph = Map<string, Set<string>>;

const ARROW = ' → ';
const COMPILER_OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  jsx: ts.JsxEmit.ReactJSX,
  resolveJsonModule: true,
};

/** Runs all three rules over `root/src`. */
export function checkImports(options: CheckImportsOptions): ImportReport {
  const order = options.order ?? CORE_ORDER;
  const toName = (file: string) => relative(options.root, file).split(sep).join('/');
  const files = buildFileGraph(join(options.root, 'src'));

  const fileLines = new Map<string, string>();
  for (const [from, to, cycle] of cycleEdges(files)) {
    fileLines.set(`${toName(from)}${ARROW}${toName(to)}`, `import cycle: ${toName(from)}${ARROW}${toName(to)}\n    cycle: ${cycle.map(toName).join(ARROW)}`);
  }

  const coreLines = new Map<string, string>();
  const coreDir = join(options.root, 'src', 'core');
  const core = buildCoreGraph(files, coreDir);
  const rank = new Map(order.map((name, i) => [name, i]));
  const inCycle = new Map<string, string[]>();
  for (const [from, to, cycle] of cycleEdges(core.graph)) inCycle.set(`${from}${ARROW}${to}`, cycle);
  for (const node of core.graph.keys()) {
    if (!rank.has(node)) coreLines.set(`unplaced: ${node}`, `core node "${node}" is not in CORE_ORDER (scripts/checkImports.ts): place it`);
  }
  for (const [from, targets] of core.graph) {
    for (const to of targets) {
      const key = `${from}${ARROW}${to}`;
      const reasons: string[] = [];
      const cycle = inCycle.get(key);
      if (cycle) reasons.push(`core folder cycle: ${cycle.join(ARROW)}`);
      const [rf, rt] = [rank.get(from), rank.get(to)];
      if (rf !== undefined && rt !== undefined && rf < rt) reasons.push(`core order: ${from} is below ${to}`);
      if (reasons.length === 0) continue;
      const via = core.via.get(key)!.map(([a, b]) => `${toName(a)}${ARROW}${toName(b)}`);
      coreLines.set(key, `core import ${key}: ${reasons.join('; ')}\n    via ${via.join('\n    via ')}`);
    }
  }

  return { violations: [...fileLines.values(), ...coreLines.values()] };
}

/** Every .ts/.tsx file under dir and the files of dir each one imports. */
function buildFileGraph(dir: string): Graph {
  const graph: Graph = new Map();
  const files = listSources(dir);
  const known = new Set(files);
  for (const file of files) {
    const targets = new Set<string>();
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      const resolved = ts.resolveModuleName(fileName, file, COMPILER_OPTIONS, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && known.has(resolved) && resolved !== file) targets.add(resolved);
    }
    graph.set(file, targets);
  }
  return graph;
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSources(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The graph of core's nodes, and for each node edge the file imports that make it. */
function buildCoreGraph(files: Graph, coreDir: string): { graph: Graph; via: Map<string, [string, string][]> } {
  const nodeOf = (file: string): string | null => {
    const rel = relative(coreDir, file);
    if (rel.startsWith('..')) return null;
    const parts = rel.split(sep);
    return parts.length > 1 ? parts[0] : parts[0].replace(/\.tsx?$/, '');
  };
  const graph: Graph = new Map();
  const via = new Map<string, [string, string][]>();
  for (const [file, targets] of files) {
    const from = nodeOf(file);
    if (from === null) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const target of targets) {
      const to = nodeOf(target);
      if (to === null || to === from) continue;
      graph.get(from)!.add(to);
      const key = `${from}${ARROW}${to}`;
      via.set(key, [...(via.get(key) ?? []), [file, target]]);
    }
  }
  return { graph, via };
}

/**
 * Every edge that lies on a cycle (both ends in one strongly connected component), with the
 * shortest cycle through it: [from, to, [from, to, …, from]].
 */
function cycleEdges(graph: Graph): [string, string, string[]][] {
  const component = stronglyConnected(graph);
  const out: [string, string, string[]][] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (component.get(from) !== component.get(to)) continue;
      out.push([from, to, [from, ...shortestPath(graph, to, from)]]);
    }
  }
  return out;
}

/** Tarjan's algorithm, iterative: node → component id. */
function stronglyConnected(graph: Graph): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: [string, string[]][] = [];
    const enter = (node: string) => {
      index.set(node, next);
      low.set(node, next++);
      stack.push(node);
      onStack.add(node);
      work.push([node, [...(graph.get(node) ?? [])]]);
    };
    enter(start);
    while (work.length > 0) {
      const [node, pending] = work[work.length - 1];
      const child = pending.shift();
      if (child !== undefined) {
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(node, Math.min(low.get(node)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, index.get(node)!);
        } while (member !== node);
      }
    }
  }
  return component;
}

/** Breadth-first path from → … → to (inclusive); the caller knows one exists. */
function shortestPath(graph: Graph, from: string, to: string): string[] {
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) break;
    for (const next of graph.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      queue.push(next);
    }
  }
  const path: string[] = [];
  for (let node: string | null | undefined = to; node != null; node = previous.get(node)) path.unshift(node);
  return path;
}

if (require.main === module) {
  const report = checkImports({ root: join(__dirname, '..') });
  for (const line of report.violations) console.error(line);
  console.log(`checkImports: ${report.violations.length} problem(s)`);
  if (report.violations.length > 0) process.exitCode = 1;
}
