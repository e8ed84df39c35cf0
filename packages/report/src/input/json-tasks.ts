import { Task } from "@nhiemvu/core";

export interface JsonProblem {
  /** Path into the JSON, e.g. "tasks[3].completedOn". */
  path: string;
  code: string;
  /** Vietnamese wording of the problem. */
  message: string;
}

export type JsonTasksResult = { ok: true; tasks: Task[] } | { ok: false; problems: JsonProblem[] };

const MAX_PROBLEMS = 20;

function pathText(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

/** Problems of one item's failed validation, each with its path ("tasks[3].completedOn"). */
export function problemsOf(
  prefix: string,
  issues: readonly { path: readonly PropertyKey[]; code: string }[],
): JsonProblem[] {
  return issues.map((issue) => ({
    path: pathText(prefix, issue.path),
    code: issue.code,
    message: WORDS[issue.code] ?? "không hợp lệ",
  }));
}

/** Vietnamese wording of zod's issue codes. */
const WORDS: Record<string, string> = {
  invalid_type: "sai kiểu dữ liệu hoặc thiếu",
  invalid_format: "sai định dạng (ngày phải là YYYY-MM-DD)",
  invalid_value: "giá trị không được phép",
  unrecognized_keys: "có trường không được phép",
  too_small: "trống hoặc quá ngắn",
  too_big: "quá lớn",
  invalid_union: "không khớp dạng nào cho phép",
  custom: "không hợp lệ",
};

/**
 * Tasks from the text of a JSON export — an array of tasks, or an object with
 * a `tasks` array (a catalogue) — each validated with core's Task schema.
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
  (list as unknown[]).forEach((item, index) => {
    const parsed = Task.safeParse(item);
    if (parsed.success) {
      tasks.push(parsed.data);
      return;
    }
    for (const p of problemsOf(`${prefix}[${index}]`, parsed.error.issues)) {
      if (problems.length >= MAX_PROBLEMS) return;
      problems.push(p);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, tasks };
}
