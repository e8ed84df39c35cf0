import { useCallback, useState } from "react";
import type { Outcome } from "../commands/host.js";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
}

/** Runs one pane action at a time and keeps its Vietnamese outcome for display. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = useCallback(
    async <T>(
      job: () => Promise<Outcome<T>>,
      describe: (value: T) => Notice,
    ): Promise<T | null> => {
      setBusy(true);
      setNotice(null);
      try {
        const outcome = await job();
        if (!outcome.ok) {
          setNotice({ intent: "error", text: outcome.message });
          return null;
        }
        setNotice(describe(outcome.value));
        return outcome.value;
      } catch {
        setNotice({ intent: "error", text: "Đã có lỗi không mong muốn. Hãy thử lại." });
        return null;
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, notice, run, setNotice };
}
