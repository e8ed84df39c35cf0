import { TRACKING_SHEET } from "@nhiemvu/core";
import { describe, expect, it } from "vitest";
import { FakeWorkbook } from "../../test-support/fake-excel.js";
import { fakeHost } from "../../test-support/host.js";
import { makeTasks } from "../../test-support/tasks.js";
import { appendTasks, createSheet, refreshStatus } from "../commands/sheet.js";

const LIMIT = 5 * 1024 * 1024;

/** Syncs each action costs, measured on the recording fake. */
async function measure(rows: number) {
  const tasks = makeTasks(rows);
  const book = new FakeWorkbook();
  const host = fakeHost(book);
  const create = await createSheet(host, { asOf: "2025-12-01", tasks });
  const refresh = await refreshStatus(host, "2026-01-15");
  const again = await appendTasks(host, tasks.slice(0, 5), "2026-01-15");
  const heaviest = Math.max(...book.requestBytes);
  return {
    create: create.ok ? create.syncs : -1,
    refresh: refresh.ok ? refresh.syncs : -1,
    appendDuplicates: again.ok ? again.syncs : -1,
    heaviest,
    rows: book.table(TRACKING_SHEET.tableName)?.rows().length,
  };
}

describe("sync counts (constant up to the 5 MB request limit)", () => {
  it("10 and 1,000 rows cost the same number of syncs", async () => {
    const ten = await measure(10);
    const thousand = await measure(1_000);
    console.log("syncs 10 rows:", ten, "1,000 rows:", thousand);
    expect(ten).toMatchObject({ create: 2, refresh: 4, appendDuplicates: 3, rows: 10 });
    expect(thousand).toMatchObject({ create: 2, refresh: 4, appendDuplicates: 3, rows: 1_000 });
  });

  it("20,000 rows split into requests under 5 MB, and no more than needed", async () => {
    const big = await measure(20_000);
    console.log("syncs 20,000 rows:", big);
    expect(big.rows).toBe(20_000);
    expect(big.heaviest).toBeLessThanOrEqual(LIMIT);
    // Each request carries close to the 4 MB budget: about 14 MB of rows and formats.
    expect(big.create).toBeGreaterThan(2);
    expect(big.create).toBeLessThanOrEqual(7);
    expect(big.refresh).toBeGreaterThan(4);
    expect(big.refresh).toBeLessThanOrEqual(16);
  }, 120_000);
});
