import {
  agencyAbbreviation,
  agencySeat,
  agencySystem,
  normalizeVietnamese,
  rollForwardToWorkingDay,
  type IsoDate,
  type Task,
} from "@nhiemvu/core";
import { placeDateLine, upperVi, viDate, viInteger, viPercent } from "../format/vi.js";
import type { ReportForm, ReportHeader, ReportSigner } from "./types.js";

/**
 * The header and closing of the report in the form of its issuing body:
 *
 * - State bodies: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I — mục II.1
 *   (Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", tiêu ngữ "Độc lập - Tự do
 *   - Hạnh phúc" with a rule under it), II.2 (tên cơ quan), II.3 ("Số:" then
 *   "/BC-<chữ viết tắt>"), II.4 (địa danh và ngày), II.5 (tên loại "BÁO CÁO"
 *   and trích yếu), II.7 (quyền hạn, chức vụ, họ tên), II.9 (nơi nhận: "Lưu: VT").
 * - Party bodies: Hướng dẫn 36-HD/VPTW, mục II.1 — 1.1 (tiêu đề "ĐẢNG CỘNG SẢN
 *   VIỆT NAM"), 1.2 (tên cơ quan ban hành with "*" under it), 1.3 ("Số
 *   …-BC/<cơ quan>", no colon), 1.4 (địa danh và ngày), 1.5 (tên loại and
 *   trích yếu), 1.7 (thể thức đề ký: "T/M" for a collective), 1.9 (nơi nhận:
 *   "Lưu Văn phòng …").
 */

export interface HeaderOptions {
  /** The form; default from the reporting unit (agencySystem), else from the regime. */
  form?: ReportForm;
  /** Place of the date line; default the unit's seat when known, else a placeholder. */
  place?: string;
  /** Date of the report; default the cut-off rolled forward to a working day. */
  reportDate?: IsoDate;
  /** The number in "Số …"; default blank, for the office to fill in when it registers the report. */
  number?: string;
  /** Who signs; any part left out gets the form's default or a placeholder. */
  signer?: Partial<ReportSigner>;
  /** Recipients ("Ban Tổ chức Trung ương"); the file copy is always added last. */
  recipients?: readonly string[];
}

/** What the header says about the data: computed by the model builder. */
export interface HeaderFacts {
  unit: string;
  regimeId: string;
  regimeName: string;
  period: { label: string; from: IsoDate; to: IsoDate; reportDue: IsoDate };
  asOf: IsoDate;
  figures: {
    total: number;
    completed: number;
    overdue: number;
    /** Percent, or null when its denominator is empty (no rate is stated). */
    rateOfDue: number | null;
    rateOfAssigned: number | null;
  };
}

/** Dotted blank an officer fills by hand (the forms' own "……"). */
export const PLACEHOLDER = "……………";

const PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const DOC_TYPE = "BÁO CÁO";
/** Type code of a report in a document symbol (both forms). */
const REPORT_CODE = "BC";
/** A blank for the number, wide enough to write it by hand. */
const BLANK_NUMBER = "\u00a0".repeat(8);

/** A party committee's reports are signed for its standing committee (36-HD/VPTW 1.7). */
const PARTY_COMMITTEE = /^(đảng ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|xã ủy) /u;

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

function isPartyCommittee(unit: string): boolean {
  return PARTY_COMMITTEE.test(`${normalizeVietnamese(unit).toLocaleLowerCase("vi")} `);
}

/** The form a unit's report takes: the unit's own system, else the regime's. */
export function reportForm(unit: string, regimeId: string): ReportForm {
  return agencySystem(unit) ?? (regimeId === "dang" ? "party" : "state");
}

/**
 * "Số:      /BC-BNV" (State) or "Số      -BC/ĐUCP" (Party), with the number
 * when given.
 */
export function numberLine(form: ReportForm, unit: string, number?: string): string {
  const n = number?.trim() || BLANK_NUMBER;
  const short = agencyAbbreviation(unit);
  switch (form) {
    case "state":
      return `Số: ${n}/${REPORT_CODE}-${short}`;
    case "party":
      return `Số ${n}-${REPORT_CODE}/${short}`;
    default: {
      const never: never = form;
      return never;
    }
  }
}

function defaultSigner(form: ReportForm, unit: string): ReportSigner {
  const authority = form === "party" && isPartyCommittee(unit) ? "T/M BAN THƯỜNG VỤ" : "";
  return { authority, position: PLACEHOLDER, name: PLACEHOLDER };
}

/** The file copy closing "Nơi nhận" (ND 30/2020 II.9: "Lưu: VT"; 36-HD/VPTW 1.9: "Lưu Văn phòng …"). */
function fileCopy(form: ReportForm, unit: string): string {
  if (form === "state") return "Lưu: VT";
  return isPartyCommittee(unit) ? `Lưu Văn phòng ${normalizeVietnamese(unit)}` : "Lưu Văn phòng";
}

/**
 * The bodies the tasks are to be reported to, in first-seen order: the default
 * "Nơi nhận". The reporting unit and its own organs and posts (their names
 * contain its name: "Ban Thường vụ Đảng ủy Chính phủ") are left out.
 */
export function reportRecipients(tasks: Iterable<Task>, unit: string): string[] {
  const own = normalizeVietnamese(unit).toLocaleLowerCase("vi");
  const seen = new Map<string, string>();
  for (const task of tasks) {
    for (const body of task.reportTo) {
      const name = normalizeVietnamese(body.name).trim();
      const key = name.toLocaleLowerCase("vi");
      if (name !== "" && !key.includes(own) && !seen.has(key)) seen.set(key, name);
    }
  }
  return [...seen.values()];
}

/**
 * The header block, the short narrative before the tables, "Nơi nhận" and the
 * signature block, in the form of the reporting unit. Pure.
 */
export function buildReportHeader(facts: HeaderFacts, options: HeaderOptions = {}): ReportHeader {
  const unit = normalizeVietnamese(facts.unit).trim();
  const form = options.form ?? reportForm(unit, facts.regimeId);
  const place = options.place?.trim() || agencySeat(unit) || PLACEHOLDER;
  // A report is dated the day it is signed; derived from the cut-off, that is a working day.
  const reportDate = options.reportDate ?? rollForwardToWorkingDay(facts.asOf);
  const p = facts.period;
  const f = facts.figures;
  // "tháng 12/2025" never breaks between its words at the end of the line.
  const period = lowerFirst(p.label).replace(/ (?=\S+$)/u, "\u00a0");
  const subject = `Tình hình thực hiện nhiệm vụ được giao tại các văn bản chỉ đạo ${period}`;
  const signer = { ...defaultSigner(form, unit), ...stripEmpty(options.signer) };
  const intro = [
    `Thực hiện ${lowerFirst(facts.regimeName)}, ${unit} báo cáo tình hình thực hiện nhiệm vụ được giao tại các văn bản chỉ đạo ${lowerFirst(p.label)} (số liệu từ ngày ${viDate(p.from)} đến hết ngày ${viDate(facts.asOf)}) như sau:`,
    `Tổng số ${viInteger(f.total)} nhiệm vụ được giao; đã hoàn thành ${viInteger(f.completed)} nhiệm vụ${ratePhrase(f.rateOfDue, f.rateOfAssigned)}; ${viInteger(f.overdue)} nhiệm vụ chưa hoàn thành đã quá hạn.`,
  ].join(" ");
  return {
    form,
    issuingBody: upperVi(unit),
    issuingMark: form === "party" ? "*" : "",
    partyLine: form === "party" ? PARTY_HEADING : NATIONAL_TITLE,
    motto: form === "state" ? MOTTO : "",
    numberLine: numberLine(form, unit, options.number),
    placeDateLine: placeDateLine(place, reportDate),
    reportDate,
    docType: DOC_TYPE,
    subject,
    title: `${DOC_TYPE} ${upperVi(subject)}`,
    periodLine: `Kỳ báo cáo: ${p.label} (từ ngày ${viDate(p.from)} đến ngày ${viDate(p.to)}) — ${facts.regimeName}`,
    cutOffLine: `Số liệu tính đến hết ngày ${viDate(facts.asOf)}; hạn gửi báo cáo: ${viDate(p.reportDue)}`,
    intro,
    recipients: [
      ...(options.recipients ?? []).map((r) => normalizeVietnamese(r).trim()).filter(Boolean),
      fileCopy(form, unit),
    ],
    signer: {
      authority: upperVi(signer.authority),
      position: upperVi(signer.position),
      name: normalizeVietnamese(signer.name),
    },
  };
}

function stripEmpty(signer: Partial<ReportSigner> | undefined): Partial<ReportSigner> {
  const out: Partial<ReportSigner> = {};
  for (const key of ["authority", "position", "name"] as const) {
    const value = signer?.[key]?.trim();
    if (value !== undefined && (value !== "" || key === "authority")) out[key] = value;
  }
  return out;
}

/** ", đạt x% số nhiệm vụ đến hạn và y% tổng số nhiệm vụ được giao", naming only the rates that exist. */
function ratePhrase(ofDue: number | null, ofAssigned: number | null): string {
  const parts = [
    ofDue === null ? null : `${viPercent(ofDue)} số nhiệm vụ đến hạn`,
    ofAssigned === null ? null : `${viPercent(ofAssigned)} tổng số nhiệm vụ được giao`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? "" : `, đạt ${parts.join(" và ")}`;
}
