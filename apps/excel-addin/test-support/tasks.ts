import { parseDeadline, resolveDeadline, type IsoDate, type Task } from "@nhiemvu/core";

/**
 * Tasks of a directive written by hand for the add-in's tests: the deadline
 * words are parsed by core, the due date resolved by core.
 */
export function makeTask(
  n: number,
  over: Partial<Omit<Task, "deadline">> & { deadlineText?: string; documentDate?: IsoDate } = {},
): Task {
  const documentDate = over.documentDate ?? "2025-11-28";
  const deadline = parseDeadline(over.deadlineText ?? "trong tháng 12/2025", { documentDate });
  const due = deadline.kind === "recurring" ? null : resolveDeadline(deadline, {}).due;
  const { deadlineText: _text, documentDate: _date, ...rest } = over;
  return {
    code: `221-KL/TW@${documentDate}#${n}`,
    documentId: `221-KL/TW@${documentDate}`,
    ref: String(n),
    text: `Nhiệm vụ số ${n}: rà soát, hoàn thiện quy định về tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp.`,
    summary: "",
    lead: [{ id: "ban-to-chuc-trung-uong", name: "Ban Tổ chức Trung ương" }],
    coordinating: [],
    supervising: [],
    reportTo: [],
    deadline,
    originalDue: due,
    currentDue: due,
    extensions: [],
    completedOn: null,
    progress: [],
    ...rest,
  };
}

export const makeTasks = (count: number): Task[] =>
  Array.from({ length: count }, (_, i) => makeTask(i + 1));
