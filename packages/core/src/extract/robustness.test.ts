import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { directiveItems, extractDirective } from "./extract.js";
import { sharedData } from "../test-support/shared-data.js";

// The 100 raw texts of the development corpus (../shared), never copied into the repository.
const CORPUS = sharedData("corpus/directives/");
const files = readdirSync(CORPUS).filter((f) => /^r\d+\.txt$/u.test(f));

describe("extraction on the 100 raw directive texts", () => {
  it("has them all", () => {
    expect(files).toHaveLength(100);
  });

  it.each(files)(
    "%s: never throws, loses no numbered item, no task longer than its item",
    (file) => {
      const text = readFileSync(new URL(file, CORPUS), "utf8");
      const r = extractDirective(text);
      const nodes = directiveItems(text);
      const seen = new Set([...r.tasks, ...r.warnings].map((x) => x.ref.replace(/\/\d+$/u, "")));
      // Every numbered item is a task or a warning.
      for (const node of nodes.filter((n) => n.marker !== null)) {
        expect(seen, `${file}: item ${node.ref}`).toContain(node.ref);
      }
      const byRef = new Map(nodes.map((n) => [n.ref, n]));
      for (const task of r.tasks) {
        const node = byRef.get(task.ref.replace(/\/\d+$/u, ""));
        if (!node) continue; // table rows and paragraphs of a news copy
        // The item is its text and its labelled lines ("Cơ quan chủ trì: …").
        const itemLength =
          node.spans.reduce((n, s) => n + s.text.length + 1, 0) +
          (node.fields ?? []).reduce((n, f) => n + f.line.length + 1, 0);
        expect(task.text.length, `${file}: task ${task.ref}`).toBeLessThanOrEqual(itemLength);
      }
    },
  );
});
