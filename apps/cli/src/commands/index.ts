import type { Command } from "../command.js";
import { deadlineCommand } from "./deadline.js";
import { extractCommand } from "./extract.js";
import { importCommand } from "./import.js";
import { refreshCommand } from "./refresh.js";
import { reportCommand } from "./report.js";
import { trackingCommand } from "./tracking.js";

/** Every sub-command, in the order `nhiemvu --help` lists them. */
export const commands: readonly Command[] = [
  deadlineCommand,
  extractCommand,
  trackingCommand,
  importCommand,
  refreshCommand,
  reportCommand,
];
