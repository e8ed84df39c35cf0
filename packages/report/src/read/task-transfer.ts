import type { AgencyRef, Task } from "@nhiemvu/core";

/**
 * Tasks across the worker boundary, compact: one JSON text per batch (a
 * string is copied, not a graph of small objects cloned field by field), in
 * which each task's deadline and agency references are numbers into tables
 * sent once per file. A sheet's 100,000 rows share a few hundred deadlines
 * and agencies (the reader's caches hand out the same objects), so the text
 * is shorter, and the receiving side gets the same sharing back instead of
 * 100,000 copies.
 */
export interface PackedTasks {
  json: string;
  /** Deadlines first used in this batch, continuing the file's table. */
  deadlines: Task["deadline"][];
  /** Agency references first used in this batch, continuing the file's table. */
  agencies: AgencyRef[];
}

type AgencyList = "lead" | "coordinating" | "supervising" | "reportTo";

type Packed = Omit<Task, "deadline" | AgencyList> & {
  deadline: number;
  lead: number[];
  coordinating: number[];
  supervising: number[];
  reportTo: number[];
};

/** One file's packing side (the worker). */
export class TaskPacker {
  private readonly deadlines = new Map<Task["deadline"], number>();
  private readonly agencies = new Map<AgencyRef, number>();

  pack(tasks: readonly Task[]): PackedTasks {
    const newDeadlines: Task["deadline"][] = [];
    const newAgencies: AgencyRef[] = [];
    const deadlineIndex = (d: Task["deadline"]) => {
      let i = this.deadlines.get(d);
      if (i === undefined) {
        i = this.deadlines.size;
        this.deadlines.set(d, i);
        newDeadlines.push(d);
      }
      return i;
    };
    const agencyIndexes = (refs: readonly AgencyRef[]) =>
      refs.map((ref) => {
        let i = this.agencies.get(ref);
        if (i === undefined) {
          i = this.agencies.size;
          this.agencies.set(ref, i);
          newAgencies.push(ref);
        }
        return i;
      });
    // Spread keeps the Task's own key order; the replaced keys stay where they were.
    const packed: Packed[] = tasks.map((t) => ({
      ...t,
      lead: agencyIndexes(t.lead),
      coordinating: agencyIndexes(t.coordinating),
      supervising: agencyIndexes(t.supervising),
      reportTo: agencyIndexes(t.reportTo),
      deadline: deadlineIndex(t.deadline),
    }));
    return { json: JSON.stringify(packed), deadlines: newDeadlines, agencies: newAgencies };
  }
}

/** One file's unpacking side (the thread that asked for the file). */
export class TaskUnpacker {
  private readonly deadlines: Task["deadline"][] = [];
  private readonly agencies: AgencyRef[] = [];

  unpack(batch: PackedTasks): Task[] {
    for (const d of batch.deadlines) this.deadlines.push(d);
    for (const a of batch.agencies) this.agencies.push(a);
    const tasks = JSON.parse(batch.json) as Packed[];
    const refs = (indexes: number[]) => indexes.map((i) => this.agencies[i] as AgencyRef);
    for (const p of tasks) {
      const t = p as unknown as Task;
      t.lead = refs(p.lead);
      t.coordinating = refs(p.coordinating);
      t.supervising = refs(p.supervising);
      t.reportTo = refs(p.reportTo);
      t.deadline = this.deadlines[p.deadline] as Task["deadline"];
    }
    return tasks as unknown as Task[];
  }
}
