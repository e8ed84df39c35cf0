import { Button } from "@fluentui/react-components";
import { STATUS_LABELS, TASK_STATUSES } from "@nhiemvu/core";
import { refreshStatus, type Host } from "../commands/index.js";
import { DateField } from "./DateField.js";
import { Section } from "./Section.js";
import { formatViDate, parseViDate } from "./vi-date.js";
import { useAction } from "./use-action.js";

export function RefreshSection(props: {
  host: Host;
  asOf: string | null;
  onAsOf: (date: string | null) => void;
}) {
  const { busy, notice, run } = useAction();
  return (
    <Section
      id="refresh"
      title="Cập nhật trạng thái"
      hint="Tính lại hạn, tình trạng và số ngày quá hạn. Chỉ ghi vào các cột tính toán; ô người dùng nhập giữ nguyên."
      busy={busy}
      notice={notice}
    >
      <DateField
        label="Tính đến ngày"
        initial={props.asOf ? formatViDate(props.asOf) : ""}
        placeholder="dd/mm/yyyy"
        hint="Nhập ngày theo dạng dd/mm/yyyy, ví dụ 14/11/2025."
        parse={parseViDate}
        onValue={props.onAsOf}
      />
      <Button
        appearance="primary"
        disabled={busy || props.asOf === null}
        onClick={() =>
          void run(
            () => refreshStatus(props.host, props.asOf ?? ""),
            (plan) => {
              const counts = TASK_STATUSES.filter((status) => plan.byStatus[status])
                .map((status) => `${STATUS_LABELS[status]}: ${plan.byStatus[status]}`)
                .join("; ");
              const invalid =
                plan.invalidRows.length > 0
                  ? ` ${plan.invalidRows.length} dòng có lỗi (dòng ${plan.invalidRows.slice(0, 5).join(", ")}${plan.invalidRows.length > 5 ? "…" : ""}).`
                  : "";
              return {
                intent: plan.invalidRows.length > 0 ? "warning" : "success",
                text: `Đã cập nhật ${plan.refreshed} nhiệm vụ tính đến ngày ${formatViDate(plan.asOf)}. ${counts}.${invalid}`,
              };
            },
          )
        }
      >
        Cập nhật trạng thái
      </Button>
    </Section>
  );
}
