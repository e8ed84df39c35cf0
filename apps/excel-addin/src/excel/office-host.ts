import type { Host } from "../commands/host.js";

/** The pane's host: Office.js's Excel.run and requirement-set check (the pane never calls Excel itself). */
export const officeHost: Host = {
  run: (job) => Excel.run((context) => job(context)),
  supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
};
