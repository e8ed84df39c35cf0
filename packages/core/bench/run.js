// Throughput of core's rules, measured on the built package (../dist): run
// `npm run build -w @nhiemvu/core` first. Each measurement repeats its work over
// its items in ROUNDS rounds of at least MIN_MS / ROUNDS of CPU time each
// (process.cpuUsage: a machine shared with other work slows the wall clock, not
// the CPU time) and prints the median round's items per second.
// Each figure is also printed as a ratio to a baseline run in the same process on
// the same items (BASELINE: NFC, lower case, cut into words — the least any
// reader of the text does), so figures from machines of different speeds compare.
// Add a measurement by appending to MEASUREMENTS. A name as argument runs only those.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extractDirective, parseDeadline } from "../dist/index.js";
// Bench data is an internal module, not part of the public API.
import { SEED_DEADLINE_PHRASES } from "../dist/deadline/seed-phrases.js";

// The seed directives as shipped with the catalogue, for extraction speed.
const SOURCES = new URL("../catalogue-sources/", import.meta.url);
const SEED_TEXTS = readdirSync(SOURCES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, SOURCES), "utf8"));

// The table of real deadline phrases (../shared/corpus, outside the repository;
// see its .md), for parsing speed over the language directives really use.
const TABLE = new URL("../../../../shared/corpus/deadline-phrases.tsv", import.meta.url);
const TABLE_PHRASES = existsSync(TABLE)
  ? readFileSync(TABLE, "utf8")
      .split("\n")
      .slice(1)
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const [text = "", ref = ""] = line.split("\t");
        return { text, documentDate: ref === "" ? undefined : ref };
      })
  : [];

const MIN_MS = 1000;
const WARM_MS = 1500;
const ROUNDS = 5;

// The raw corpus texts (../shared, next to the repository), when present: the
// extractor's per-document time on directives it was not shaped on.
const CORPUS = new URL("../../../../shared/corpus/directives/", import.meta.url);
const RAW_TEXTS = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /^r\d+\.txt$/u.test(f))
      .map((f) => readFileSync(new URL(f, CORPUS), "utf8"))
  : [];

/** A directive of n numbered items, one per line (as pasted from a PDF). */
function numberedItems(n) {
  const lines = ["Hà Nội, ngày 1 tháng 12 năm 2025", ""];
  for (let i = 1; i <= n; i += 1) {
    lines.push(
      `${i}. Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế rà soát quy định, báo cáo trong tháng 12/2025.`,
    );
  }
  return lines.join("\n");
}

/** About `bytes` of running text in one line, with inline markers and dates. */
function oneLine(bytes) {
  const sentence =
    "Các bộ, ngành (1) rà soát quy định; (2) báo cáo trước ngày 30/11/2025, a) hướng dẫn địa phương. ";
  return sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence)));
}

/**
 * @typedef {object} Measurement
 * @property {string} name   label printed first, e.g. "parse deadline"
 * @property {string} unit   what one item is, plural, e.g. "phrases"
 * @property {string} over   what the items are, e.g. "seed phrases"
 * @property {readonly unknown[]} items
 * @property {(item: any) => unknown} run
 * @property {string} [perItem] print milliseconds per item (this word, singular) instead of a rate
 * @property {boolean} [once] run the items once, without warm-up (large inputs)
 * @property {string} [target] what the figure should reach, printed after it
 */

/** @type {Measurement[]} */
const MEASUREMENTS = [
  {
    name: "parse deadline",
    unit: "phrases",
    over: "seed phrases",
    items: SEED_DEADLINE_PHRASES,
    run: (p) => parseDeadline(p.text, { documentDate: p.documentDate }),
  },
  ...(TABLE_PHRASES.length > 0
    ? [
        {
          name: "parse deadline",
          unit: "phrases",
          over: "real phrases of ../shared/corpus/deadline-phrases.tsv (the whole table)",
          target: "≥ 100,000 phrases/s",
          items: TABLE_PHRASES,
          run: (p) => parseDeadline(p.text, { documentDate: p.documentDate }),
        },
      ]
    : []),
  {
    name: "extract directive",
    unit: "documents",
    over: "seed documents",
    items: SEED_TEXTS,
    run: (text) => extractDirective(text).tasks.length,
    perItem: "document",
  },
  ...(RAW_TEXTS.length > 0
    ? [
        {
          name: "extract directive",
          unit: "documents",
          over: "raw corpus texts (target < 50 ms/document)",
          items: RAW_TEXTS,
          run: (text) => extractDirective(text).tasks.length,
          perItem: "document",
        },
      ]
    : []),
  // Linearity: one run each (targets: 100,000 items < 10 s, 5 MB < 5 s).
  ...[10_000, 100_000].map((n) => ({
    name: `extract ${n} numbered items`,
    unit: "texts",
    over: "text",
    items: [numberedItems(n)],
    run: (text) => extractDirective(text).tasks.length,
    perItem: "text",
    once: true,
  })),
  {
    name: "extract 5 MB on one line",
    unit: "texts",
    over: "text",
    items: [oneLine(5_000_000)],
    run: (text) => extractDirective(text).tasks.length,
    perItem: "text",
    once: true,
  },
];

/** The same-run baseline: what any reader of the text does at least. */
const BASELINE = (text) => text.normalize("NFC").toLowerCase().split(/\s+/u).length;
/** The text of an item (a phrase's words or a document). */
const textOf = (item) => (typeof item === "string" ? item : item.text);

/** CPU time (user + system) since `from`, in milliseconds. */
function cpuMs(from) {
  const { user, system } = process.cpuUsage(from);
  return (user + system) / 1000;
}

/** Run one measurement; returns items per second (median of ROUNDS rounds). */
function measure({ items, run, once }) {
  let sink = 0;
  if (once) {
    const start = process.cpuUsage();
    for (const item of items) sink ^= run(item) ? 1 : 0;
    return (items.length * 1000) / cpuMs(start);
  }
  // Warm up so the JIT has compiled the regexes and rules: by CPU time, not by a
  // count of passes (over the deadline table the rate still climbs after 20
  // passes and levels off after about 100, i.e. after about a second here).
  const warm = process.cpuUsage();
  for (let i = 0; i < 20 || cpuMs(warm) < WARM_MS; i += 1)
    for (const item of items) sink ^= run(item) ? 1 : 0;
  const rates = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    let count = 0;
    const start = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < MIN_MS / ROUNDS) {
      for (const item of items) sink ^= run(item) ? 1 : 0;
      count += items.length;
      elapsed = cpuMs(start);
    }
    rates.push((count * 1000) / elapsed);
  }
  if (sink === 2) console.log(""); // keep results observable to the optimiser
  rates.sort((x, y) => x - y);
  return rates[Math.floor(ROUNDS / 2)];
}

// `node bench/run.js "parse deadline"` runs only the measurements so named.
const only = process.argv[2];
for (const m of MEASUREMENTS.filter((x) => only === undefined || x.name === only)) {
  const rate = measure(m);
  const base = measure({ ...m, run: (item) => BASELINE(textOf(item)) });
  const ratio = `${(base / rate).toFixed(1)}× the baseline's time (${Math.round(base).toLocaleString("en-US")} ${m.unit}/s)`;
  const figure = m.perItem
    ? `${(1000 / rate).toFixed(2)} ms/${m.perItem}`
    : `${Math.round(rate).toLocaleString("en-US")} ${m.unit}/s`;
  const how = m.once ? "CPU time, one run" : `CPU time, median of ${ROUNDS} rounds`;
  const target = m.target ? `; target ${m.target}` : "";
  console.log(`${m.name}: ${figure} over ${m.items.length} ${m.over} (${how}${target}); ${ratio}`);
}
