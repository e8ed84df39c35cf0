import {
  defaultCatalogue,
  describeExtractionWarning,
  extractDirective,
  reviewTask,
  shortenText,
  type IsoDate,
  type Task,
  type TaskReview,
} from "@nhiemvu/core";

/** The bundled catalogue's tasks (the seed directives), to fill a new sheet. */
export const catalogueTasks = (): readonly Task[] => defaultCatalogue().tasks;

/**
 * A task found in pasted text, as the pane lists it: the task to append and
 * core's review of it (text, lead, deadline words, due dd/mm/yyyy, doubts),
 * the same review `nhiemvu extract` prints.
 */
export interface ImportItem {
  task: Task;
  code: string;
  review: TaskReview;
}

export interface ImportPreview {
  items: ImportItem[];
  /** Every extraction warning in core's words, with its item and excerpt, as the CLI lists them. */
  notes: string[];
}

/** "Nhập từ văn bản", first step: what extraction finds (pure, nothing written). */
export function previewImport(text: string, documentDate?: IsoDate): ImportPreview {
  const result = extractDirective(text, documentDate ? { documentDate } : {});
  const items = result.tasks.map((task) => ({
    task,
    code: task.code,
    review: reviewTask(task, result.warnings),
  }));
  const notes = result.warnings.map((warning) =>
    [
      warning.ref ? `[${warning.ref}]` : "",
      describeExtractionWarning(warning),
      // A warning with a detail says it in its words; the excerpt shows where the others are.
      !warning.detail && warning.excerpt ? `— ${shortenText(warning.excerpt, 80)}` : "",
    ]
      .filter(Boolean)
      .join(" "),
  );
  return { items, notes };
}
