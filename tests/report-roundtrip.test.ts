import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Task } from "@nhiemvu/core";
import { readTrackingWorkbook, writeTrackingWorkbook } from "@nhiemvu/report";
import { describe, expect, it } from "vitest";

/**
 * Nothing may be lost or altered between a cell and the report: 20,000 tasks
 * of random Vietnamese text (every vowel with every tone mark, đ, capitals,
 * NFC and NFD), written by exceljs and re-saved by LibreOffice, read back
 * equal. The sheets run to megabytes, so multi-byte characters straddle many
 * of the reader's inflate chunks.
 */
const dir = mkdtempSync(join(tmpdir(), "nhiemvu-roundtrip-"));
const COUNT = 20_000;

const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
/** Every vowel × tone, then đ and a few consonants; capitals too. */
const LETTERS = [
  ...BASES.flatMap((b) => TONES.map((t) => `${b}${t}`.normalize("NFC"))),
  "đ",
  ..."bcdghklmnpqrstvx",
];

/** A seeded generator, so a failure names a text that can be made again. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function words(next: () => number, count: number, lines = true): string {
  const out: string[] = [];
  for (let w = 0; w < count; w += 1) {
    let word = "";
    const length = 1 + Math.floor(next() * 6);
    for (let i = 0; i < length; i += 1) {
      const letter = LETTERS[Math.floor(next() * LETTERS.length)] ?? "a";
      word += next() < 0.1 ? letter.toLocaleUpperCase("vi") : letter;
    }
    out.push(word);
  }
  const text = out.join(lines && next() < 0.1 ? "\n" : " ");
  return next() < 0.5 ? text.normalize("NFD") : text;
}

function tasks(): Task[] {
  const next = rng(20_251_128);
  return Array.from({ length: COUNT }, (_, i) => ({
    code: `221-KL/TW@2025-11-28#${i + 1}`,
    documentId: "221-KL/TW@2025-11-28",
    ref: String(i + 1),
    text: words(next, 8 + Math.floor(next() * 30)),
    summary: "",
    // A cell of agency names is split on line breaks and ";": one name is one line.
    lead: [{ id: null, name: words(next, 3, false) }],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: { kind: "ongoing", text: "", flags: [] },
    originalDue: null,
    currentDue: null,
    extensions: [],
    completedOn: null,
    progress: [],
    note: words(next, 5),
  }));
}

async function readBack(file: string): Promise<Task[]> {
  const read: Task[] = [];
  const outcome = await readTrackingWorkbook(file, {
    isolate: false,
    onTasks: (batch) => {
      for (const t of batch) read.push(t);
    },
  });
  expect(outcome).toMatchObject({ ok: true, rowErrors: [] });
  return read;
}

/** What a cell keeps of a text: core reads cells as NFC (rowToTask), everything else exactly. */
const expected = (written: Task[]) =>
  written.map((t) => ({
    text: t.text.normalize("NFC"),
    note: t.note?.normalize("NFC"),
    lead: t.lead[0]?.name.normalize("NFC"),
  }));
const seen = (read: Task[]) =>
  read.map((t) => ({ text: t.text, note: t.note, lead: t.lead[0]?.name }));

describe("round trip of 20,000 tasks of Vietnamese text", async () => {
  const written = tasks();
  const file = join(dir, "exceljs.xlsx");
  await writeTrackingWorkbook(
    { filename: file },
    written.map((task) => ({ task })),
  );

  it("written by exceljs, reads back equal", async () => {
    const read = await readBack(file);
    expect(read.some((t) => t.text.includes("\uFFFD"))).toBe(false);
    expect(seen(read)).toEqual(expected(written));
  });

  it("re-saved by LibreOffice, reads back equal", async () => {
    const out = join(dir, "libreoffice");
    mkdirSync(out);
    const r = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        out,
        file,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(["exceljs.xlsx"]);
    const read = await readBack(join(out, "exceljs.xlsx"));
    expect(seen(read)).toEqual(expected(written));
  }, 300_000);
});
