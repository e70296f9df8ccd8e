// The front desk's check-in screen, built for a keyboard and a scanner: one
// search box (a scanned notice types its confirmation number and Enter), the
// documents seen or read by an MRZ reader, the waiting queue, walk-ins.
import { useEffect, useRef, useState } from "preact/hooks";
import { api, CommandError, messageOf } from "./api";
import type { Arrival } from "./bindings/Arrival";
import type { DocumentKind } from "./bindings/DocumentKind";
import type { DocumentShown } from "./bindings/DocumentShown";
import type { Companion } from "./bindings/Companion";
import type { Reissued } from "./bindings/Reissued";
import type { Visit } from "./bindings/Visit";
import type { VisitKind } from "./bindings/VisitKind";
import { useStaffT } from "./i18n";

const DOCUMENTS: DocumentKind[] = ["passport", "state_photo_id", "drivers_license", "permanent_resident_card", "ead", "i94_with_photo", "i94_without_photo", "passport_or_id_copy", "other"];
const MRZ_KINDS: DocumentKind[] = ["passport", "permanent_resident_card", "ead"];
const REASONS = ["medical_emergency", "imminent_travel", "death_in_family", "document_needed_for_work", "humanitarian", "other"];

export function CheckInScreen() {
  const t = useStaffT();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Arrival[] | null>(null);
  const [chosen, setChosen] = useState<Arrival | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [visits, setVisits] = useState<Visit[]>([]);
  const [desk, setDesk] = useState("1");
  const search = useRef<HTMLInputElement>(null);

  const loadQueue = () => api.visitsToday().then(setVisits).catch((e) => setError(messageOf(e)));
  useEffect(() => {
    void loadQueue();
    const timer = window.setInterval(loadQueue, 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => search.current?.focus(), []);

  const find = async (e: Event) => {
    e.preventDefault();
    try {
      const r = await api.findArrival(query);
      setFound(r);
      setChosen(r.length === 1 ? r[0] : null);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
      setFound(null);
    }
  };
  const done = () => {
    setChosen(null);
    setFound(null);
    setQuery("");
    void loadQueue();
    search.current?.focus();
  };
  const step = (f: () => Promise<unknown>) => () => f().then(loadQueue, (e) => setError(messageOf(e)));

  return (
    <section class="check-in">
      <div class="toolbar">
        <h2>{t("staff-checkin-title")}</h2>
        <form class="search" onSubmit={find}>
          <input id="arrival-search" ref={search} placeholder={t("staff-checkin-search-placeholder")} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button id="arrival-find" type="submit">{t("staff-checkin-find")}</button>
        </form>
        <button id="open-waiting-room" onClick={() => api.openWaitingRoom().catch((e) => setError(messageOf(e)))}>{t("staff-waiting-open")}</button>
      </div>
      {error && <p class="error" role="alert" id="checkin-error">{error}</p>}
      <div class="board-layout">
        <div>
          {found && found.length === 0 && <p class="muted" id="arrival-none">{t("staff-checkin-none")}</p>}
          {found && found.length > 1 && (
            <ul class="results" id="arrival-results">
              {found.map((a, i) => (
                <li>
                  <button id={`arrival-${i}`} class={chosen === a ? "choice selected" : "choice"} onClick={() => setChosen(a)}>
                    {a.appointment.applicant.last_name}, {a.appointment.applicant.first_name} · {a.appointment.applicant.date_of_birth} · {a.appointment.starts_at.slice(0, 16).replace("T", " ")} · {a.note}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {chosen && <CheckInPanel key={chosen.appointment.confirmation} arrival={chosen} onDone={done} />}
          <WalkInForm onDone={loadQueue} />
        </div>
        <div class="card" id="queue">
          <h3>{t("staff-queue-title")}</h3>
          <label>
            {t("staff-queue-desk")} <input id="queue-desk" size={6} value={desk} onInput={(e) => setDesk(e.currentTarget.value)} />
          </label>
          <table>
            <tbody>
              {visits.map((v) => (
                <tr id={`visit-${v.queue_number}`} class={`state-${v.state}`}>
                  <td class="mono">{v.queue_number}</td>
                  <td>{v.display_name}{v.late ? ` (${t("staff-queue-late")})` : ""}</td>
                  <td>{v.track}</td>
                  <td class="state">{t(`staff-visit-${v.state}`)}{v.desk ? ` · ${v.desk}` : ""}</td>
                  <td>
                    {(v.state === "waiting" || v.state === "called") && (
                      <button id={`queue-call-${v.queue_number}`} onClick={step(() => api.callVisit(v.id, desk))}>{t("staff-queue-call")}</button>
                    )}
                    {v.state === "called" && (
                      <>
                        <button id={`queue-serve-${v.queue_number}`} onClick={step(() => api.finishVisit(v.id, true, null))}>{t("staff-queue-served")}</button>
                        <button id={`queue-notserved-${v.queue_number}`} onClick={step(() => api.finishVisit(v.id, false, null))}>{t("staff-queue-not-served")}</button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}

function CheckInPanel(props: { arrival: Arrival; onDone: () => void }) {
  const t = useStaffT();
  const a = props.arrival.appointment;
  const [seen, setSeen] = useState<DocumentKind[]>([]);
  const [mrz, setMrz] = useState("");
  const [mrzKind, setMrzKind] = useState<DocumentKind>("passport");
  const [reason, setReason] = useState("");
  const [companions, setCompanions] = useState<Companion[]>([]);
  const [needsReason, setNeedsReason] = useState(false);
  const [late, setLate] = useState(false);
  const [rebooked, setRebooked] = useState<Reissued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [visit, setVisit] = useState<Visit | null>(props.arrival.visit);
  const here = props.arrival.relation === "today_here";
  const form = useRef<HTMLFormElement>(null);
  // Hands stay on the keyboard: the first document is focused (Space ticks
  // it), Ctrl+Enter checks in from anywhere in the panel.
  useEffect(() => form.current?.querySelector<HTMLElement>("input[type=checkbox], #checkin-next")?.focus(), [visit === null]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const documents: DocumentShown[] = seen.map((kind) => ({ kind }));
    if (mrz.trim()) documents.push({ kind: mrzKind, mrz });
    try {
      setVisit(await api.checkIn({ confirmation: a.confirmation, documents, override_reason: reason || null, companions: companions.filter((c) => c.name.trim()) }));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof CommandError && err.code === "document_mismatch") setNeedsReason(true);
      if (err instanceof CommandError && err.code === "late_arrival") setLate(true);
    }
  };
  return (
    <form class="card" id="checkin-panel" ref={form} onSubmit={submit} onKeyDown={(e) => { if (e.ctrlKey && e.key === "Enter" && !visit) void submit(e); }}>
      <h3>{a.applicant.last_name}, {a.applicant.first_name}</h3>
      <p>
        {a.starts_at.slice(11, 16)} · {a.type_name} · {a.track} · <span id="checkin-note">{props.arrival.note}</span>
      </p>
      {visit ? (
        <p class="notice" id="checkin-done">{t("staff-checkin-done", { number: visit.queue_number })}</p>
      ) : here ? (
        <>
          <fieldset>
            <legend>{t("staff-checkin-documents")}</legend>
            {DOCUMENTS.map((d) => (
              <label class="check">
                <input type="checkbox" id={`doc-${d}`} checked={seen.includes(d)} onChange={(e) => setSeen(e.currentTarget.checked ? [...seen, d] : seen.filter((x) => x !== d))} />
                {t(`staff-doc-${d}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t("staff-checkin-mrz")}
            <select id="checkin-mrz-kind" value={mrzKind} onChange={(e) => setMrzKind(e.currentTarget.value as DocumentKind)}>
              {MRZ_KINDS.map((d) => <option value={d}>{t(`staff-doc-${d}`)}</option>)}
            </select>
            <textarea id="checkin-mrz" rows={3} cols={46} class="mono" value={mrz} onInput={(e) => setMrz(e.currentTarget.value)} />
          </label>
          <fieldset class="companions" id="checkin-companions">
            <legend>{t("staff-companions-title")}</legend>
            {companions.map((c, i) => (
              <div class="companion">
                <select id={`companion-role-${i}`} value={c.role} onChange={(e) => setCompanions(companions.map((x, j) => (j === i ? { ...x, role: e.currentTarget.value } : x)))}>
                  {["family", "translator", "attorney"].map((r) => <option value={r}>{t(`staff-companion-${r}`)}</option>)}
                </select>
                <input id={`companion-name-${i}`} value={c.name} onInput={(e) => setCompanions(companions.map((x, j) => (j === i ? { ...x, name: e.currentTarget.value } : x)))} />
                <button type="button" onClick={() => setCompanions(companions.filter((_, j) => j !== i))}>{t("staff-companions-remove")}</button>
              </div>
            ))}
            <button type="button" id="companion-add" onClick={() => setCompanions([...companions, { role: "family", name: "" }])}>{t("staff-companions-add")}</button>
          </fieldset>
          {needsReason && (
            <label>
              {t("staff-checkin-override")}
              <input id="checkin-override" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            </label>
          )}
          {error && <p class="error" role="alert" id="checkin-panel-error">{error}</p>}
          {late && !rebooked && (
            <button type="button" id="checkin-rebook" onClick={() => api.rebookLate(a.confirmation).then((r) => { setRebooked(r); setError(null); }, (e) => setError(messageOf(e)))}>
              {t("staff-checkin-rebook")}
            </button>
          )}
          {rebooked && (
            <p class="notice" id="checkin-rebooked">
              {t("staff-checkin-rebooked", { when: rebooked.appointment.starts_at.slice(0, 16).replace("T", " "), pin: rebooked.pin })}{" "}
              <button type="button" id="checkin-rebook-print" onClick={() => api.kioskNoticePrint(rebooked.appointment.language, rebooked.appointment.confirmation, rebooked.pin, "new_pin").catch((e) => setError(messageOf(e)))}>
                {t("staff-checkin-rebook-print")}
              </button>
            </p>
          )}
          <p class="hint">{t("staff-checkin-shortcut")}</p>
          <div class="actions">
            <button type="button" onClick={props.onDone}>{t("staff-checkin-cancel")}</button>
            <button class="primary" id="checkin-submit" type="submit">{t("staff-checkin-submit")}</button>
          </div>
        </>
      ) : (
        <p class="error" id="checkin-elsewhere">{t("staff-checkin-not-here")}</p>
      )}
      {visit && <div class="actions"><button class="primary" id="checkin-next" type="button" onClick={props.onDone}>{t("staff-checkin-next")}</button></div>}
    </form>
  );
}

function WalkInForm(props: { onDone: () => void }) {
  const t = useStaffT();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: "", kind: "walk_in" as VisitKind, reason: "medical_emergency", reason_text: "", username: "", password: "" });
  const [needsApproval, setNeedsApproval] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<Visit | null>(null);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  if (!open) return <button id="walkin-open" onClick={() => setOpen(true)}>{t("staff-walkin-open")}</button>;
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const v = await api.walkIn({
        name: form.name,
        kind: form.kind,
        reason: form.kind === "walk_in" ? form.reason : null,
        reason_text: form.reason_text || null,
        approval: needsApproval ? { username: form.username, password: form.password } : null,
      });
      setMade(v);
      setError(null);
      setNeedsApproval(false);
      setForm({ ...form, name: "", reason_text: "", username: "", password: "" });
      props.onDone();
    } catch (err) {
      setError(messageOf(err));
      if (err instanceof CommandError && err.code === "approval_needed") setNeedsApproval(true);
    }
  };
  return (
    <form class="card" id="walkin-form" onSubmit={submit}>
      <h3>{t("staff-walkin-title")}</h3>
      <label>{t("staff-walkin-name")}<input id="walkin-name" value={form.name} onInput={set("name")} /></label>
      <label>
        {t("staff-walkin-kind")}
        <select id="walkin-kind" value={form.kind} onChange={set("kind")}>
          {(["walk_in", "attorney_walk_in", "cashier_walk_in"] as const).map((k) => <option value={k}>{t(`staff-walkin-kind-${k}`)}</option>)}
        </select>
      </label>
      {form.kind === "walk_in" && (
        <>
          <label>
            {t("staff-walkin-reason")}
            <select id="walkin-reason" value={form.reason} onChange={set("reason")}>
              {REASONS.map((r) => <option value={r}>{t(`staff-walkin-reason-${r}`)}</option>)}
            </select>
          </label>
          <label>{t("staff-walkin-reason-text")}<input id="walkin-reason-text" value={form.reason_text} onInput={set("reason_text")} /></label>
        </>
      )}
      {needsApproval && (
        <fieldset id="walkin-approval">
          <legend>{t("staff-walkin-approval")}</legend>
          <label>{t("staff-sign-in-username")}<input id="walkin-approver" value={form.username} onInput={set("username")} /></label>
          <label>{t("staff-sign-in-password")}<input id="walkin-approver-password" type="password" value={form.password} onInput={set("password")} /></label>
        </fieldset>
      )}
      {error && <p class="error" role="alert" id="walkin-error">{error}</p>}
      {made && <p class="notice" id="walkin-done">{t("staff-checkin-done", { number: made.queue_number })}</p>}
      <div class="actions"><button class="primary" id="walkin-submit" type="submit">{t("staff-walkin-submit")}</button></div>
    </form>
  );
}
