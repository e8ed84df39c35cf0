export { CATALOGUE_SOURCES, defaultCatalogue, type Catalogue } from "./catalogue.js";
export { compareExtraction, comparableRef, type ExtractionAccuracy } from "./accuracy.js";
