import { Task } from "@nhiemvu/core";
import { extractionDocument, taskFromExtraction } from "./extract-json.js";
import { problemsOf, type JsonProblem } from "./problems.js";

export { problemsOf, type JsonProblem } from "./problems.js";

export type JsonTasksResult = { ok: true; tasks: Task[] } | { ok: false; problems: JsonProblem[] };

const MAX_PROBLEMS = 20;

/**
 * Tasks from the text of a JSON export — an array of tasks, or an object with
 * a `tasks` array (a catalogue), or the output of `nhiemvu extract --json` —
 * each validated with core's Task schema.
 * Problems carry the path of the bad value ("tasks[3].completedOn").
 */
export function parseJsonTasks(text: string): JsonTasksResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [{ path: "(gốc)", code: "json_syntax", message: "không phải JSON hợp lệ" }],
    };
  }
  let list: unknown;
  let prefix = "";
  if (Array.isArray(data)) list = data;
  else if (
    typeof data === "object" &&
    data !== null &&
    Array.isArray((data as { tasks?: unknown }).tasks)
  ) {
    list = (data as { tasks: unknown[] }).tasks;
    prefix = "tasks";
  } else {
    return {
      ok: false,
      problems: [
        {
          path: "(gốc)",
          code: "shape",
          message: "phải là một mảng nhiệm vụ hoặc đối tượng có trường tasks",
        },
      ],
    };
  }
  const tasks: Task[] = [];
  const problems: JsonProblem[] = [];
  // The output of `nhiemvu extract --json`: its tasks are read as tasks of its document.
  const named = prefix === "tasks" ? (data as { document?: unknown }).document : undefined;
  const document = typeof named === "object" && named !== null ? extractionDocument(named) : null;
  const add = (list: readonly JsonProblem[]) => {
    for (const p of list) if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  (list as unknown[]).forEach((item, index) => {
    const parsed = Task.safeParse(item);
    if (parsed.success) {
      tasks.push(parsed.data);
      return;
    }
    if (document === null) add(problemsOf(`${prefix}[${index}]`, parsed.error.issues));
    else if (!document.ok) {
      if (!problems.includes(document.problem)) add([document.problem]);
    } else {
      const extracted = taskFromExtraction(item, document.id, `${prefix}[${index}]`);
      if (extracted.ok) tasks.push(extracted.task);
      else add(extracted.problems);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tasks };
}
