import { describe, expect, it } from "vitest";
import { FakeOfficeError } from "../../test-support/fake-excel.js";
import { APPLY_ERROR_MESSAGES } from "../messages.js";
import { toApplyError } from "./errors.js";

describe("Excel errors become Vietnamese messages by their code", () => {
  it.each([
    ["AccessDenied", "sheet_protected"],
    ["ItemAlreadyExists", "table_name_taken"],
    ["ApiNotFound", "api_not_supported"],
    ["RequestPayloadSizeLimitExceeded", "payload_too_large"],
    ["EditModeCellEditing", "excel_busy"],
    ["GeneralException", "excel_error"],
  ] as const)("%s → %s", (officeCode, code) => {
    expect(toApplyError(new FakeOfficeError(officeCode))).toEqual({ code, officeCode });
    expect(APPLY_ERROR_MESSAGES[code].normalize("NFC")).toBe(APPLY_ERROR_MESSAGES[code]);
  });

  it("never reads the message: an error without a code is a plain Excel error", () => {
    expect(toApplyError(new Error("AccessDenied"))).toEqual({ code: "excel_error" });
  });
});
