import type { Task } from "@nhiemvu/core";

/** A task with the fields tests care about; the rest empty but valid. */
export function sampleTask(partial: Partial<Task> & Pick<Task, "code">): Task {
  return {
    documentId: "221-KL/TW@2025-11-28",
    ref: partial.code.split("#")[1] ?? "1",
    text: `Nhiệm vụ ${partial.code}`,
    summary: "",
    lead: [{ id: null, name: "Bộ Nội vụ" }],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline: {
      kind: "date",
      text: "trong tháng 12/2025",
      flags: [],
      date: "2025-12-31",
      precision: "month",
      bound: "inclusive",
    },
    originalDue: "2025-12-31",
    currentDue: "2025-12-31",
    extensions: [],
    completedOn: null,
    progress: [],
    ...partial,
  };
}
