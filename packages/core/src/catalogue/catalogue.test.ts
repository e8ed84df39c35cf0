import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultAgencyRegistry } from "../agency/registry.js";
import { extractDirective } from "../extract/extract.js";
import { DirectiveDocument } from "../model/document.js";
import { Task } from "../model/task.js";
import { compareExtraction } from "./accuracy.js";
import { CATALOGUE_SOURCES, defaultCatalogue } from "./catalogue.js";

const sources = new URL("../../catalogue-sources/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, sources), "utf8");
const catalogue = defaultCatalogue();
const tasksOf = (id: string) => catalogue.tasks.filter((t) => t.documentId === id);
const byCode = (code: string) => {
  const task = catalogue.tasks.find((t) => t.code === code);
  if (!task) throw new Error(`no task ${code}`);
  return task;
};
const ids = (refs: readonly { id: string | null }[]) => refs.map((r) => r.id);

describe("the bundled catalogue", () => {
  it("validates against the zod schemas", () => {
    for (const d of catalogue.documents)
      expect(DirectiveDocument.safeParse(d).error).toBeUndefined();
    for (const t of catalogue.tasks) expect(Task.safeParse(t).error).toBeUndefined();
  });

  it("holds the four distinct documents (003 and 004 are one conclusion)", () => {
    expect(catalogue.documents.map((d) => d.id)).toEqual([
      "không-số@2025-08-29",
      "195-KL/TW@2025-09-26",
      "322-CV/ĐU@2025-08-03",
      "221-KL/TW@2025-11-28",
    ]);
    expect(Object.keys(CATALOGUE_SOURCES)).toEqual(catalogue.documents.map((d) => d.id));
  });

  it("keeps the 29/8/2025 conclusion without a symbol, identified by date and title", () => {
    const d = catalogue.documents[0];
    expect(d?.symbol).toBeNull();
    expect(d?.date).toBe("2025-08-29");
    expect(d?.title).toMatch(/^về tình hình, kết quả hoạt động của bộ máy/u);
  });

  it("links 322-CV/ĐU to the conclusion it implements, dated 01/8/2025 (not the subject line's 25/7)", () => {
    const d = catalogue.documents.find((x) => x.id === "322-CV/ĐU@2025-08-03");
    expect(d?.references).toContainEqual({
      symbol: "183-KL/TW",
      date: "2025-08-01",
      relation: "implements",
    });
    expect(d?.issuerName).toBe("Đảng ủy Chính phủ");
  });

  it("has the task counts read by hand from each document", () => {
    expect(tasksOf("không-số@2025-08-29")).toHaveLength(36);
    expect(tasksOf("195-KL/TW@2025-09-26")).toHaveLength(13);
    expect(tasksOf("322-CV/ĐU@2025-08-03")).toHaveLength(19);
    expect(tasksOf("221-KL/TW@2025-11-28")).toHaveLength(7);
  });

  it("gives every task a unique code made of its document and reference", () => {
    const codes = catalogue.tasks.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of catalogue.tasks) expect(t.code).toBe(`${t.documentId}#${t.ref}`);
    const docs = new Set(catalogue.documents.map((d) => d.id));
    for (const t of catalogue.tasks) expect(docs.has(t.documentId)).toBe(true);
  });

  it("uses only agencies that resolve in the registry", () => {
    const registry = defaultAgencyRegistry();
    for (const t of catalogue.tasks) {
      for (const a of [...t.lead, ...t.coordinating, ...t.supervising, ...t.reportTo]) {
        expect(a.id, `${t.code}: ${a.name}`).not.toBeNull();
        expect(registry.get(a.id ?? ""), `${t.code}: ${a.id}`).toBeDefined();
      }
      expect(t.lead.length, t.code).toBeGreaterThan(0);
    }
  });

  it("is frozen and built once", () => {
    expect(defaultCatalogue()).toBe(catalogue);
    expect(Object.isFrozen(catalogue.tasks[0])).toBe(true);
  });
});

describe("tasks read by hand", () => {
  it("5(i) of 29/8/2025: Bộ Nông nghiệp và Môi trường leads, Đảng ủy Chính phủ supervises", () => {
    const t = byCode("không-số@2025-08-29#5(i)");
    expect(ids(t.lead)).toEqual(["bo-nong-nghiep-va-moi-truong"]);
    expect(ids(t.supervising)).toEqual(["dang-uy-chinh-phu"]);
    expect(t.deadline.kind).toBe("urgent");
  });

  it("3/3 of 29/8/2025: Đảng ủy Bộ Nội vụ reports to Bộ Chính trị within September 2025", () => {
    const t = byCode("không-số@2025-08-29#3/3");
    expect(ids(t.lead)).toEqual(["dang-uy-bo-noi-vu"]);
    expect(ids(t.reportTo)).toEqual(["bo-chinh-tri"]);
    expect(t.originalDue).toBe("2025-09-30");
  });

  it("11(i) of 29/8/2025: Ban Tổ chức Trung ương, quarter IV/2025, four coordinating bodies", () => {
    const t = byCode("không-số@2025-08-29#11(i)");
    expect(ids(t.lead)).toEqual(["ban-to-chuc-trung-uong"]);
    expect(t.coordinating).toHaveLength(4);
    expect(t.originalDue).toBe("2025-12-31");
  });

  it("¶10.1–3 of 195-KL/TW inherit 'trong tuần đầu tháng 10-2025' → 7/10, flagged ambiguous", () => {
    for (const ref of ["¶10.1", "¶10.2", "¶10.3"]) {
      const t = byCode(`195-KL/TW@2025-09-26#${ref}`);
      expect(t.originalDue).toBe("2025-10-07");
      expect(t.deadline.flags).toContain("ambiguous");
      expect(ids(t.reportTo)).toEqual(["bo-chinh-tri", "ban-bi-thu"]);
    }
  });

  it("4 of 322-CV/ĐU: a monthly report to Ban Tổ chức Trung ương before the 25th", () => {
    const t = byCode("322-CV/ĐU@2025-08-03#4");
    expect(t.deadline).toMatchObject({
      kind: "recurring",
      recurrence: { freq: "monthly", byMonthDay: 25, bound: "before" },
    });
    expect(ids(t.reportTo)).toEqual(["ban-to-chuc-trung-uong"]);
  });

  it("the second 'd)' of 322-CV/ĐU is item đ", () => {
    expect(byCode("322-CV/ĐU@2025-08-03#1.đ").text).toMatch(/^Khẩn trương rà soát/u);
  });

  it("4/3 of 221-KL/TW: provinces with three ministries, before 31/12/2025", () => {
    const t = byCode("221-KL/TW@2025-11-28#4/3");
    expect(ids(t.lead)).toEqual(["cac-tinh-uy-thanh-uy"]);
    expect(ids(t.coordinating)).toEqual(["bo-y-te", "bo-giao-duc-va-dao-tao", "bo-noi-vu"]);
    expect(t.deadline).toMatchObject({ kind: "date", bound: "before", date: "2025-12-31" });
  });
});

describe("extraction accuracy against the catalogue", () => {
  const runs = Object.entries(CATALOGUE_SOURCES).flatMap(([id, files]) =>
    files.map((file) => ({ id, file })),
  );
  const results = runs.map(({ id, file }) => ({
    id,
    file,
    accuracy: compareExtraction(tasksOf(id), extractDirective(read(file)).tasks),
  }));
  const total = results.reduce(
    (acc, { accuracy: a }) => ({
      expected: acc.expected + a.expected,
      found: acc.found + a.found,
      rightLead: acc.rightLead + a.rightLead,
      dated: acc.dated + a.dated,
      rightDue: acc.rightDue + a.rightDue,
    }),
    { expected: 0, found: 0, rightLead: 0, dated: 0, rightDue: 0 },
  );

  it("finds ≥ 95 % of the tasks, ≥ 90 % with the right lead, ≥ 95 % of due dates", () => {
    expect((total.found / total.expected) * 100).toBeGreaterThanOrEqual(95);
    expect((total.rightLead / total.expected) * 100).toBeGreaterThanOrEqual(90);
    expect((total.rightDue / total.dated) * 100).toBeGreaterThanOrEqual(95);
  });

  it.each(results)("$file reaches the targets on its own", ({ accuracy }) => {
    expect(accuracy.foundShare).toBeGreaterThanOrEqual(95);
    expect(accuracy.rightLeadShare).toBeGreaterThanOrEqual(80);
    expect(accuracy.rightDueShare).toBeGreaterThanOrEqual(95);
    expect(accuracy.extra).toEqual([]);
  });
});
