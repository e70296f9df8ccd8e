// The cashier's screen: admits only people holding a cashier appointment
// today (a scanned notice or a typed confirmation number), shows no A-number
// and no date of birth, and records served or not served with a receipt.
import { useEffect, useRef, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { CashierEntry } from "./bindings/CashierEntry";
import { useStaffT } from "./i18n";

export function CashierScreen() {
  const t = useStaffT();
  const [confirmation, setConfirmation] = useState("");
  const [queue, setQueue] = useState<CashierEntry[]>([]);
  const [receipts, setReceipts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [walkIn, setWalkIn] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const load = () => api.cashierQueue().then(setQueue).catch((e) => setError(messageOf(e)));
  useEffect(() => {
    void load();
    input.current?.focus();
  }, []);
  const admit = async (e: Event) => {
    e.preventDefault();
    try {
      const entry = await api.cashierAdmit(confirmation);
      setNotice(t("staff-checkin-done", { number: entry.queue_number }));
      setError(null);
      setConfirmation("");
      void load();
    } catch (err) {
      setError(messageOf(err));
      setNotice(null);
    }
    input.current?.focus();
  };
  const act = (f: () => Promise<unknown>) => () => f().then(load, (e) => setError(messageOf(e)));
  return (
    <section class="cashier" id="cashier">
      <h2>{t("staff-cashier-title")}</h2>
      <form class="search" onSubmit={admit}>
        <input id="cashier-confirmation" ref={input} placeholder={t("staff-cashier-placeholder")} value={confirmation} onInput={(e) => setConfirmation(e.currentTarget.value)} />
        <button id="cashier-admit" type="submit">{t("staff-cashier-admit")}</button>
      </form>
      <form class="search" id="cashier-walkin" onSubmit={(e) => {
        e.preventDefault();
        api.walkIn({ name: walkIn, kind: "cashier_walk_in", reason: null, reason_text: null, approval: null }).then(
          (v) => { setNotice(t("staff-checkin-done", { number: v.queue_number })); setError(null); setWalkIn(""); void load(); },
          (err) => { setError(messageOf(err)); setNotice(null); },
        );
      }}>
        <input id="cashier-walkin-name" placeholder={t("staff-walkin-name")} value={walkIn} onInput={(e) => setWalkIn(e.currentTarget.value)} />
        <button id="cashier-walkin-admit" type="submit">{t("staff-walkin-kind-cashier_walk_in")}</button>
      </form>
      {error && <p class="error" role="alert" id="cashier-error">{error}</p>}
      {notice && <p class="notice" id="cashier-notice">{notice}</p>}
      <table id="cashier-queue">
        <tbody>
          {queue.map((q) => (
            <tr id={`cashier-${q.queue_number}`}>
              <td class="mono">{q.queue_number}</td>
              <td>{q.name}</td>
              <td>{t(`staff-visit-${q.state}`)}{q.receipt_ref ? ` · ${q.receipt_ref}` : ""}</td>
              <td>
                {q.state === "waiting" && <button id={`cashier-call-${q.queue_number}`} onClick={act(() => api.callVisit(q.visit_id, "Cashier" /* CASHIER_DESK: the lobby says it in each language */))}>{t("staff-queue-call")}</button>}
                {q.state === "called" && (
                  <>
                    <input id={`cashier-receipt-${q.queue_number}`} placeholder={t("staff-cashier-receipt")} value={receipts[q.visit_id] ?? ""} onInput={(e) => setReceipts({ ...receipts, [q.visit_id]: e.currentTarget.value })} />
                    <button id={`cashier-serve-${q.queue_number}`} onClick={act(() => api.finishVisit(q.visit_id, true, receipts[q.visit_id] || null))}>{t("staff-queue-served")}</button>
                    <button id={`cashier-notserved-${q.queue_number}`} onClick={act(() => api.finishVisit(q.visit_id, false, null))}>{t("staff-queue-not-served")}</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
