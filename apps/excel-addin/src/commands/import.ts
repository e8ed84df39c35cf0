import { defaultCatalogue, extractDirective, type IsoDate, type Task } from "@nhiemvu/core";
import { extractionWarningMessage } from "../messages.js";

/** The bundled catalogue's tasks (the seed directives), to fill a new sheet. */
export const catalogueTasks = (): readonly Task[] => defaultCatalogue().tasks;

/** A task found in pasted text, as the pane lists it. */
export interface ImportItem {
  task: Task;
  code: string;
  ref: string;
  lead: string;
  deadlineText: string;
  due: IsoDate | null;
  warnings: string[];
}

export interface ImportPreview {
  items: ImportItem[];
  /** Warnings about the document, or about items that gave no task. */
  notes: string[];
}

/** "Nhập từ văn bản", first step: what extraction finds (pure, nothing written). */
export function previewImport(text: string, documentDate?: IsoDate): ImportPreview {
  const result = extractDirective(text, documentDate ? { documentDate } : {});
  const taskRefs = new Set(result.tasks.map((task) => task.ref));
  const items = result.tasks.map((task) => ({
    task,
    code: task.code,
    ref: task.ref,
    lead: task.lead.map((agency) => agency.name).join("; "),
    deadlineText: task.deadline.text,
    due: task.currentDue,
    warnings: result.warnings
      .filter((warning) => warning.ref === task.ref)
      .map((warning) => extractionWarningMessage(warning.code)),
  }));
  const notes = result.warnings
    .filter((warning) => !taskRefs.has(warning.ref))
    .map((warning) =>
      [warning.ref, extractionWarningMessage(warning.code), warning.excerpt]
        .filter(Boolean)
        .join(" — "),
    );
  return { items, notes };
}
