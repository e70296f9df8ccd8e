import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { CentralForm } from "./bindings/CentralForm";
import type { CentralStatus } from "./bindings/CentralStatus";
import type { OwnChange } from "./bindings/OwnChange";
import type { SentChange } from "./bindings/SentChange";
import { DistrictDesksCard } from "./district_desks";
import { useLanguageNames, useStaffT } from "./i18n";

const EMPTY: CentralForm = { host: "", port: "", database: "", user: "", password: "", office: "", password_file: "" };

/** The administrator's screen: where the central database is, whether it
 * answers, and the form that connects this workstation to it. */
export function CentralSettings() {
  const t = useStaffT();
  const [status, setStatus] = useState<CentralStatus | null>(null);
  const [form, setForm] = useState<CentralForm>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // What this workstation did on its own while disconnected: it stops reconnecting, so it is shown here.
  const [own, setOwn] = useState<OwnChange[]>([]);
  const loadOwn = () => void api.centralOwnChanges().then(setOwn).catch(() => setOwn([]));
  const loadStatus = () => void api.centralSettings().then(setStatus).catch((e) => setError(messageOf(e)));
  useEffect(() => {
    loadStatus();
    loadOwn();
  }, []);
  const set = (k: keyof CentralForm) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const run = async (action: () => Promise<CentralStatus>, done: string | null) => {
    setBusy(true);
    try {
      setStatus(await action());
      loadOwn();
      setError(null);
      setNotice(done);
      setForm({ ...form, password: "" });
    } catch (err) {
      setError(messageOf(err));
      setNotice(null);
    } finally {
      setBusy(false);
    }
  };
  // Everything sent: the sync connects again within a moment and the list
  // empties; until then the results stay on screen.
  const afterSending = async (done: SentChange[]) => {
    loadStatus();
    if (done.some((d) => d.holds_reconnection)) return;
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const left = await api.centralOwnChanges().catch(() => null);
      if (left && left.length === 0) {
        setOwn([]);
        setNotice(t("staff-central-own-all-sent"));
        return;
      }
    }
  };
  const connect = (e: Event) => {
    e.preventDefault();
    void run(() => api.centralConnect(form), null);
  };
  return (
    <section class="central">
      <h2>{t("staff-central-title")}</h2>
      <div class="board-layout">
        <div class="card" id="central-state">
          {!status ? null : !status.configured ? (
            <p>{t("staff-central-standalone")}</p>
          ) : (
            <>
              <p><strong>{t("staff-central-connected", { address: status.address ?? "" })}</strong></p>
              <p class={status.reachable ? "" : "error"} id="central-reach">
                {status.reachable
                  ? t("staff-central-reachable", { version: status.server_version ?? "", applied: status.schema_applied ?? 0, known: status.schema_known ?? 0 })
                  : t(reachText(status.error_code), { reason: status.error ?? "" })}
              </p>
              {status.reachable && (status.schema_applied ?? 0) < (status.schema_known ?? 0) && (
                <p class="error" id="central-schema">{t("staff-central-schema-behind")}</p>
              )}
              {status.reachable && (status.schema_applied ?? 0) > (status.schema_known ?? 0) && (
                <p class="error" id="central-schema">{t("staff-central-schema-ahead")}</p>
              )}
              <p>{status.password_store === "file" ? t("staff-central-password-file", { path: status.password_file ?? "" }) : t("staff-central-password-keychain")}</p>
              {status.office_not_in_district && (
                <p class="error" id="central-office-unknown">{t("staff-central-office-unknown", { office: status.office ?? "" })}</p>
              )}
              <p>{t("staff-central-unsent", { count: Number(status.unsent_facts) })}</p>
              {!confirming ? (
                <button id="central-disconnect" disabled={busy} onClick={() => setConfirming(true)}>
                  {t("staff-central-disconnect")}
                </button>
              ) : (
                // Asked once more: what the workstation books on its own must be sent to the district later.
                <div class="confirm" id="central-disconnect-ask" role="alertdialog">
                  <p>{t("staff-central-disconnect-warning")}</p>
                  <button id="central-disconnect-confirm" class="primary" disabled={busy}
                    onClick={() => void run(() => api.centralDisconnect(), t("staff-central-disconnected")).then(() => setConfirming(false))}>
                    {t("staff-central-disconnect-yes")}
                  </button>
                  <button id="central-disconnect-keep" disabled={busy} onClick={() => setConfirming(false)}>{t("staff-central-disconnect-keep")}</button>
                </div>
              )}
            </>
          )}
          {notice && <p class="notice" id="central-notice">{notice}</p>}
          {own.length > 0 && (
            <OwnChanges
              changes={own}
              connected={status?.configured ?? false}
              onSent={(done) => void afterSending(done)}
            />
          )}
        </div>
        <form class="card" id="central-form" onSubmit={connect}>
          <label>{t("staff-central-host")}<input id="central-host" value={form.host} onInput={set("host")} required /></label>
          <label>{t("staff-central-port")}<input id="central-port" value={form.port} onInput={set("port")} inputMode="numeric" /></label>
          <label>{t("staff-central-database")}<input id="central-database" value={form.database} onInput={set("database")} required /></label>
          <label>{t("staff-central-user")}<input id="central-user" value={form.user} onInput={set("user")} required /></label>
          <label>{t("staff-central-password")}<input id="central-password" type="password" autocomplete="off" value={form.password} onInput={set("password")} required /></label>
          <label>{t("staff-central-office")}<input id="central-office" value={form.office} onInput={set("office")} /></label>
          <label>{t("staff-central-password-file-label")}<input id="central-password-file" value={form.password_file} onInput={set("password_file")} /></label>
          {error && <p class="error" role="alert" id="central-error">{error}</p>}
          <button id="central-connect" class="primary" type="submit" disabled={busy}>{t("staff-central-connect")}</button>
        </form>
      </div>
      {status?.configured && status.reachable && <DistrictDesksCard />}
    </section>
  );
}

/** What a failed check says: nothing answered, or it answered and refused, or the password could not even be read here. */
function reachText(code: string | null): string {
  if (code === "central_unreachable") return "staff-central-unreachable";
  if (code && (code === "no_keychain" || code.startsWith("keychain") || code.startsWith("password_file"))) return "staff-central-password-unreadable";
  return "staff-central-refused";
}

const REDO: Record<string, string> = {
  booked: "staff-central-own-booked",
  rescheduled: "staff-central-own-rescheduled",
  cancelled: "staff-central-own-cancelled",
  pin_reissued: "staff-central-own-pin-reissued",
};

/** The appointments changed here while the workstation ran on its own,
 * with whom to call; connected, they can be sent to the district. */
function OwnChanges(props: { changes: OwnChange[]; connected: boolean; onSent: (done: SentChange[]) => void }) {
  const t = useStaffT();
  const languages = useLanguageNames();
  const [sent, setSent] = useState<Record<string, SentChange> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    try {
      const done = await api.centralSendOwnChanges();
      setSent(Object.fromEntries(done.map((d) => [d.change.confirmation, d])));
      setError(null);
      props.onSent(done);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div id="central-own-changes" role="alert">
      <h3>{t("staff-central-own-title", { count: props.changes.length })}</h3>
      <p>{t("staff-central-own-explain")}</p>
      {props.connected && (
        <button id="central-own-send" class="primary" disabled={busy} onClick={() => void send()}>{t("staff-central-own-send")}</button>
      )}
      {error && <p class="error" role="alert" id="central-own-error">{error}</p>}
      <table class="call-list">
        <thead>
          <tr>
            <th>{t("staff-central-own-col-what")}</th>
            <th>{t("staff-close-col-was")}</th>
            <th>{t("staff-close-col-person")}</th>
            <th>{t("staff-close-col-reach")}</th>
            <th>{t("staff-close-col-language")}</th>
            {sent && <th>{t("staff-central-own-col-sent")}</th>}
          </tr>
        </thead>
        <tbody>
          {props.changes.map((c) => {
            const outcome = sent?.[c.confirmation];
            return (
              <tr class={outcome && !outcome.sent ? "not-sent" : ""}>
                <td>{t(REDO[c.event] ?? c.event)}<br /><span class="muted">{c.confirmation}</span></td>
                <td>{c.office} {c.starts_at.slice(0, 10)} {c.starts_at.slice(11, 16)}</td>
                <td>{c.name}<br /><span class="muted">{c.type_name}</span></td>
                <td>{[c.phone, c.email].filter(Boolean).join(", ") || t("staff-close-no-contact")}</td>
                <td>{languages[c.language] ?? c.language}</td>
                {sent && <td>{!outcome ? "" : outcome.sent ? t("staff-central-own-sent") : t("staff-central-own-not-sent", { why: outcome.refused ?? "" })}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
