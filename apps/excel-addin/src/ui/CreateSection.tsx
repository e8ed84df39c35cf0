import { Button, Checkbox } from "@fluentui/react-components";
import { useState } from "react";
import { catalogueTasks, createSheet, type Host } from "../commands/index.js";
import { Section } from "./Section.js";
import { useAction } from "./use-action.js";

export function CreateSection({ host, asOf }: { host: Host; asOf: string }) {
  const [fill, setFill] = useState(false);
  const { busy, notice, run } = useAction();
  return (
    <Section
      id="create"
      title="Tạo sổ theo dõi"
      hint="Tạo trang “Theo dõi nhiệm vụ” với bảng, danh mục chọn, định dạng ngày và tô màu tình trạng."
      busy={busy}
      notice={notice}
    >
      <Checkbox
        checked={fill}
        onChange={(_, data) => setFill(data.checked === true)}
        label="Điền sẵn nhiệm vụ của các văn bản có sẵn"
      />
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() =>
          void run(
            () => createSheet(host, { asOf, tasks: fill ? catalogueTasks() : [] }),
            ({ rows }) => ({
              intent: "success",
              text:
                rows > 0 ? `Đã tạo sổ theo dõi với ${rows} nhiệm vụ.` : "Đã tạo sổ theo dõi trống.",
            }),
          )
        }
      >
        Tạo sổ theo dõi
      </Button>
    </Section>
  );
}
