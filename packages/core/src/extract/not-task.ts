/**
 * Statements of a directive that assign no work, by the words that open them:
 * the standard clauses of a decision, closing lines, conditional procedures,
 * encouragements, and headings of blocks that state aims rather than duties.
 */
import { GIAO_VERB } from "./giao.js";

/** Why a statement is not a task (the `detail` of a skipped_no_action warning). */
export type NotTaskReason =
  | "purpose_block"
  | "standard_clause"
  | "closing"
  | "conditional"
  | "encouragement"
  | "past_achievement";

/** Titles of blocks that state aims, requirements or principles: "Mục đích", "Yêu cầu", "Quan điểm". */
const PURPOSE_TITLE =
  /^(?:[IVX]+\.\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:mục đích(?:,? yêu cầu)?|yêu cầu|mục tiêu(?: tổng quát| cụ thể| chung)?|quan điểm(?:,? mục tiêu)?|nguyên tắc|sự cần thiết|căn cứ(?: xây dựng| pháp lý)?)(?=\s*(?:[:.\-–]|$))/iu;

const STANDARD_CLAUSES: readonly RegExp[] = [
  // "Chánh Văn phòng …, Giám đốc các Sở … chịu trách nhiệm thi hành Quyết định này."
  /chịu trách nhiệm thi hành/iu,
  // "Quyết định/Nghị quyết này có hiệu lực (thi hành) kể từ ngày …"
  /^(?:[\p{L} ]{0,40}\s)?này có hiệu lực/iu,
  // "Ban hành kèm theo Quyết định này Kế hoạch …"
  /^ban hành kèm theo/iu,
  // "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện."
  /thông báo để\s.{0,300}\bbiết/iu,
  // Funding-source statements: "Kinh phí thực hiện … từ nguồn …"
  /^kinh phí(?: thực hiện)?[^.;:]{0,120}(?:được|từ nguồn|do ngân sách|bố trí)/iu,
];

/** "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …, phản ánh/báo cáo …" */
const CONDITIONAL =
  /^(?:trong quá trình (?:tổ chức )?(?:triển khai )?(?:thực hiện|triển khai)[^,]{0,40},\s*)?(?:nếu|trường hợp)\s(?:có|phát sinh|thấy cần)[^.]{0,80}(?:khó khăn|vướng mắc|sửa đổi|bổ sung|phát sinh)/iu;

const ENCOURAGEMENT = /^khuyến khích\s/iu;

/**
 * Past achievements: "Bộ X đã chủ động …", "Thời gian qua, các bộ, ngành đã …".
 * Only a sentence whose main verb is in the past ("đã" before the first verb of
 * duty) and that holds no word of duty ("cần", "phải", "tiếp tục", "yêu cầu").
 */
const PAST =
  /^(?:thời gian qua|vừa qua|qua \d+ năm|những năm qua)[,\s]|^[^,.;]{0,80}\s(?:đã|vừa)\s(?:chủ động|tập trung|triển khai|thực hiện|hoàn thành|ban hành|đạt|có)\s/iu;
const DUTY = new RegExp(
  String.raw`${GIAO_VERB}|(?<![\p{L}])(?:cần|phải|tiếp tục|yêu cầu|đề nghị|khẩn trương|chủ trì|đẩy mạnh|tăng cường|trước ngày|trong tháng|trong quý)(?![\p{L}])`,
  "iu",
);

/**
 * The closing words of a directive: "Trên đây là Chỉ thị về …", and the call on
 * everyone to carry the document out ("UBND tỉnh yêu cầu các cơ quan, đơn vị
 * nghiêm túc triển khai thực hiện./.", "… thực hiện nghiêm túc Chỉ thị này"):
 * the only action is to carry out the document itself.
 */
const SUMMARY = /^trên đây là\s/iu;
const CARRY_OUT =
  /^[^.;:]{0,200}?(?:yêu cầu|đề nghị|có trách nhiệm)(?:(?!giám sát|kiểm tra|theo dõi|đôn đốc|báo cáo|xây dựng|ban hành|hướng dẫn|phối hợp|chủ trì|bố trí|tham mưu|rà soát)[^.:]){0,200}?thực hiện(?:\s+(?:nghiêm túc|nghiêm|có hiệu quả|hiệu quả))?(?:\s+(?:chỉ thị|kế hoạch|công điện|thông báo|quyết định|nghị quyết|kết luận|công văn|văn bản)\s+này)?\s*[./]*$/iu;
const CONDITIONAL_TAIL =
  /(?<=[.])\s+trong quá trình (?:thực hiện|triển khai)[^.]{0,40}?,\s*nếu có (?:khó khăn|vướng mắc)[^]*$/iu;
const CARRY_OUT_PLAIN =
  /^[^.;:]{0,200}?(?:nghiêm túc|nghiêm)\s+(?:triển khai\s+|tổ chức\s+)?thực hiện\s*[./]*$/iu;

/** A paragraph that closes the document rather than assigning work (see SUMMARY, CARRY_OUT). */
export function isClosingStatement(text: string): boolean {
  // The call may end with the usual "Trong quá trình thực hiện, nếu có vướng mắc … báo cáo …".
  const t = text.trim().replace(CONDITIONAL_TAIL, "");
  return (
    SUMMARY.test(t) ||
    CARRY_OUT.test(t) ||
    CARRY_OUT_PLAIN.test(t) ||
    /thông báo để\s.{0,300}\bbiết/iu.test(t)
  );
}

/** A heading that opens a block of aims (its items are not duties). */
export function isPurposeTitle(text: string): boolean {
  return PURPOSE_TITLE.test(text.trim());
}

/** Why the statement assigns no work, or null when it may be a task. */
export function notTaskReason(text: string): NotTaskReason | null {
  const t = text.trim();
  if (STANDARD_CLAUSES.some((re) => re.test(t))) return "standard_clause";
  // A numbered item may ask for nothing but execution ("8. Yêu cầu các tỉnh uỷ thực hiện nghiêm.");
  // only the document's last words, ending in "./.", are its closing call.
  if (SUMMARY.test(t) || (/\.\/\.?$/u.test(t) && isClosingStatement(t))) return "closing";
  if (CONDITIONAL.test(t)) return "conditional";
  if (ENCOURAGEMENT.test(t)) return "encouragement";
  if (PAST.test(t) && !DUTY.test(t)) return "past_achievement";
  if (isPurposeTitle(t)) return "purpose_block";
  return null;
}

/**
 * A chapeau that announces criteria or principles ("… theo các tiêu chí,
 * nguyên tắc sau:", "… căn cứ vào các yếu tố sau:"): the list under it
 * describes how to do the chapeau's work; its lines are not tasks of their own.
 */
const CRITERIA_INTRO =
  /(?:tiêu chí|nguyên tắc|yếu tố|căn cứ)(?:\s*(?:,|và)\s*(?:tiêu chí|nguyên tắc|yếu tố|căn cứ))*\s+(?:sau(?: đây)?|như sau)\s*:\s*$/iu;

export function isCriteriaIntro(text: string): boolean {
  return CRITERIA_INTRO.test(text.trim());
}
