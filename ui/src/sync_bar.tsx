import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { SyncStatus } from "./bindings/SyncStatus";
import { useStaffT, type T } from "./i18n";

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
  const age = s.last_success_age_seconds == null ? t("staff-sync-never") : ago(t, s.last_success_age_seconds);
  if (s.draining) {
    return (
      <span id="sync-status" data-state="draining">
        {t("staff-sync-draining", { sent: s.draining.sent, remaining: s.draining.remaining })}{" "}
        <progress max={s.draining.sent + s.draining.remaining} value={s.draining.sent} />
      </span>
    );
  }
  const unsent = Number(s.unsent_facts);
  // This workstation's own database failed, not the central one.
  if (s.error_code === "workstation_database") {
    return (
      <span id="sync-status" data-state="local-problem" class="error" title={s.error ?? ""}>
        {t("staff-sync-local-problem", { problem: s.error ?? s.error_code, age, unsent })}
      </span>
    );
  }
  if (s.online) {
    return (
      <span id="sync-status" data-state="online">
        {t("staff-sync-online", { age, unsent })}
      </span>
    );
  }
  // Reached but refused (a login, a schema to migrate, another district's
  // replica): waiting will not mend it, so the reason is shown, not hidden.
  if (s.error_code && s.error_code !== "central_unavailable") {
    return (
      <span id="sync-status" data-state="problem" class="error" title={s.error ?? ""}>
        {t("staff-sync-problem", { problem: s.error ?? s.error_code, age, unsent })}
      </span>
    );
  }
  return (
    <span id="sync-status" data-state="offline" class="error" title={s.error ?? ""}>
      {t("staff-sync-offline", { age, unsent })}
    </span>
  );
}

/** The age of the last sync in the largest whole unit: 40 s, 12 min, 5 h, 3 days. */
export function ago(t: T, seconds: number): string {
  if (seconds < 60) return t("staff-sync-seconds-ago", { seconds });
  if (seconds < 3600) return t("staff-sync-minutes-ago", { minutes: Math.floor(seconds / 60) });
  if (seconds < 86400) return t("staff-sync-hours-ago", { hours: Math.floor(seconds / 3600) });
  return t("staff-sync-days-ago", { days: Math.floor(seconds / 86400) });
}
