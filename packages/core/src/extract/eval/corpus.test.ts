import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreCorpus, type GoldCorpus } from "./corpus.js";
import { sharedData } from "../../test-support/shared-data.js";

// The development corpus lives next to the repository (../shared), never in it.
const CORPUS = sharedData("corpus/directives/");
const gold = JSON.parse(readFileSync(new URL("gold.json", CORPUS), "utf8")) as GoldCorpus;

// Regression gate at the figures reached (percent, two decimals, rounded down):
// raise these as the extractor improves, never lower them.
const REACHED = {
  recall: 94.15,
  precision: 90.69,
  kind: 92.36,
  lead: 93.79,
  due: 95.48,
  date: 96.66,
  symbol: 93.33,
};

describe("extraction on the development corpus (d01–d30, gold.json)", () => {
  const score = scoreCorpus(gold, (file) => readFileSync(new URL(file, CORPUS), "utf8"));

  it.each(Object.entries(REACHED))("%s stays at or above the reached figure", (name, floor) => {
    const figure = score.figures[name as keyof typeof REACHED];
    expect(figure).not.toBeNull();
    expect(figure ?? 0).toBeGreaterThanOrEqual(floor);
  });

  it("scores every annotated document and task", () => {
    expect(score.files).toHaveLength(gold.documents.length);
    expect(score.total.gold).toBe(gold.tasks.length);
  });
});
