/**
 * "giao" as the verb that assigns work ("giao Bộ X chủ trì", "được giao"), not the
 * syllable of another word: "giao thông", "giao dịch", "giao lưu",
 * "giao thương", "giao hữu", "giao hàng", "giao nhận", "giao diện", "giao kết",
 * "giao tiếp", "bàn giao", "chuyển giao", "ngoại giao", "xã giao".
 * A regex source fragment (lower case, for folded text or the `i` flag).
 */
export const GIAO_VERB = String.raw`(?<![\p{L}])(?<!(?:bàn|chuyển|ngoại|xã)\s+)giao(?![\p{L}])(?!\s+(?:thông|dịch|lưu|thương|hữu|hàng|nhận|diện|kết|tiếp|thoa)(?![\p{L}]))`;
