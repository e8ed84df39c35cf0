import { TASK_STATUSES, type TaskStatus } from "@nhiemvu/core";

export type { TaskStatus };

/** Order of the summary's rows and columns, as official reports list them (core's order). */
export const STATUS_ORDER: readonly TaskStatus[] = TASK_STATUSES;
