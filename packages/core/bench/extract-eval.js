// The extractor's yardstick. Runs on the built package: `npm run eval:extract`
// builds core first. Two parts:
// 1. the seed directives against the hand-checked catalogue (matched by ref);
// 2. the development corpus ../shared/corpus/directives/ (d01–d30, gold.json)
//    scored by the rule at the end of its README (quote matching), per file,
//    per form of document and in total.
// `--detail` prints every miss per file.
import { existsSync, readFileSync } from "node:fs";
import { defaultCatalogue, extractDirective } from "../dist/index.js";
// Evaluation helpers are internal modules, not part of the public API.
import { compareExtraction } from "../dist/catalogue/accuracy.js";
import { CATALOGUE_SOURCES } from "../dist/catalogue/catalogue.js";
import { scoreCorpus } from "../dist/extract/eval/corpus.js";

const detail = process.argv.includes("--detail");
const SOURCES = new URL("../catalogue-sources/", import.meta.url);
const CORPUS = new URL("../../../../shared/corpus/directives/", import.meta.url);
const catalogue = defaultCatalogue();
const pct = (n, of) => (of === 0 ? "—" : `${(Math.floor((n / of) * 10000) / 100).toFixed(2)} %`);
const fig = (v) => (v === null ? "—" : `${v.toFixed(2)} %`);

console.log("== seeds (catalogue, matched by ref) ==");
const total = { expected: 0, found: 0, rightLead: 0, dated: 0, rightDue: 0 };
for (const [id, files] of Object.entries(CATALOGUE_SOURCES)) {
  const expected = catalogue.tasks.filter((t) => t.documentId === id);
  for (const file of files) {
    const text = readFileSync(new URL(file, SOURCES), "utf8");
    const a = compareExtraction(expected, extractDirective(text).tasks);
    for (const k of Object.keys(total)) total[k] += a[k];
    console.log(
      `${file} (${id}): found ${a.found}/${a.expected}, lead ${a.rightLead}/${a.expected}, due ${a.rightDue}/${a.dated}`,
    );
    const misses = [
      ...a.missed.map((r) => `missed ${r}`),
      ...a.wrongLead.map((r) => `lead ${r}`),
      ...a.wrongDue.map((r) => `due ${r}`),
      ...a.extra.map((r) => `extra ${r}`),
    ];
    if (misses.length > 0) console.log(`  ${misses.join(", ")}`);
  }
}
console.log(`tasks found: ${pct(total.found, total.expected)} (${total.found}/${total.expected})`);
console.log(
  `right lead agency: ${pct(total.rightLead, total.expected)} (${total.rightLead}/${total.expected})`,
);
console.log(
  `right due date among dated tasks: ${pct(total.rightDue, total.dated)} (${total.rightDue}/${total.dated})`,
);

if (!existsSync(new URL("gold.json", CORPUS))) {
  console.log(`\n(no corpus at ${CORPUS.pathname}: corpus part skipped)`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(new URL("gold.json", CORPUS), "utf8"));
const score = scoreCorpus(gold, (file) => readFileSync(new URL(file, CORPUS), "utf8"));

const line = (c, f) =>
  `recall ${fig(f.recall)} (${c.matched}/${c.gold}), precision ${fig(f.precision)} (${c.matched}/${c.extracted}), ` +
  `kind ${fig(f.kind)} (${c.rightKind}), lead ${fig(f.lead)} (${c.rightLead}), ` +
  `due ${fig(f.due)} (${c.rightDue}/${c.datedMatched} of ${c.dated} dated), ` +
  `date ${c.rightDate}/${c.documents}, symbol ${c.rightSymbol}/${c.documents}`;

console.log("\n== development corpus (gold.json, matched by quote) ==");
for (const f of score.files) {
  const c = f.counts;
  console.log(
    `${f.file}: found ${c.matched}/${c.gold}, extracted ${c.extracted}, lead ${c.rightLead}, kind ${c.rightKind}, ` +
      `due ${c.rightDue}/${c.dated}, date ${c.rightDate ? "ok" : "WRONG"}, symbol ${c.rightSymbol ? "ok" : "WRONG"}`,
  );
  if (detail) {
    const d = f.detail;
    if (d.missed.length) console.log(`  missed: ${d.missed.join(", ")}`);
    for (const w of d.wrongLead)
      console.log(`  lead ${w.ref}: got [${w.got.join("; ")}] want [${w.want.join("; ")}]`);
    for (const w of d.wrongKind) console.log(`  kind ${w.ref}: got ${w.got} want ${w.want}`);
    for (const w of d.wrongDue) console.log(`  due ${w.ref}: got ${w.got} want ${w.want}`);
    for (const x of d.extra) console.log(`  extra: ${x}`);
  }
}
console.log("\nby form:");
for (const f of score.byForm) console.log(`  ${f.form}: ${line(f.counts, f.figures)}`);
console.log(`\ntotal: ${line(score.total, score.figures)}`);
