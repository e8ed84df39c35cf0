import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Notice } from "./use-action.js";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** One action of the pane: title, one-line explanation, controls, outcome. */
export function Section(props: {
  id: string;
  title: string;
  hint: string;
  busy: boolean;
  notice: Notice | null;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section
      className={styles.section}
      aria-labelledby={`${props.id}-title`}
      data-section={props.id}
    >
      <Subtitle2 id={`${props.id}-title`} as="h2">
        {props.title}
      </Subtitle2>
      <Text size={200} className={styles.hint}>
        {props.hint}
      </Text>
      {props.children}
      {props.busy ? <Spinner size="tiny" label="Đang làm việc với Excel…" /> : null}
      {props.notice ? (
        <MessageBar intent={props.notice.intent} data-notice={props.id}>
          <MessageBarBody>{props.notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
