import {
  FluentProvider,
  Text,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { toIso } from "@nhiemvu/core";
import { useState } from "react";
import type { Host } from "../commands/index.js";
import { CheckSection } from "./CheckSection.js";
import { CreateSection } from "./CreateSection.js";
import { ImportSection } from "./ImportSection.js";
import { RefreshSection } from "./RefreshSection.js";
import { ReportSection } from "./ReportSection.js";

const useStyles = makeStyles({
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    display: "flex",
    flexDirection: "column",
  },
  main: { display: "flex", flexDirection: "column" },
});

/** The task pane: five actions, top to bottom in the order an officer uses them. */
export function App({ host, today }: { host: Host; today?: string }) {
  const styles = useStyles();
  // The pane may read the clock; the rules never do: the date is passed down.
  const [asOf, setAsOf] = useState<string | null>(today ?? toIso(new Date()));
  return (
    <FluentProvider theme={webLightTheme}>
      <header className={styles.header}>
        <Title3 as="h1">Theo dõi nhiệm vụ</Title3>
        <Text size={200}>Sổ theo dõi nhiệm vụ được giao tại văn bản chỉ đạo</Text>
      </header>
      <main className={styles.main}>
        <CreateSection host={host} asOf={asOf ?? toIso(new Date())} />
        <ImportSection host={host} asOf={asOf} />
        <RefreshSection host={host} asOf={asOf} onAsOf={setAsOf} />
        <CheckSection host={host} />
        <ReportSection host={host} asOf={asOf} />
      </main>
    </FluentProvider>
  );
}
