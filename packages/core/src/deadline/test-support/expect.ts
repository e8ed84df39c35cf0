import { expect } from "vitest";
import type { DeadlineValue } from "../candidate.js";
import { parseDeadline } from "../parse.js";

/** parseDeadline(phrase) must equal `expected` with the phrase (NFC, trimmed) as text. */
export function expectParse(phrase: string, documentDate: string, expected: DeadlineValue): void {
  expect(parseDeadline(phrase, { documentDate })).toEqual({
    ...expected,
    text: phrase.normalize("NFC").trim(),
  });
}
