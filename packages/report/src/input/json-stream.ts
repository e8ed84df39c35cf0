import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Task } from "@nhiemvu/core";
import { TaskPool } from "./compact.js";
import { extractionDocument, taskFromExtraction, type ExtractionDocument } from "./extract-json.js";
import { problemsOf, type JsonProblem } from "./problems.js";

/** Bounds of a JSON export read from disk. */
export interface JsonLimits {
  /** Size of the file. */
  maxMb: number;
  /** One task's JSON text (no task is anywhere near this). */
  maxTaskKb: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxMb: 1_024, maxTaskKb: 1_024 };

export type JsonFileResult =
  | { ok: true; tasks: Task[] }
  | { ok: false; problems: JsonProblem[] }
  | { ok: false; error: "file_missing" | "not_a_file" | "too_large"; limit?: number };

const MAX_PROBLEMS = 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

class JsonShapeError extends Error {}
class JsonSyntaxError extends Error {}

/**
 * Split the task array of a JSON export — the top-level array, or the
 * top-level object's "tasks" array — into one text per task, streaming the
 * file's bytes: neither the whole text nor the whole parsed document is ever
 * held, only one task's text at a time. Each text is then parsed with the
 * native JSON.parse (which checks its syntax) and validated on its own.
 */
class TaskArraySplitter {
  private depth = 0;
  private inString = false;
  private escape = false;
  /** Depth at which the task array's elements sit (1: top-level array; 2: object.tasks). */
  private elementDepth = -1;
  private state: "start" | "object" | "array" | "done" = "start";
  private expectKey = false;
  private keyParts: Buffer[] | null = null;
  private lastKey: string | null = null;
  private element: Buffer[] = [];
  private elementBytes = 0;
  private inElement = false;
  private afterTasksKey = false;
  private keyStart = 0;
  /** The top-level "document" object of an extract JSON, being kept. */
  private afterDocumentKey = false;
  private documentParts: Buffer[] | null = null;
  private documentBytes = 0;
  private documentStart = -1;

  constructor(
    private readonly onElement: (text: string) => void,
    private readonly maxElementBytes: number,
    private readonly onDocument: (text: string) => void = () => {},
  ) {}

  write(chunk: Buffer): void {
    let start = this.inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i += 1) {
      const b = chunk[i] as number;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (b === BACKSLASH) this.escape = true;
        else if (b === QUOTE) {
          this.inString = false;
          if (this.keyParts) {
            this.keyParts.push(chunk.subarray(this.keyStart, i));
            this.lastKey = Buffer.concat(this.keyParts).toString("utf8");
            this.keyParts = null;
          }
        }
        continue;
      }
      if (isSpace(b)) continue;
      if (this.state === "start") {
        if (b === OPEN_BRACKET) {
          this.state = "array";
          this.elementDepth = 1;
          this.depth = 1;
          this.taskArrayFound = true;
          continue;
        }
        if (b === OPEN_BRACE) {
          this.state = "object";
          this.depth = 1;
          this.expectKey = true;
          continue;
        }
        throw new JsonShapeError();
      }
      if (this.state === "done") throw new JsonSyntaxError();
      // Inside the task array, at its own level: an element starts or ends here.
      if (this.elementDepth > 0 && this.depth === this.elementDepth) {
        if (b === COMMA || b === CLOSE_BRACKET) {
          if (this.inElement) this.endElement(chunk, start, i);
          else if (b === COMMA) throw new JsonSyntaxError();
          start = -1;
          if (b === CLOSE_BRACKET) {
            this.depth -= 1;
            this.elementDepth = -1;
            if (this.depth === 0) this.state = "done";
            else this.expectKey = false;
          }
          continue;
        }
        if (!this.inElement) {
          this.inElement = true;
          start = i;
        }
      }
      if (b === QUOTE) {
        this.inString = true;
        if (this.state === "object" && this.depth === 1 && this.expectKey) {
          this.keyParts = [];
          this.keyStart = i + 1;
        }
        continue;
      }
      if (this.state === "object" && this.depth === 1) {
        if (b === COLON) {
          this.expectKey = false;
          this.afterTasksKey = this.lastKey === "tasks";
          this.afterDocumentKey = this.lastKey === "document";
          continue;
        }
        if (b === COMMA) {
          this.expectKey = true;
          this.afterTasksKey = false;
          this.afterDocumentKey = false;
          continue;
        }
        if (b === OPEN_BRACE && this.afterDocumentKey) {
          this.documentParts = [];
          this.documentStart = i;
        }
        this.afterDocumentKey = false;
        if (b === OPEN_BRACKET && this.afterTasksKey) {
          this.depth = 2;
          this.elementDepth = 2;
          this.afterTasksKey = false;
          this.taskArrayFound = true;
          continue;
        }
        this.afterTasksKey = false;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) this.depth += 1;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth === 0) this.state = "done";
        if (this.depth < 0) throw new JsonSyntaxError();
        if (this.documentParts && this.depth === 1) this.endDocument(chunk, i + 1);
      }
    }
    if (this.documentParts) {
      this.keepDocument(chunk.subarray(Math.max(this.documentStart, 0)));
      this.documentStart = 0;
    }
    if (this.keyParts && this.inString) {
      this.keyParts.push(chunk.subarray(this.keyStart));
      this.keyStart = 0;
    }
    if (this.inElement && start >= 0) this.keep(chunk.subarray(start));
  }

  private keep(part: Buffer): void {
    this.elementBytes += part.length;
    if (this.elementBytes > this.maxElementBytes) throw new JsonSyntaxError();
    this.element.push(part);
  }

  private keepDocument(part: Buffer): void {
    this.documentBytes += part.length;
    if (this.documentBytes > this.maxElementBytes) throw new JsonSyntaxError();
    this.documentParts?.push(part);
  }

  private endDocument(chunk: Buffer, end: number): void {
    this.keepDocument(chunk.subarray(Math.max(this.documentStart, 0), end));
    const text = Buffer.concat(this.documentParts ?? []).toString("utf8");
    this.documentParts = null;
    this.documentStart = -1;
    this.onDocument(text);
  }

  private endElement(chunk: Buffer, start: number, end: number): void {
    if (start >= 0) this.keep(chunk.subarray(start, end));
    const text = Buffer.concat(this.element).toString("utf8");
    this.element = [];
    this.elementBytes = 0;
    this.inElement = false;
    this.onElement(text);
  }

  /** The end of the file: the document must be complete and have had a task array. */
  end(): void {
    if (this.state !== "done" || this.inString) throw new JsonSyntaxError();
    if (!this.taskArrayFound) throw new JsonShapeError();
  }

  private taskArrayFound = false;
}

/**
 * Tasks from a JSON export file — an array of tasks, or an object with a
 * `tasks` array (a catalogue) — streamed and validated one task at a time with
 * core's Task schema, so a 300,000-task export costs its tasks' memory and
 * not the text, the parsed document and zod's copies held together. The file
 * is refused above `maxMb` before anything is read.
 *
 * The output of `nhiemvu extract --json` is read too: an object whose
 * "document" names the directive; a task that is not a whole Task is then read
 * as an extracted task of that document (see ./extract-json.ts). Only that
 * small object is kept besides one task's text; should it come after the
 * tasks, the file is read a second time with it known.
 */
export async function readJsonTasksFile(
  file: string,
  limits: Partial<JsonLimits> = {},
): Promise<JsonFileResult> {
  const { maxMb, maxTaskKb } = { ...DEFAULT_JSON_LIMITS, ...limits };
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: "not_a_file" };
    if (info.size > maxMb * 1024 * 1024) return { ok: false, error: "too_large", limit: maxMb };
  } catch {
    return { ok: false, error: "file_missing" };
  }
  const first = await readPass(file, maxTaskKb, null);
  if (!first.result.ok && first.late !== null)
    return (await readPass(file, maxTaskKb, first.late)).result;
  return first.result;
}

interface Pass {
  result: JsonFileResult;
  /** A "document" met only after some tasks had been read, to read them again with. */
  late: ExtractionDocument | null;
}

async function readPass(
  file: string,
  maxTaskKb: number,
  known: ExtractionDocument | null,
): Promise<Pass> {
  const tasks: Task[] = [];
  const problems: JsonProblem[] = [];
  const pool = new TaskPool();
  let prefix = "";
  let index = 0;
  let document = known;
  let late: ExtractionDocument | null = null;
  let documentNoted = false;
  const add = (list: readonly JsonProblem[]) => {
    for (const p of list) {
      if (problems.length >= MAX_PROBLEMS) break;
      problems.push(p);
    }
  };
  const onDocument = (text: string) => {
    if (known !== null) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    document = extractionDocument(value);
    if (index > 0) late = document;
  };
  const splitter = new TaskArraySplitter(
    (text) => {
      const i = index;
      index += 1;
      let item: unknown;
      try {
        item = JSON.parse(text);
      } catch {
        add([{ path: `${prefix}[${i}]`, code: "json_syntax", message: "không phải JSON hợp lệ" }]);
        return;
      }
      const parsed = Task.safeParse(item);
      if (parsed.success) {
        if (problems.length === 0) tasks.push(pool.compact(parsed.data));
        return;
      }
      if (document === null) {
        add(problemsOf(`${prefix}[${i}]`, parsed.error.issues));
        return;
      }
      if (!document.ok) {
        // One problem for the whole file: no task of it has a code.
        if (!documentNoted) add([document.problem]);
        documentNoted = true;
        return;
      }
      const extracted = taskFromExtraction(item, document.id, `${prefix}[${i}]`);
      if (!extracted.ok) add(extracted.problems);
      else if (problems.length === 0) tasks.push(pool.compact(extracted.task));
    },
    maxTaskKb * 1024,
    onDocument,
  );
  let start = true;
  try {
    for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
      let c = chunk;
      if (start) {
        start = false;
        if (c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) c = c.subarray(3);
        const head = c.subarray(0, 64).toString("utf8").trimStart();
        if (head.startsWith("{")) prefix = "tasks";
      }
      splitter.write(c);
    }
    splitter.end();
  } catch (error) {
    if (error instanceof JsonShapeError) return { result: { ok: false, problems: [SHAPE] }, late };
    return {
      result: {
        ok: false,
        problems: [
          ...problems,
          {
            path: index > 0 ? `${prefix}[${index}]` : "(gốc)",
            code: "json_syntax",
            message: "không phải JSON hợp lệ",
          },
        ].slice(0, MAX_PROBLEMS),
      },
      late,
    };
  }
  if (problems.length > 0) return { result: { ok: false, problems }, late };
  return { result: { ok: true, tasks }, late };
}

const SHAPE: JsonProblem = {
  path: "(gốc)",
  code: "shape",
  message: "phải là một mảng nhiệm vụ hoặc đối tượng có trường tasks",
};
