/**
 * Errors of the apply layer as data. Office.js errors carry a stable `code`
 * (OfficeExtension.ErrorCodes); they are mapped here, never by their message.
 */
export type ApplyErrorCode =
  | "api_not_supported"
  | "workbook_protected"
  | "sheet_protected"
  | "sheet_exists"
  | "table_name_taken"
  | "table_not_found"
  | "table_has_totals"
  | "payload_too_large"
  | "excel_busy"
  | "excel_error";

export interface ApplyError {
  code: ApplyErrorCode;
  /** Office's own code, kept for support ("GeneralException"). */
  officeCode?: string;
}

export type ApplyResult<T> =
  { ok: true; value: T; syncs: number } | { ok: false; error: ApplyError };

const OFFICE_CODES: Record<string, ApplyErrorCode> = {
  AccessDenied: "sheet_protected",
  ItemAlreadyExists: "table_name_taken",
  ApiNotFound: "api_not_supported",
  UnsupportedFeature: "api_not_supported",
  RequestPayloadSizeLimitExceeded: "payload_too_large",
  ResponsePayloadSizeLimitExceeded: "payload_too_large",
  PayloadTooLarge: "payload_too_large",
  ActivityLimitReached: "excel_busy",
  EditModeCellEditing: "excel_busy",
  ServiceNotAvailable: "excel_busy",
};

/** Office's error code of a thrown value, if it has one. */
export function officeCodeOf(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** The apply error of anything Office.js threw. */
export function toApplyError(error: unknown): ApplyError {
  const officeCode = officeCodeOf(error);
  const code = (officeCode && OFFICE_CODES[officeCode]) || "excel_error";
  return officeCode ? { code, officeCode } : { code };
}
