import type { ExcelContext } from "./excel-api.js";

/**
 * Compile-time proof that Office.js's real context fits the structural API the
 * apply layer is written against (a type error here means the subset drifted).
 */
export const asExcelContext = (context: Excel.RequestContext): ExcelContext => context;
