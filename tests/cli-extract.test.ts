import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// End to end: the built CLI binary on the bundled seed texts.
const MAIN = fileURLToPath(new URL("../apps/cli/dist/main.js", import.meta.url));
const SOURCES = fileURLToPath(new URL("../packages/core/catalogue-sources/", import.meta.url));

function nhiemvu(args: string[], stdin = "", env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, TZ: "America/Los_Angeles", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonTask {
  ref: string;
  text: string;
  lead: Array<{ id: string | null; name: string }>;
  coordinating: Array<{ id: string | null; name: string }>;
  supervising: Array<{ id: string | null; name: string }>;
  reportTo: Array<{ id: string | null; name: string }>;
  deadline: {
    text: string;
    kind: string;
    due: string | null;
    bound: string | null;
    flags: string[];
    parsed: { kind: string };
  };
}
interface JsonResult {
  document: { id: string | null; date: string | null; symbol: { symbol: string } | null };
  tasks: JsonTask[];
  warnings: Array<{ code: string; ref: string; message: string }>;
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first`);
});

describe("nhiemvu extract (built binary)", () => {
  it("prints the tasks of 322-CV/ĐU as JSON in the documented shape", () => {
    const r = nhiemvu(["extract", join(SOURCES, "002_dfb016a19d2361ee.txt"), "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.document.id).toBe("322-CV/ĐU@2025-08-03");
    expect(out.tasks).toHaveLength(19);
    const t = out.tasks.find((x) => x.ref === "2.a(3)");
    expect(t?.lead.map((a) => a.id)).toEqual(["bo-noi-vu"]);
    expect(t?.reportTo.map((a) => a.id)).toEqual(["chinh-phu"]);
    expect(t?.deadline).toEqual({
      text: "trước ngày 31/8/2025",
      kind: "date",
      due: "2025-08-31",
      bound: "before",
      flags: [],
      // The whole reading, for "nhiemvu report" and scripts that need its structure.
      parsed: {
        kind: "date",
        text: "trước ngày 31/8/2025",
        date: "2025-08-31",
        precision: "day",
        bound: "before",
        flags: [],
      },
    });
    const four = out.tasks.find((x) => x.ref === "4");
    expect(four?.deadline).toMatchObject({ kind: "recurring", due: "2025-08-25", bound: "before" });
    expect(out.warnings.find((w) => w.code === "numbering_corrected")?.message).toMatch(
      /số thứ tự/u,
    );
  });

  it("prints a readable Vietnamese table by default", () => {
    const r = nhiemvu(["extract", join(SOURCES, "004_0db2f7ce7a1ff3b5.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Văn bản: Kết luận 221-KL/TW ngày 28/11/2025 — Bộ Chính trị, Ban Bí thư",
    );
    expect(r.stdout).toContain("7 nhiệm vụ");
    // Row [4]/3: lead, deadline words and due in their cells (the table wraps long cells).
    const row = r.stdout.split("\n").find((line) => line.startsWith("│ [4]/3"));
    expect(row?.split("│").map((c) => c.trim())).toEqual([
      "",
      "[4]/3",
      expect.stringMatching(/^Các tỉnh uỷ/u),
      expect.stringMatching(/^Các tỉnh uỷ/u),
      expect.stringMatching(/^trước ngày/u),
      "trước 31/12/2025",
      "",
    ]);
    expect(r.stdout).toContain("Bỏ qua: nội dung thống nhất, ghi nhận, biểu dương");
  });

  /** Terminal columns of a line: NFC letters, box drawing and ⚠ take one column each, marks none. */
  const columns = (line: string) =>
    [...line.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length;

  it.each([80, 120])("fits a %i-column terminal, every line", (width) => {
    for (const seed of ["001_e28c69e39740ef77.txt", "004_0db2f7ce7a1ff3b5.txt"]) {
      const r = nhiemvu(["extract", join(SOURCES, seed)], "", { COLUMNS: String(width) });
      expect(r.code).toBe(0);
      const lines = r.stdout.split("\n");
      expect(lines.length).toBeGreaterThan(20);
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(width);
      expect(Math.max(...lines.map(columns))).toBe(width);
    }
  });

  it("shows each task's text, lead, deadline words and due for review, marking what is uncertain", () => {
    const text = [
      "BỘ CHÍNH TRỊ",
      "Số 997-KL/TW",
      "Hà Nội, ngày 20 tháng 10 năm 2025",
      "",
      "KẾT LUẬN",
      "",
      "1. Giao Bộ Tư pháp chủ trì hoàn thiện dự thảo nghị định, trình Chính phủ trước ngày 15/11/2025.",
      "",
      "2. Tiếp tục rà soát, hoàn thiện thể chế về phân cấp, phân quyền trước ngày 20/11/2025.",
      "",
    ].join("\n");
    const r = nhiemvu(["extract", "-"], text, { COLUMNS: "120" });
    expect(r.code).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("│"));
    const cells = (prefix: string) =>
      rows
        .find((l) => l.startsWith(prefix))
        ?.split("│")
        .map((c) => c.trim());
    expect(cells("│ 1 ")).toEqual([
      "",
      "1",
      expect.stringMatching(/^Giao Bộ Tư pháp chủ trì hoàn thiện/u),
      "Bộ Tư pháp",
      expect.stringMatching(/^trước ngày/u),
      "trước 15/11/2025",
      "",
    ]);
    expect(cells("│ 2 ")?.[3]).toBe("⚠ (chưa rõ)");
    expect(rows.some((l) => l.includes("⚠ Cần xem: Chưa tìm thấy cơ quan chủ trì"))).toBe(true);
    expect(r.stdout).toContain("1 nhiệm vụ có chỗ cần xem (⚠)");
    const json = JSON.parse(nhiemvu(["extract", "-", "--json"], text).stdout) as {
      tasks: { ref: string; doubts: string[] }[];
    };
    expect(json.tasks.map((t) => t.doubts)).toEqual([[], ["no_lead"]]);
  });

  it("reads stdin with '-' and takes the date from --date when the text has none", () => {
    const r = nhiemvu(
      ["extract", "-", "--json", "--date", "2025-12-05"],
      "1. Giao Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ rà soát, báo cáo Chính phủ trước 15.12.\n",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonResult;
    expect(out.document.date).toBe("2025-12-05");
    expect(out.tasks[0]?.deadline.due).toBe("2025-12-15");
    expect(out.tasks[0]?.coordinating.map((a) => a.id)).toEqual(["bo-noi-vu"]);
  });

  it("keeps the NFC and NFD spellings of a file equal", () => {
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-extract-"));
    const text = readFileSync(join(SOURCES, "000_8de8813f52df6de2.txt"), "utf8");
    writeFileSync(join(dir, "nfd.txt"), text.normalize("NFD"));
    const nfd = nhiemvu(["extract", join(dir, "nfd.txt"), "--json"]);
    const nfc = nhiemvu(["extract", join(SOURCES, "000_8de8813f52df6de2.txt"), "--json"]);
    expect(nfd.code).toBe(0);
    expect(JSON.parse(nfd.stdout)).toEqual(JSON.parse(nfc.stdout));
    expect((JSON.parse(nfc.stdout) as JsonResult).tasks).toHaveLength(36);
  });

  it("rejects a missing file, an empty input and a binary file in Vietnamese (exit 1)", () => {
    const missing = nhiemvu(["extract", "khong-co-tep.txt"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Tệp "khong-co-tep.txt" không tồn tại');
    const empty = nhiemvu(["extract", "-"], "  \n");
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("không có nội dung");
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-extract-"));
    writeFileSync(join(dir, "x.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const binary = nhiemvu(["extract", join(dir, "x.xlsx")]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain("không phải văn bản thuần");
  });

  it("reads a Windows-1258 file as Vietnamese and refuses another encoding", () => {
    const dir = mkdtempSync(join(tmpdir(), "nhiemvu-extract-"));
    // "1. Bộ Tài chính rà soát." in code page 1258 (tones as combining bytes).
    const cp1258 = Buffer.from([
      0x31, 0x2e, 0x20, 0x42, 0xf4, 0xf2, 0x20, 0x54, 0x61, 0xcc, 0x69, 0x20, 0x63, 0x68, 0x69,
      0xec, 0x6e, 0x68, 0x20, 0x72, 0x61, 0xcc, 0x20, 0x73, 0x6f, 0x61, 0xec, 0x74, 0x2e,
    ]);
    writeFileSync(join(dir, "cu.txt"), cp1258);
    const r = nhiemvu(["extract", join(dir, "cu.txt"), "--json", "--date", "2025-11-20"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as JsonResult;
    expect(json.tasks[0]?.text).toBe("Bộ Tài chính rà soát.");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("caf\xe9 na\xefve", "latin1"));
    const other = nhiemvu(["extract", join(dir, "latin1.txt")]);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("không được mã hóa bằng UTF-8 hay Windows-1258");
  });

  it("never prints a terminal escape sequence from the text", () => {
    const r = nhiemvu(
      ["extract", "-", "--date", "2025-11-20"],
      "1. Bộ Y tế \u001b[31mrà soát\u001b[0m\u0007 quy định.",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rà soát quy định/iu);
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
  });

  it("reports usage errors with exit 2", () => {
    expect(nhiemvu(["extract"]).code).toBe(2);
    expect(nhiemvu(["extract", "a.txt", "--date", "2025-13-01"]).code).toBe(2);
    expect(nhiemvu(["extract", "--help"]).stdout).toContain("nhiemvu extract TỆP");
  });
});
