import { describe, expect, it } from "vitest";
import { guessTextEncoding } from "./text-bytes.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
// "Bộ Tài chính" in Windows-1258: base letters with combining tone bytes (0xF2 dot below, 0xCC grave, 0xEC acute).
const cp1258 = new Uint8Array([
  0x42, 0xf4, 0xf2, 0x20, 0x54, 0x61, 0xcc, 0x69, 0x20, 0x63, 0x68, 0x69, 0xec, 0x6e, 0x68,
]);

describe("guessTextEncoding", () => {
  it.each([
    ["UTF-8 Vietnamese", utf8("Bộ Tài chính chủ trì"), "utf8"],
    ["plain ASCII", utf8("1. Giao Bo Tai chinh"), "utf8"],
    ["Windows-1258 Vietnamese", cp1258, "windows-1258"],
    ["a file with NUL bytes", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "binary"],
    ["control bytes", new Uint8Array([0x01, 0x02, 0x03, 0x41, 0x05, 0x06, 0x07]), "binary"],
    [
      "Latin-1 without tone bytes",
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]),
      "unknown",
    ],
  ])("%s → %s", (_name, bytes, want) => {
    expect(guessTextEncoding(bytes)).toBe(want);
  });

  it("decodes the Windows-1258 sample to the Vietnamese words it holds", () => {
    expect(new TextDecoder("windows-1258").decode(cp1258).normalize("NFC")).toBe("Bộ Tài chính");
  });
});
