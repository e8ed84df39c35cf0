export interface JsonProblem {
  /** Path into the JSON, e.g. "tasks[3].completedOn". */
  path: string;
  code: string;
  /** Vietnamese wording of the problem. */
  message: string;
}

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
