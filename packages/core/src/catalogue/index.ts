// Test and evaluation data (CATALOGUE_SOURCES, compareExtraction) stay internal:
// tests and bench/extract-eval.js import ./catalogue.js and ./accuracy.js directly.
export { defaultCatalogue, type Catalogue } from "./catalogue.js";
