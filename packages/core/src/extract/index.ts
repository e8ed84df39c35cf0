export {
  extractDirective,
  type ExtractOptions,
  type ExtractionResult,
  type LinkedFootnote,
} from "./extract.js";
export type { ExtractedDocument } from "./metadata.js";
export { ExtractionWarning, ExtractionWarningCode } from "./warnings.js";
export { cleanDirectiveText, type CleanText, type Paragraph } from "./clean.js";
export * from "./eval/score.js";
export * from "./eval/corpus.js";
