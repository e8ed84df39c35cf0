import type { IsoDate } from "../dates/civil-date.js";
import type { Deadline, Recurrence } from "../model/deadline.js";
import { flagList } from "./candidate.js";

/**
 * Reading a phrase when the document's date is unknown. No year is made up: the
 * phrase is read against two reference dates far apart, and every value that
 * differs between the two readings depends on the reference, so it is dropped
 * and the reading flagged no_reference_date. What the words fix by themselves
 * ("trước ngày 31/8/2025", "trong quý IV/2025") is kept. A recurring duty keeps
 * its rule without a start, a period keeps its count without an anchor date, an
 * event its name; a date that only the reference could place (a day without a
 * year) leaves nothing of its kind, so it is `unparsed`, with its words, flagged.
 */
export const PROBE_DATES: readonly [IsoDate, IsoDate] = ["2004-03-01", "2008-09-01"];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function withoutStart(r: Recurrence): Recurrence {
  const { start: _start, ...rest } = r;
  return rest;
}

/** `a` without what differs from `b` (the same phrase read against another date). */
export function withoutReference(a: Deadline, b: Deadline | undefined): Deadline {
  if (b !== undefined && same(a, b)) return a;
  const flags = flagList(...a.flags, "no_reference_date");
  const kept = flags.filter((f) => f !== "year_inferred");
  switch (a.kind) {
    case "recurring": {
      const { more, ...rest } = a;
      return {
        ...rest,
        recurrence: withoutStart(a.recurrence),
        ...(more !== undefined ? { more: more.map(withoutStart) } : {}),
        flags: kept,
      };
    }
    case "relative": {
      const other = b?.kind === "relative" ? b : undefined;
      const { date, ...rest } = a;
      const keepDate = date !== undefined && other?.date === date;
      const anchorSame = other !== undefined && other.anchor.date === a.anchor.date;
      return {
        ...rest,
        ...(keepDate ? { date } : {}),
        anchor: anchorSame ? a.anchor : { text: a.anchor.text },
        flags: kept,
      };
    }
    case "event": {
      const other = b?.kind === "event" ? b : undefined;
      const { date, eventDate, ...rest } = a;
      return {
        ...rest,
        ...(date !== undefined && other?.date === date ? { date } : {}),
        ...(eventDate !== undefined && other?.eventDate === eventDate ? { eventDate } : {}),
        flags: kept,
      };
    }
    case "date":
      if (b?.kind === "date" && b.date === a.date) return { ...a, flags: kept };
      return { kind: "unparsed", text: a.text, flags: flagList("no_reference_date", "unparsed") };
    case "urgent":
    case "ongoing":
    case "unparsed":
      return a;
    default: {
      const never: never = a;
      return never;
    }
  }
}
