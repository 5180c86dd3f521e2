import { cpus } from "node:os";
import { ENGINE_LABELS } from "./engines.ts";
import type { ColdStartMeasurement, EngineMeasurement } from "./measurement.ts";

/** The ratios issue 6 sets targets on, each against baselines measured in the same run. */
export interface Ratios {
  /** Per size: plain Fuse.js p50 / ours p50. */
  speedUpOverFuse: Record<number, number>;
  /** Per size: ours p50 / MiniSearch p50. */
  ratioToMiniSearch: Record<number, number>;
  /** Ours p50 at the largest size / at the smallest size of 100 documents or more. */
  p50Growth: { from: number; to: number; factor: number } | undefined;
}

/** One target of issue 6, checked against this run at the largest size. */
export interface TargetCheck {
  measure: string;
  target: string;
  value: string;
  met: boolean | undefined;
}

function find(measurements: readonly EngineMeasurement[], engine: string, documents: number) {
  return measurements.find((m) => m.engine === engine && m.documents === documents);
}

/** Computes the ratios from one run's measurements. */
export function computeRatios(measurements: readonly EngineMeasurement[]): Ratios {
  const ratios: Ratios = { speedUpOverFuse: {}, ratioToMiniSearch: {}, p50Growth: undefined };
  const sizes = [...new Set(measurements.map((m) => m.documents))].sort((a, b) => a - b);
  for (const size of sizes) {
    const ours = find(measurements, "ours", size);
    const fuse = find(measurements, "fuse", size);
    const mini = find(measurements, "minisearch", size);
    if (ours && fuse) ratios.speedUpOverFuse[size] = fuse.p50Ms / ours.p50Ms;
    if (ours && mini) ratios.ratioToMiniSearch[size] = ours.p50Ms / mini.p50Ms;
  }
  const oursSizes = sizes.filter((size) => find(measurements, "ours", size));
  const from = oursSizes.find((size) => size >= 100);
  const to = oursSizes.at(-1);
  if (from !== undefined && to !== undefined && to > from) {
    const factor = (find(measurements, "ours", to) as EngineMeasurement).p50Ms / (find(measurements, "ours", from) as EngineMeasurement).p50Ms;
    ratios.p50Growth = { from, to, factor };
  }
  return ratios;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const count = (value: number) => value.toLocaleString("en-US");
const times = (value: number) => `${value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(2)}×`;

/** Checks the targets of issue 6 at the largest size measured. */
export function checkTargets(measurements: readonly EngineMeasurement[], coldStarts: readonly ColdStartMeasurement[], ratios: Ratios): TargetCheck[] {
  const largest = Math.max(...measurements.filter((m) => m.engine === "ours").map((m) => m.documents));
  const ours = find(measurements, "ours", largest);
  if (!ours) return [];
  const seedAlone = measurements.filter((m) => m.engine === "ours").sort((a, b) => a.documents - b.documents)[0];
  const cold = coldStarts.find((c) => c.documents === largest);
  const speedUp = ratios.speedUpOverFuse[largest];
  const toMini = ratios.ratioToMiniSearch[largest];
  const checks: TargetCheck[] = [
    { measure: "query p50", target: "≤ 5 ms", value: `${ms(ours.p50Ms)} ms`, met: ours.p50Ms <= 5 },
    { measure: "query p95", target: "≤ 20 ms", value: `${ms(ours.p95Ms)} ms`, met: ours.p95Ms <= 20 },
    { measure: "speed-up over plain Fuse.js (p50)", target: "≥ 100×", value: speedUp ? times(speedUp) : "not measured", met: speedUp ? speedUp >= 100 : undefined },
    { measure: "p50 against MiniSearch", target: "≤ 2×", value: toMini ? times(toMini) : "not measured", met: toMini ? toMini <= 2 : undefined },
    {
      measure: ratios.p50Growth ? `p50 growth ${count(ratios.p50Growth.from)} → ${count(ratios.p50Growth.to)}` : "p50 growth",
      target: "≤ 5×",
      value: ratios.p50Growth ? times(ratios.p50Growth.factor) : "not measured",
      met: ratios.p50Growth ? ratios.p50Growth.factor <= 5 : undefined,
    },
    { measure: "index build", target: "≤ 10 s", value: seconds(ours.buildMs), met: ours.buildMs <= 10_000 },
    { measure: "heap after build", target: "≤ 1 GiB", value: `${ours.heapMiB.toFixed(0)} MiB`, met: ours.heapMiB <= 1024 },
    { measure: "cold start to first answer", target: "≤ 3 s", value: cold ? seconds(cold.medianMs) : "not measured", met: cold ? cold.medianMs <= 3000 : undefined },
  ];
  if (seedAlone && seedAlone !== ours) {
    checks.push({
      measure: `top-1 (seed alone: ${seedAlone.top1Right}/${seedAlone.top1Of})`,
      target: "same as seed alone",
      value: `${ours.top1Right}/${ours.top1Of}`,
      met: ours.top1Right >= seedAlone.top1Right,
    });
  }
  return checks.map((check) => ({ ...check, measure: `${check.measure} at ${count(largest)} docs` }));
}

/** The results as Markdown: one table of measurements, then the ratios and the targets. */
export function formatReport(measurements: readonly EngineMeasurement[], coldStarts: readonly ColdStartMeasurement[], ratios: Ratios, targets: readonly TargetCheck[]): string {
  const lines = [
    "| docs | sentences | engine | build | heap (index) | p50 ms | p95 ms | first ask p50 ms | timed | top-1 | cold start |",
    "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  let capped = false;
  for (const m of measurements) {
    const cold = m.engine === "ours" ? coldStarts.find((c) => c.documents === m.documents) : undefined;
    capped ||= m.capped;
    lines.push(
      `| ${count(m.documents)} | ${count(m.sentences)} | ${ENGINE_LABELS[m.engine]} | ${seconds(m.buildMs)} | ` +
        `${m.heapMiB.toFixed(0)} MiB (${m.indexHeapMiB.toFixed(0)}) | ${ms(m.p50Ms)} | ${ms(m.p95Ms)} | ` +
        `${m.firstAskP50Ms === undefined ? "—" : ms(m.firstAskP50Ms)} | ` +
        `${m.timedQuestions}${m.capped ? "*" : ""} × ${m.rounds} | ${m.top1Right}/${m.top1Of}${m.capped ? "*" : ""} | ` +
        `${cold ? `${seconds(cold.medianMs)}${cold.source === "json-rebuild" ? "†" : ""}` : "—"} |`,
    );
  }
  lines.push("");
  if (capped) lines.push("\\* capped: only this many questions, spread over the set, were timed and scored (the engine is too slow for all of them).");
  if (coldStarts.some((c) => c.source === "json-rebuild")) {
    lines.push("† cold start rebuilt the index from a JSON snapshot of the documents, not from the SQLite store (`--cold-source json-rebuild`).");
  }
  lines.push(
    "Heap: MiB used after the build and a full GC (the index's share in brackets). Timed: questions × rounds after a warm-up;",
    "a question's time is the median of its rounds, p50 and p95 are over the questions. First ask: the warm-up's first round, each",
    "question asked once with nothing of an earlier ask cached (it includes compiling the code). Cold start: median of the runs, spawn to answer.",
  );
  const busiest = Math.max(0, ...measurements.map((m) => m.loadAverage ?? 0));
  if (busiest > cpus().length) {
    lines.push(`Warning: the machine's load average reached ${busiest.toFixed(1)} on ${cpus().length} cores during the run: other work competed, times are inflated.`);
  }
  const sizes = [...new Set(measurements.filter((m) => m.engine === "ours").map((m) => m.documents))];
  const ratioRow = (label: string, values: Record<number, number>) =>
    `| ${label} | ${sizes.map((size) => { const value = values[size]; return value === undefined ? "—" : times(value); }).join(" | ")} |`;
  if (sizes.length > 0) {
    lines.push("", `| ratio, same run | ${sizes.map((size) => `${count(size)} docs`).join(" | ")} |`, `| --- |${" ---: |".repeat(sizes.length)}`);
    lines.push(ratioRow("speed-up over plain Fuse.js, p50", ratios.speedUpOverFuse));
    lines.push(ratioRow("p50 / MiniSearch p50", ratios.ratioToMiniSearch));
  }
  if (ratios.p50Growth) lines.push("", `p50 growth ${count(ratios.p50Growth.from)} → ${count(ratios.p50Growth.to)} documents: ${times(ratios.p50Growth.factor)}`);
  if (targets.length > 0) {
    lines.push("", "| target (issue 6) | wanted | this run | met |", "| --- | --- | --- | --- |");
    for (const t of targets) lines.push(`| ${t.measure} | ${t.target} | ${t.value} | ${t.met === undefined ? "—" : t.met ? "yes" : "**no**"} |`);
  }
  return lines.join("\n");
}
