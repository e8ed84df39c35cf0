import { z } from "zod";
import { normalizeVietnamese } from "../text/normalize.js";

/**
 * What kind of body an agency is. Groups ("các tỉnh ủy, thành ủy") are entries
 * of their own: directives assign tasks to them as to any single body.
 * - party_central: central party organs (Bộ Chính trị, Ban Bí thư, central boards, VPTW)
 * - party_committee: a party committee (đảng ủy) or one of its organs
 * - steering_committee: a steering committee (ban chỉ đạo) or its standing body
 * - government: Chính phủ
 * - ministry: ministries and ministry-level agencies (bộ, cơ quan ngang bộ, VPCP)
 * - national_assembly: Quốc hội and its office
 * - state: the State President's side (Văn phòng Chủ tịch nước) and the other central
 *   state bodies outside the ministries (agencies under the Government, courts, procuracy, audit)
 * - front: Mặt trận Tổ quốc and the mass organisations (đoàn thể, hội)
 * - local: one named locality's body (Tỉnh ủy Nghệ An)
 * - leader: a post that directs or receives reports (Thủ tướng Chính phủ)
 * - group: a collective ("các bộ, ngành", "các tỉnh ủy, thành ủy")
 * - other: anything else (a foreign body named in page furniture)
 */
export const AgencyKind = z.enum([
  "party_central",
  "party_committee",
  "steering_committee",
  "government",
  "ministry",
  "national_assembly",
  "state",
  "front",
  "local",
  "leader",
  "group",
  "other",
]);
export type AgencyKind = z.infer<typeof AgencyKind>;

/** Kebab-case ASCII id, stable across versions: "dang-uy-bo-noi-vu". */
export const AgencyId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case ASCII id");
export type AgencyId = z.infer<typeof AgencyId>;

const CanonicalName = z
  .string()
  .min(1)
  .refine((name) => name === normalizeVietnamese(name).trim(), {
    message: "name must be NFC with canonical tone placement (normalizeVietnamese) and trimmed",
  });

/**
 * One body in the registry: its canonical name (NFC, "ủy"/"hòa" tone style),
 * the other spellings it is written with, and the bodies it is linked to but
 * distinct from ("Đảng ủy Bộ Nội vụ" ↔ "Bộ Nội vụ").
 */
export const Agency = z.strictObject({
  id: AgencyId,
  name: CanonicalName,
  /** Other ways the body is written (abbreviations, without "các", …). Case, tone
   *  placement, NFC/NFD and spacing variants need no alias: matching folds them. */
  aliases: z.array(z.string().min(1)),
  kind: AgencyKind,
  /** Linked bodies (its party committee, its office, the specific boards of a
   *  generic name). The registry makes links symmetric. */
  relatedIds: z.array(AgencyId),
});
export type Agency = z.infer<typeof Agency>;
