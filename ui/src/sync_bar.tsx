import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { SyncStatus } from "./bindings/SyncStatus";
import { useStaffT } from "./i18n";

/** The status bar's sync part: online or offline, the age of the last sync,
 * the facts not sent yet, and progress while an outbox drains. */
export function SyncBar() {
  const t = useStaffT();
  const [s, setS] = useState<SyncStatus | null>(null);
  useEffect(() => {
    const load = () => void api.syncStatus().then(setS).catch(() => undefined);
    load();
    const timer = window.setInterval(load, 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!s) return null;
  if (!s.configured) return <span id="sync-status" data-state="standalone">{t("staff-sync-standalone")}</span>;
  const age = s.last_success_age_seconds == null ? t("staff-sync-never") : t("staff-sync-seconds-ago", { seconds: s.last_success_age_seconds });
  if (s.draining) {
    return (
      <span id="sync-status" data-state="draining">
        {t("staff-sync-draining", { sent: s.draining.sent, remaining: s.draining.remaining })}{" "}
        <progress max={s.draining.sent + s.draining.remaining} value={s.draining.sent} />
      </span>
    );
  }
  const state = s.online ? "online" : "offline";
  return (
    <span id="sync-status" data-state={state} class={s.online ? "" : "error"} title={s.error ?? ""}>
      {t(s.online ? "staff-sync-online" : "staff-sync-offline", { age, unsent: Number(s.unsent_facts) })}
    </span>
  );
}
