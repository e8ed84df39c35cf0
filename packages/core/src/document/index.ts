export {
  DOCUMENT_TYPE_ALTERNATIVE_NAMES,
  DOCUMENT_TYPE_NAMES,
  ISSUER_NAMES,
  STATE_TYPE_CODES,
  documentTypeName,
} from "./codes.js";
export { findDocumentReferences, type DocumentReferenceMention } from "./references.js";
export { formatDocumentSymbol, parseDocumentSymbol, type DocumentSymbolParts } from "./symbol.js";
export { guessTextEncoding, isUtf8, type TextEncodingGuess } from "./text-bytes.js";
