import { useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { ClosedDay } from "./bindings/ClosedDay";
import type { ClosureChoice } from "./bindings/ClosureChoice";
import { useLanguageNames, useStaffT } from "./i18n";

/** `2027-03-09 08:00` from an RFC 3339 office time. */
function dayAndTime(rfc3339: string): string {
  return `${rfc3339.slice(0, 10)} ${rfc3339.slice(11, 16)}`;
}

/**
 * Closing a day that has appointments (snow, a power cut): asks once more,
 * then shows the call list the closure returns.
 */
export function CloseDay(props: { office: string; officeName: string; today: string; blocked: boolean; onClosed: () => void }) {
  const t = useStaffT();
  const [day, setDay] = useState("");
  const [choice, setChoice] = useState<ClosureChoice>("move");
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ClosedDay | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Each language named in itself, as the kiosk shows it: the caller speaks it.
  const languages = useLanguageNames();

  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.closeDay(props.office, day, choice);
      setResult(r);
      setAsking(false);
      props.onClosed();
    } catch (e) {
      setError(t("staff-close-failed", { error: messageOf(e) }));
    } finally {
      setBusy(false);
    }
  };
  const moved = result?.people.filter((p) => p.moved_to).length ?? 0;

  return (
    <fieldset id="close-day" class="close-day">
      <legend>{t("staff-close-title")}</legend>
      <p class="muted">{t("staff-close-explain")}</p>
      <label>
        {t("staff-close-date")}
        <input type="date" id="close-date" min={props.today} value={day} onInput={(e) => { setDay(e.currentTarget.value); setAsking(false); }} />
      </label>
      <label class="inline">
        <input type="radio" name="close-choice" id="close-move" checked={choice === "move"} onChange={() => setChoice("move")} /> {t("staff-close-move")}
      </label>
      <label class="inline">
        <input type="radio" name="close-choice" id="close-cancel" checked={choice === "cancel"} onChange={() => setChoice("cancel")} /> {t("staff-close-cancel")}
      </label>
      <button id="close-button" disabled={!day || busy || props.blocked} title={props.blocked ? t("staff-close-dirty") : ""} onClick={() => setAsking(true)}>
        {t("staff-close-button")}
      </button>
      {asking && (
        <div class="confirm" id="close-confirm" role="alertdialog">
          <p>{t(choice === "move" ? "staff-close-confirm-move" : "staff-close-confirm-cancel", { office: props.officeName, date: day })}</p>
          <button id="close-confirm-yes" class="primary" disabled={busy} onClick={close}>{t("staff-close-yes")}</button>
          <button disabled={busy} onClick={() => setAsking(false)}>{t("staff-mix-cancel")}</button>
        </div>
      )}
      {error && <p class="error" role="alert" id="close-error">{error}</p>}
      {result && (
        <div id="close-result">
          <p class="notice" role="status">{t("staff-close-done", { date: result.day, moved, cancelled: result.people.length - moved })}</p>
          {result.people.length > 0 && (
            <table class="call-list" id="close-list">
              <thead>
                <tr>
                  <th>{t("staff-close-col-was")}</th>
                  <th>{t("staff-close-col-person")}</th>
                  <th>{t("staff-close-col-now")}</th>
                  <th>{t("staff-close-col-reach")}</th>
                  <th>{t("staff-close-col-language")}</th>
                </tr>
              </thead>
              <tbody>
                {result.people.map((p) => (
                  <tr>
                    <td>{p.was.slice(11, 16)}</td>
                    <td>{p.name}<br /><span class="muted">{p.confirmation} · {p.type_name}</span></td>
                    <td>{p.moved_to ? dayAndTime(p.moved_to) : t("staff-close-cancelled")}</td>
                    <td>{[p.phone, p.email].filter(Boolean).join(", ") || t("staff-close-no-contact")}</td>
                    <td>{languages[p.language] ?? p.language}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </fieldset>
  );
}
