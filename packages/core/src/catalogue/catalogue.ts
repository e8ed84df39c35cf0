import type { DirectiveDocument } from "../model/document.js";
import type { Task } from "../model/task.js";
import { CV_322_DOCUMENT, CV_322_TASKS } from "./data/cv-322.js";
import { KL_195_DOCUMENT, KL_195_TASKS } from "./data/kl-195.js";
import { KL_221_DOCUMENT, KL_221_TASKS } from "./data/kl-221.js";
import { KL_2025_08_29_DOCUMENT, KL_2025_08_29_TASKS } from "./data/kl-2025-08-29.js";

/** The bundled data set: the seed directives and their tasks, checked by hand. */
export interface Catalogue {
  documents: readonly DirectiveDocument[];
  tasks: readonly Task[];
}

/** Source file of each document in packages/core/catalogue-sources (first copy for 221-KL/TW). */
export const CATALOGUE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  "không-số@2025-08-29": ["000_8de8813f52df6de2.txt"],
  "195-KL/TW@2025-09-26": ["001_e28c69e39740ef77.txt"],
  "322-CV/ĐU@2025-08-03": ["002_dfb016a19d2361ee.txt"],
  "221-KL/TW@2025-11-28": ["003_35a65e80e7c2d07d.txt", "004_0db2f7ce7a1ff3b5.txt"],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let catalogue: Catalogue | undefined;

/**
 * The bundled catalogue: four directives (Kết luận of 29/8/2025 without a
 * printed number, 195-KL/TW, 322-CV/ĐU, 221-KL/TW) and their 75 tasks, in
 * document order. Built on first call and frozen: copy before editing.
 * @example defaultCatalogue().documents.map((d) => d.id)[3] // "221-KL/TW@2025-11-28"
 */
export function defaultCatalogue(): Catalogue {
  catalogue ??= deepFreeze({
    documents: [KL_2025_08_29_DOCUMENT, KL_195_DOCUMENT, CV_322_DOCUMENT, KL_221_DOCUMENT],
    tasks: [...KL_2025_08_29_TASKS, ...KL_195_TASKS, ...CV_322_TASKS, ...KL_221_TASKS],
  });
  return catalogue;
}
