/**
 * What a file's bytes are, before they are read as a directive: UTF-8 text,
 * Windows-1258 text (the Vietnamese code page of older Word and Windows
 * files), or something that is not text. Pure: decoding is done at the edge
 * (Node's TextDecoder knows "windows-1258").
 */

export type TextEncodingGuess = "utf8" | "windows-1258" | "binary" | "unknown";

/** How much of a file is looked at. */
const SAMPLE = 1 << 16;

/** True when the bytes are well-formed UTF-8 (a sequence cut by the sample's end is accepted). */
export function isUtf8(bytes: Uint8Array, limit = bytes.length): boolean {
  let i = 0;
  while (i < limit) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k += 1) {
      if (i + k >= bytes.length) return true;
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * Windows-1258 writes Vietnamese tones as separate combining bytes (0xCC grave,
 * 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below) after a base letter:
 * a Vietnamese text in it is full of them.
 */
const TONE_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);

/**
 * Guess the encoding: a NUL or a run of control bytes → binary; valid UTF-8 →
 * utf8; otherwise Windows-1258 when tone bytes follow letters, else unknown.
 * @example guessTextEncoding(new Uint8Array([0x54, 0xf4, 0xcc, 0x69])) // "windows-1258"
 */
export function guessTextEncoding(bytes: Uint8Array): TextEncodingGuess {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  let high = 0;
  let tones = 0;
  for (let i = 0; i < n; i += 1) {
    const b = bytes[i] ?? 0;
    if (b === 0) return "binary";
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b)
      controls += 1;
    if (b >= 0x80) high += 1;
    const before = bytes[i - 1] ?? 0;
    if (TONE_BYTES.has(b) && ((before >= 0x41 && before <= 0x7a) || before >= 0xc0)) tones += 1;
  }
  if (controls > Math.max(2, n / 200)) return "binary";
  if (high === 0 || isUtf8(bytes, n)) return "utf8";
  return tones >= Math.max(1, high / 20) ? "windows-1258" : "unknown";
}
