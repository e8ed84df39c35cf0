import { describe, it } from "vitest";
import type { DeadlineValue } from "./candidate.js";
import { expectParse } from "./test-support/expect.js";

const quarter = (date: string, flags: DeadlineValue["flags"] = []): DeadlineValue => ({
  kind: "date",
  date,
  precision: "quarter",
  bound: "inclusive",
  flags,
});

describe("quarter forms", () => {
  it.each<[string, string, DeadlineValue]>([
    ["trong quý IV/2025", "2025-08-29", quarter("2025-12-31")],
    ["báo cáo Bộ Chính trị, Ban Bí thư trong quý IV/2025", "2025-08-29", quarter("2025-12-31")],
    ["quý 1/2026", "2025-08-29", quarter("2026-03-31")],
    ["quý I-2026", "2025-08-29", quarter("2026-03-31")],
    ["quý I–2026", "2025-08-29", quarter("2026-03-31")],
    ["quý II/2026", "2025-08-29", quarter("2026-06-30")],
    ["trong quý III năm 2026", "2025-08-29", quarter("2026-09-30")],
    ["trong quý iv/2025", "2025-08-29", quarter("2025-12-31")],
    ["Quý 4.2025", "2025-08-29", quarter("2025-12-31")],
    ["trước quý I/2026", "2025-08-29", quarter("2025-12-31")],
    ["trong quý IV", "2025-08-29", quarter("2025-12-31", ["year_inferred"])],
    ["trong quý II", "2025-08-29", quarter("2026-06-30", ["year_inferred"])],
    [
      "cuối quý III/2025",
      "2025-08-29",
      { kind: "date", date: "2025-09-30", precision: "day", bound: "inclusive", flags: [] },
    ],
  ])("%s (document %s)", (phrase, doc, expected) => expectParse(phrase, doc, expected));

  it.each([["quý V/2025"], ["quý 5/2026"], ["quý IIII/2025"]])("%s is unparsed", (phrase) =>
    expectParse(phrase, "2025-08-29", { kind: "unparsed", flags: ["unparsed"] }),
  );
});
