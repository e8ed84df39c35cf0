export { Agency, AgencyId, AgencyKind } from "./agency.js";
export { AGENCY_SEED } from "./seed.js";
export {
  AgencyRegistryError,
  createAgencyRegistry,
  defaultAgencyRegistry,
  type AgencyMention,
  type AgencyRegistry,
  type AgencyRegistryErrorCode,
} from "./registry.js";
export { agencySeat, agencySystem, type AgencySystem } from "./system.js";
export { agencyAbbreviation } from "./abbreviation.js";
