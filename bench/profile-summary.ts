// Summarises a V8 CPU profile (from `npm run bench -- --profile`, or node --cpu-prof): the functions
// with the most self time, and the most inclusive time, for the engine's own code and overall.
//   node --import tsx bench/profile-summary.ts bench/profiles/ours-10000.cpuprofile [--top 25] [--filter src/] [--under search]
// --under NAME keeps only the samples taken inside a function of that name (e.g. the query path).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" }, filter: { type: "string", default: "" }, under: { type: "string" } },
});
const file = positionals[0];
if (!file) throw new Error("bench: usage: profile-summary.ts FILE.cpuprofile [--top N] [--filter TEXT]");
const top = Number(values.top);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, "$1/");
  // tsx compiles each file to one line: a line number there says nothing.
  const line = lineNumber > 0 ? `:${lineNumber + 1}` : "";
  return `${functionName || "(anonymous)"} ${where}${line}`.trim();
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = (profile.timeDeltas[i] ?? 0) / 1000;
  const leaf = nodes.get(id);
  if (!leaf) return;
  // A function counts once per sample however often it recurses.
  const seen = new Set<string>();
  let inside = values.under === undefined;
  for (let node: ProfileNode | undefined = leaf; node; node = nodes.get(parents.get(node.id) ?? -1)) {
    seen.add(functionKey(node));
    if (node.callFrame.functionName === values.under) inside = true;
  }
  if (!inside) return;
  total += delta;
  self.set(functionKey(leaf), (self.get(functionKey(leaf)) ?? 0) + delta);
  for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
});

function print(title: string, times: Map<string, number>): void {
  console.log(`\n${title} (of ${(total / 1000).toFixed(1)} s sampled)`);
  [...times]
    .filter(([key]) => key.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([key, ms]) => console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`));
}

print("self time", self);
print("inclusive time", inclusive);
