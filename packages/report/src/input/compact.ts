import type { AgencyRef, Deadline, Task } from "@nhiemvu/core";

/** Distinct values a pool keeps before it starts afresh (bounded on a hostile file). */
const POOL_LIMIT = 100_000;

/** One frozen empty list for every empty field (Task types its lists mutable). */
const EMPTY = Object.freeze([]) as unknown as never[];

/**
 * Shares what the tasks of one export repeat: a 300,000-task export names a
 * few dozen documents, agencies and deadline phrasings, but JSON.parse gives
 * every task its own copy of each. Shared parts are frozen, so a change to
 * one task can never reach another; the tasks compare equal to the parsed ones.
 */
export class TaskPool {
  private readonly strings = new Map<string, string>();
  private readonly agencies = new Map<string, AgencyRef>();
  private readonly deadlines = new Map<string, Deadline>();

  private string(s: string): string;
  private string(s: string | null): string | null;
  private string(s: string | null): string | null {
    if (s === null) return null;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= POOL_LIMIT) this.strings.clear();
    this.strings.set(s, s);
    return s;
  }

  private refs(list: readonly AgencyRef[]): AgencyRef[] {
    if (list.length === 0) return EMPTY;
    return list.map((ref) => {
      const key = `${ref.id ?? ""}\u0000${ref.name}`;
      let shared = this.agencies.get(key);
      if (shared === undefined) {
        if (this.agencies.size >= POOL_LIMIT) this.agencies.clear();
        shared = Object.freeze({ ...ref });
        this.agencies.set(key, shared);
      }
      return shared;
    });
  }

  private deadline(d: Deadline): Deadline {
    const key = JSON.stringify(d);
    let shared = this.deadlines.get(key);
    if (shared === undefined) {
      if (this.deadlines.size >= POOL_LIMIT) this.deadlines.clear();
      shared = deepFreeze(d);
      this.deadlines.set(key, shared);
    }
    return shared;
  }

  /** The task with its repeated parts shared; one object shape for every task. */
  compact(t: Task): Task {
    const task: Task = {
      code: t.code,
      documentId: this.string(t.documentId),
      ref: t.ref.length <= 12 ? this.string(t.ref) : t.ref,
      text: t.text,
      summary: t.summary === "" ? "" : t.summary,
      lead: this.refs(t.lead),
      coordinating: this.refs(t.coordinating),
      supervising: this.refs(t.supervising),
      reportTo: this.refs(t.reportTo),
      deadline: this.deadline(t.deadline),
      originalDue: this.string(t.originalDue),
      currentDue: this.string(t.currentDue),
      extensions: t.extensions.length === 0 ? EMPTY : t.extensions,
      completedOn: this.string(t.completedOn),
      progress: t.progress.length === 0 ? EMPTY : t.progress,
    };
    if (t.note !== undefined) task.note = t.note;
    return task;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
