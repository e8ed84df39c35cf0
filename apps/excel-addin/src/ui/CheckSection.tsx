import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkSheet, goToCell, type Host } from "../commands/index.js";
import { PROBLEM_MESSAGES } from "../messages.js";
import type { Problem } from "../plan/check.js";
import { Section } from "./Section.js";
import { useAction } from "./use-action.js";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function CheckSection({ host }: { host: Host }) {
  const styles = useStyles();
  const [problems, setProblems] = useState<Problem[]>([]);
  const { busy, notice, run, setNotice } = useAction();
  return (
    <Section
      id="check"
      title="Kiểm tra dữ liệu"
      hint="Đọc lại từng dòng của sổ theo quy tắc của nhiệm vụ; bấm vào một lỗi để chọn ô cần sửa."
      busy={busy}
      notice={notice}
    >
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() =>
          void run(
            () => checkSheet(host),
            (plan) => {
              setProblems(plan.problems);
              return plan.problems.length === 0
                ? { intent: "success", text: `Đã kiểm tra ${plan.checked} dòng: không có lỗi.` }
                : {
                    intent: "warning",
                    text: `Đã kiểm tra ${plan.checked} dòng: ${plan.problems.length} lỗi cần sửa.`,
                  };
            },
          )
        }
      >
        Kiểm tra dữ liệu
      </Button>
      {problems.length > 0 ? (
        <ol className={styles.list} aria-label="Lỗi dữ liệu">
          {problems.map((problem) => (
            <li key={`${problem.address}-${problem.code}`} data-problem={problem.cell}>
              <Link
                as="button"
                onClick={() =>
                  void goToCell(host, problem.address).then((outcome) => {
                    if (!outcome.ok) setNotice({ intent: "error", text: outcome.message });
                  })
                }
              >
                {problem.cell}
              </Link>{" "}
              <Text size={200}>
                {problem.header}: {PROBLEM_MESSAGES[problem.code]}
              </Text>
            </li>
          ))}
        </ol>
      ) : null}
    </Section>
  );
}
