import { createRoot } from "react-dom/client";
import { officeHost } from "./excel/office-host.js";
import { App } from "./ui/App.js";

void Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App host={officeHost} />);
});
