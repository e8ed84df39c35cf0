import {
  Button,
  Checkbox,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DOUBT_MARK, shortenText, type IsoDate, type TaskReview } from "@nhiemvu/core";
import { DateField } from "./DateField.js";
import { parseViDate } from "./vi-date.js";
import { useState } from "react";
import { appendTasks, previewImport, type Host, type ImportPreview } from "../commands/index.js";
import { Section } from "./Section.js";
import { useAction } from "./use-action.js";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: "none",
    display: "flex",
    alignItems: "flex-start",
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  // Long words wrap by the pane's own rule (overflow-wrap in taskpane.html).
  details: { display: "flex", flexDirection: "column" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Longest task text shown in the review (the CLI's table shows as much). */
const MAX_TASK_TEXT = 160;

const marked = (review: TaskReview, field: "lead" | "deadline", text: string) =>
  review.doubts.some((d) => d.field === field) ? `${DOUBT_MARK} ${text}` : text;

export function ImportSection({ host, asOf }: { host: Host; asOf: IsoDate | null }) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [documentDate, setDocumentDate] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const { busy, notice, run, setNotice } = useAction();

  const analyse = () => {
    const found = previewImport(text, documentDate ?? undefined);
    setPreview(found);
    setUnticked(new Set());
    setNotice(
      found.items.length === 0
        ? { intent: "warning", text: "Không tìm thấy nhiệm vụ nào trong văn bản." }
        : {
            intent: "info",
            text: `Tìm thấy ${found.items.length} nhiệm vụ. Bỏ chọn mục sai rồi bấm Thêm vào sổ.`,
          },
    );
  };

  const chosen = preview?.items.filter((item) => !unticked.has(item.code)) ?? [];

  return (
    <Section
      id="import"
      title="Nhập từ văn bản"
      hint="Dán nội dung văn bản chỉ đạo; các nhiệm vụ tìm được hiện ra để kiểm tra trước khi thêm vào sổ."
      busy={busy}
      notice={notice}
    >
      <Field label="Nội dung văn bản">
        <Textarea
          value={text}
          onChange={(_, data) => setText(data.value)}
          resize="vertical"
          rows={6}
          placeholder="Dán toàn văn kết luận, công văn… vào đây"
        />
      </Field>
      <DateField
        label="Ngày văn bản (nếu văn bản không ghi)"
        initial=""
        placeholder="dd/mm/yyyy"
        hint="Nhập ngày theo dạng dd/mm/yyyy."
        parse={parseViDate}
        onValue={setDocumentDate}
      />
      <Button disabled={busy || text.trim() === ""} onClick={analyse}>
        Tìm nhiệm vụ
      </Button>
      {preview && preview.items.length > 0 ? (
        <ul className={styles.list} aria-label="Nhiệm vụ tìm được">
          {preview.items.map((item) => (
            <li key={item.code} className={styles.item} data-task={item.code}>
              <Checkbox
                checked={!unticked.has(item.code)}
                aria-label={`Chọn mục ${item.review.ref}`}
                onChange={(_, data) => {
                  const next = new Set(unticked);
                  if (data.checked === true) next.delete(item.code);
                  else next.add(item.code);
                  setUnticked(next);
                }}
              />
              <div className={styles.details} data-review>
                <Text weight="semibold">Mục {item.review.ref || "(không số)"}</Text>
                <Text size={200} title={item.review.text}>
                  {shortenText(item.review.text, MAX_TASK_TEXT)}
                </Text>
                <Text size={200}>
                  Chủ trì: {marked(item.review, "lead", item.review.lead || "chưa xác định")}
                </Text>
                <Text size={200}>
                  Thời hạn:{" "}
                  {marked(item.review, "deadline", item.review.deadlineWords || "không ghi")}
                </Text>
                <Text size={200}>Hạn: {item.review.dueText}</Text>
                {item.review.doubts.length > 0 ? (
                  <Text size={200} className={styles.warning} data-doubts>
                    {DOUBT_MARK} Cần xem: {item.review.doubts.map((d) => d.label).join("; ")}
                  </Text>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {preview && preview.notes.length > 0 ? (
        <details>
          <summary>
            <Text size={200} className={styles.muted}>
              Ghi chú khi đọc văn bản ({preview.notes.length})
            </Text>
          </summary>
          {preview.notes.map((note, index) => (
            <Text key={index} size={200} block className={styles.muted}>
              {note}
            </Text>
          ))}
        </details>
      ) : null}
      {preview && preview.items.length > 0 ? (
        <Button
          appearance="primary"
          disabled={busy || chosen.length === 0 || asOf === null}
          onClick={() =>
            void run(
              () =>
                appendTasks(
                  host,
                  chosen.map((item) => item.task),
                  asOf ?? "",
                ),
              ({ added, duplicates }) => ({
                intent: "success",
                text:
                  `Đã thêm ${added.length} nhiệm vụ vào sổ.` +
                  (duplicates.length > 0
                    ? ` Bỏ qua ${duplicates.length} nhiệm vụ đã có trong sổ.`
                    : ""),
              }),
            )
          }
        >
          Thêm {chosen.length} nhiệm vụ vào sổ
        </Button>
      ) : null}
    </Section>
  );
}
