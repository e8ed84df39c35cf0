import { normalizeVietnamese } from "../text/normalize.js";

/**
 * Task codes: "<document id>#<item reference>", the key a task is matched by
 * across imports, workbooks and units. Built from normalised parts so that two
 * copies of the same directive give the same code whatever their typography.
 */

/**
 * An item reference as a key: NFC with canonical tone marks, no spaces, no
 * closing punctuation, and a number printed in square brackets ("[4]", as web
 * copies of Party documents number items) taken as the number itself, since
 * the Word copy of the same text prints it "4.".
 * @example normalizeTaskRef(" [4] ") // "4"
 * @example normalizeTaskRef("2.a)") // "2.a"
 */
export function normalizeTaskRef(ref: string): string {
  return normalizeVietnamese(ref)
    .replace(/\s+/g, "")
    .replace(/\[(\d+)\]/g, "$1")
    .replace(/[.):]+$/u, "");
}

/**
 * Normalised document id: NFC, canonical tone marks, no spaces around the
 * symbol's "-" and "/" ("221 - KL/TW" is 221-KL/TW).
 * @example normalizeDocumentIdForCode("221 - KL / TW@2025-11-28") // "221-KL/TW@2025-11-28"
 */
// Every task of a document shares its id: remember the last one normalised.
let lastId: { documentId: string; normalised: string } | undefined;

function normalizeDocumentIdForCode(documentId: string): string {
  if (lastId?.documentId === documentId) return lastId.normalised;
  const normalised = normalizeVietnamese(documentId).replace(/\s+/g, "");
  lastId = { documentId, normalised };
  return normalised;
}

/**
 * The code of the task at item `ref` of a document.
 * @example taskCode("221-KL/TW@2025-11-28", "[4]") // "221-KL/TW@2025-11-28#4"
 */
export function taskCode(documentId: string, ref: string): string {
  return `${normalizeDocumentIdForCode(documentId)}#${normalizeTaskRef(ref)}`;
}

/**
 * A code already written somewhere (an older workbook, a JSON export) in the
 * form taskCode builds today, so old and new codes of one task compare equal.
 * Codes not of the "id#ref" form are only NFC-normalised and trimmed.
 * @example normalizeTaskCode("221-KL/TW@2025-11-28#[4]") // "221-KL/TW@2025-11-28#4"
 */
export function normalizeTaskCode(code: string): string {
  const hash = code.lastIndexOf("#");
  if (hash <= 0) return normalizeVietnamese(code).trim();
  return taskCode(code.slice(0, hash), code.slice(hash + 1));
}
