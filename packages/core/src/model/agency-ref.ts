import { z } from "zod";

/**
 * A mention of an agency in a task: the registry id when the name is known,
 * and the name as written (kept even when known, so nothing is lost).
 */
export const AgencyRef = /* @__PURE__ */ z.strictObject({
  /** Registry id (e.g. "dang-uy-chinh-phu"); null when the name is not in the registry. */
  id: z.string().nullable(),
  /** The name as written in the source. */
  name: z.string().min(1),
});
export type AgencyRef = z.infer<typeof AgencyRef>;
