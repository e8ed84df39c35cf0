import { Button, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { DateField } from "./DateField.js";
import { formatViMonth, parseViMonth } from "./vi-date.js";
import { REGIMES } from "@nhiemvu/core";
import { DEFAULT_REPORT_UNIT } from "@nhiemvu/report/model";
import { useState } from "react";
import { buildMonthReport, type Host } from "../commands/index.js";
import { Section } from "./Section.js";
import { useAction } from "./use-action.js";

const useStyles = makeStyles({ select: { maxWidth: "100%", minWidth: 0 } });

export function ReportSection({ host }: { host: Host; asOf?: string | null }) {
  const styles = useStyles();
  // Empty month: the one the data calls for, as `nhiemvu report` picks it.
  const [month, setMonth] = useState<string | null>(null);
  const [monthValid, setMonthValid] = useState(true);
  const [regime, setRegime] = useState<string>("nd09");
  const [unit, setUnit] = useState(DEFAULT_REPORT_UNIT.nd09 ?? "");
  const { busy, notice, run } = useAction();
  return (
    <Section
      id="report"
      title="Lập báo cáo tháng"
      hint="Lập các trang báo cáo trong sổ, cùng cách tính với lệnh nhiemvu report."
      busy={busy}
      notice={notice}
    >
      <DateField
        label="Tháng báo cáo"
        initial={month ? formatViMonth(month) : ""}
        placeholder="mm/yyyy"
        hint="Nhập tháng theo dạng mm/yyyy, ví dụ 11/2025; để trống: tháng theo dữ liệu, như lệnh nhiemvu report."
        parse={parseViMonth}
        onValue={setMonth}
        onValid={setMonthValid}
      />
      <Field label="Chế độ báo cáo">
        <Select
          className={styles.select}
          value={regime}
          onChange={(_, data) => {
            // A unit left at the old regime's default follows the new one's, as in the CLI.
            if (unit === DEFAULT_REPORT_UNIT[regime])
              setUnit(DEFAULT_REPORT_UNIT[data.value] ?? unit);
            setRegime(data.value);
          }}
        >
          {Object.values(REGIMES).map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Đơn vị báo cáo">
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </Field>
      <Button
        appearance="primary"
        disabled={busy || !monthValid}
        onClick={() =>
          void run(
            () => buildMonthReport(host, { month, regime, unit }),
            (report) => ({
              intent: report.skipped > 0 ? "warning" : "success",
              text:
                `Đã lập báo cáo ${report.label}: ${report.total} nhiệm vụ, trang “${report.sheetName}”.` +
                (report.skipped > 0 ? ` Bỏ qua ${report.skipped} dòng có lỗi.` : ""),
            }),
          )
        }
      >
        Lập báo cáo tháng
      </Button>
    </Section>
  );
}
