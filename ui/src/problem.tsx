// The window of an app that could not open its database (see
// src-tauri/src/startup_problem.rs): what went wrong, in the error's own
// words and code, and which file, so the person at the desk can tell IT.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { invoke } from "@tauri-apps/api/core";
import type { StartupProblem } from "./bindings/StartupProblem";
import { StaffText, useStaffText } from "./i18n";
import "./styles.css";

function Problem() {
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const { t, ready } = useStaffText();
  useEffect(() => void invoke<StartupProblem>("startup_problem").then(setProblem), []);
  if (!problem || !ready) return <main class="centered" />;
  return (
    <main class="centered">
      <section class="startup-problem" id="startup-problem" role="alert">
        <h1>{t("staff-startup-title")}</h1>
        <p class="error big" id="startup-message">{problem.message}</p>
        <dl>
          <dt>{t("staff-startup-code")}</dt>
          <dd><code id="startup-code">{problem.code}</code></dd>
          <dt>{t("staff-startup-database")}</dt>
          <dd><code id="startup-database">{problem.database}</code></dd>
        </dl>
        <p>{t("staff-startup-next")}</p>
        <button id="startup-quit" onClick={() => void invoke("startup_quit")}>{t("staff-startup-quit")}</button>
      </section>
    </main>
  );
}

render(<StaffText><Problem /></StaffText>, document.getElementById("app")!);
