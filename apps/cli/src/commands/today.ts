import { parseTypedDate, toIso, type IsoDate } from "@nhiemvu/core";
import type { CliIo } from "../command.js";

/** Today on this machine (NHIEMVU_TODAY overrides it, for tests and re-runs). */
export function today(io: CliIo): IsoDate {
  const fixed = io.env.NHIEMVU_TODAY;
  return (fixed ? parseTypedDate(fixed) : null) ?? toIso(new Date());
}
