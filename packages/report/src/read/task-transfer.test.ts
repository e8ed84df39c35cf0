import { describe, expect, it } from "vitest";
import { sampleTask } from "./sample-tasks.test-support.js";
import { TaskPacker, TaskUnpacker } from "./task-transfer.js";

describe("tasks across the worker boundary", () => {
  const bnv = { id: "bo-noi-vu", name: "Bộ Nội vụ" };
  const btc = { id: null, name: "Bộ Tài chính" };
  const month = sampleTask({ code: "A#1" }).deadline;
  const none = { kind: "ongoing" as const, text: "", flags: [] };
  const tasks = [
    sampleTask({ code: "A#1", lead: [bnv], coordinating: [btc, bnv], deadline: month }),
    sampleTask({ code: "A#2", lead: [btc], reportTo: [bnv], deadline: none, note: "ghi chú" }),
    sampleTask({ code: "A#3", lead: [], deadline: month, completedOn: "2025-12-01" }),
  ];

  it("arrives equal, key for key and in the same order, over several batches", () => {
    const packer = new TaskPacker();
    const unpacker = new TaskUnpacker();
    const first = unpacker.unpack(structuredClone(packer.pack(tasks.slice(0, 2))));
    const second = unpacker.unpack(structuredClone(packer.pack(tasks.slice(2))));
    const got = [...first, ...second];
    expect(got).toEqual(tasks);
    expect(JSON.stringify(got)).toBe(JSON.stringify(tasks));
  });

  it("sends each deadline and agency once per file, and shares them on arrival", () => {
    const packer = new TaskPacker();
    const a = packer.pack(tasks.slice(0, 2));
    const b = packer.pack(tasks.slice(2));
    expect([a.deadlines.length, a.agencies.length]).toEqual([2, 2]);
    // The third task's deadline and (empty) lead were sent with the first batch.
    expect([b.deadlines.length, b.agencies.length]).toEqual([0, 0]);
    const unpacker = new TaskUnpacker();
    const [t1, t2] = unpacker.unpack(structuredClone(a));
    const [t3] = unpacker.unpack(structuredClone(b));
    expect(t1?.deadline).toBe(t3?.deadline);
    expect(t1?.lead[0]).toBe(t1?.coordinating[1]);
    expect(t1?.lead[0]).toBe(t2?.reportTo[0]);
  });
});
