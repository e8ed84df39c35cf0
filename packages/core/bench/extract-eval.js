// Accuracy of extractDirective against the hand-checked catalogue, on the
// bundled seed texts. Runs on the built package: `npm run eval:extract` builds
// core first. Prints the three figures the extraction issue sets targets for
// (tasks found ≥ 95 %, right lead ≥ 90 %, right due date ≥ 95 % of dated tasks)
// and the cases it still misses.
import { readFileSync } from "node:fs";
import { defaultCatalogue, extractDirective } from "../dist/index.js";
// Evaluation helpers are internal modules, not part of the public API.
import { compareExtraction } from "../dist/catalogue/accuracy.js";
import { CATALOGUE_SOURCES } from "../dist/catalogue/catalogue.js";

const SOURCES = new URL("../catalogue-sources/", import.meta.url);
const catalogue = defaultCatalogue();
const pct = (n, of) => (of === 0 ? "—" : `${(Math.floor((n / of) * 10000) / 100).toFixed(2)} %`);

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
