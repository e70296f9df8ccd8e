import { useEffect, useRef, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { BoardRow } from "./bindings/BoardRow";
import type { BookingReceipt } from "./bindings/BookingReceipt";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { Session } from "./bindings/Session";
import type { SlotView } from "./bindings/SlotView";
import type { TypeView } from "./bindings/TypeView";
import { DeskBooking } from "./desk_booking";
import type { TrackSummary } from "./bindings/TrackSummary";
import { useStaffT, withParts } from "./i18n";

function time(rfc3339: string): string {
  return rfc3339.slice(11, 16);
}

function shiftDate(d: string, days: number): string {
  const t = new Date(d + "T12:00:00Z");
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/**
 * A chosen day that starts at today and, while it is today, moves on with
 * it at midnight; a day chosen by hand stays.
 */
function useDayFollowingToday(today: string): [string, (d: string) => void] {
  const [day, setDay] = useState(today);
  const followed = useRef(today);
  useEffect(() => {
    setDay((d) => (d === followed.current ? today : d));
    followed.current = today;
  }, [today]);
  return [day, setDay];
}

/** Today's appointments of an office by track and time, search, and booking for a caller. */
export function Board(props: { session: Session; today: string }) {
  const own = props.session.account.office;
  const [offices, setOffices] = useState<OfficeSummary[]>([]);
  const [office, setOffice] = useState<string>(own ?? "");
  const [rows, setRows] = useState<BoardRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [officesError, setOfficesError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<BoardRow[] | null>(null);
  const mayBook = props.session.account.role !== "cashier";
  const [flow, setFlow] = useState(false);
  const t = useStaffT();

  useEffect(() => {
    // Until the offices are read, booking for a caller stays disabled: a
    // failed read says why and is tried again, rather than leaving the
    // button grey for good.
    let retry: number | undefined;
    let gone = false;
    const loadOffices = () =>
      api.offices().then(
        (o) => {
          if (gone) return;
          retry = undefined;
          setOffices(o);
          setOfficesError(null);
          // The first read picks an office for an administrator; later reads keep the choice.
          setOffice((current) => current || (o[0]?.code ?? ""));
        },
        (e) => {
          if (gone) return;
          setOfficesError(messageOf(e));
          retry = window.setTimeout(loadOffices, 1000);
        },
      );
    loadOffices();
    // Read again now and then: an office's date moves on at its midnight.
    const again = window.setInterval(() => { if (retry === undefined) loadOffices(); }, 10_000);
    // A read still under way when the board closes neither updates it nor tries again.
    return () => {
      gone = true;
      window.clearTimeout(retry);
      window.clearInterval(again);
    };
  }, []);
  // The shown office's own date (an administrator's offices lie in several
  // time zones); the date at sign-in until the offices are read.
  const today = offices.find((o) => o.code === office)?.today ?? props.today;
  const [date, setDate] = useDayFollowingToday(today);
  const load = () => {
    if (!office || !date) return;
    api.board(office, date).then((r) => { setRows(r); setError(null); }).catch((e) => setError(messageOf(e)));
  };
  useEffect(() => {
    load();
    // Bookings and arrivals from other desks arrive with the sync: shown within 2 s.
    const timer = window.setInterval(load, 1000);
    return () => window.clearInterval(timer);
  }, [office, date]);

  const search = async (e: Event) => {
    e.preventDefault();
    try {
      setFound(await api.search(office, query));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
      setFound(null);
    }
  };

  const tracks = [...new Set(rows.map((r) => r.track))].sort();
  return (
    <section class="board">
      <div class="toolbar">
        <h2>{t("staff-board-title")}</h2>
        {props.session.account.role === "administrator" ? (
          <select id="board-office" value={office} onChange={(e) => setOffice(e.currentTarget.value)}>
            {offices.map((o) => <option value={o.code}>{o.code} · {o.name}</option>)}
          </select>
        ) : (
          <strong>{office}</strong>
        )}
        <button id="board-prev" onClick={() => setDate(shiftDate(date, -1))} aria-label={t("staff-board-previous-day")}>◀</button>
        <input type="date" id="board-date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <button id="board-next" onClick={() => setDate(shiftDate(date, 1))} aria-label={t("staff-board-next-day")}>▶</button>
        {date !== today && <button id="board-today" onClick={() => setDate(today)}>{t("staff-board-today")}</button>}
        <button id="roster-print" onClick={() => api.rosterPrint(office, date, "track", false).then(() => setError(null), (e) => setError(messageOf(e)))}>{t("staff-board-roster-print")}</button>
        <button id="roster-save" onClick={() => api.rosterPrint(office, date, "track", true).then(() => setError(null), (e) => setError(messageOf(e)))}>{t("staff-board-roster-save")}</button>
        <form class="search" onSubmit={search}>
          <input id="board-search" type="search" placeholder={t("staff-board-search-placeholder")} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">{t("staff-board-find")}</button>
        </form>
      </div>
      {error && <p class="error" role="alert" id="board-error">{error}</p>}
      {officesError && <p class="error" role="alert" id="board-offices-error">{officesError}</p>}
      {found && (
        <div class="found" id="search-results">
          <h3>{t(found.length === 1 ? "staff-board-found-one" : "staff-board-found-many", { count: found.length })} <button onClick={() => setFound(null)}>{t("staff-board-close")}</button></h3>
          <AppointmentTable rows={found} withDate />
        </div>
      )}
      {mayBook && flow && (
        <DeskBooking office={offices.find((o) => o.code === office) as OfficeSummary} onClose={() => { setFlow(false); load(); }} />
      )}
      <div class="board-layout">
        <div class="board-tracks" id="board-table">
          {rows.length === 0 && <p class="muted">{t("staff-board-empty", { date })}</p>}
          {tracks.map((track) => (
            <div class="track">
              <h3>{track} <span class="muted">{t("staff-board-booked-count", { count: rows.filter((r) => r.track === track && r.status === "booked").length })}</span></h3>
              <AppointmentTable rows={rows.filter((r) => r.track === track)} />
            </div>
          ))}
        </div>
        {mayBook && (
          <div class="side">
            <button id="open-desk-booking" class="wide" onClick={() => setFlow(true)} disabled={flow || !offices.some((o) => o.code === office)}>
              {t("staff-board-open-desk-booking")}
            </button>
            <BookForCaller office={office} today={today} onBooked={load} />
          </div>
        )}
      </div>
      {["district_manager", "administrator"].includes(props.session.account.role) && <DaySummary office={office} date={date} />}
    </section>
  );
}

function AppointmentTable(props: { rows: BoardRow[]; withDate?: boolean }) {
  const t = useStaffT();
  return (
    <table class="appointments">
      <thead>
        <tr>
          <th>{props.withDate ? t("staff-board-col-when") : t("staff-board-col-time")}</th>
          <th>{t("staff-board-col-name")}</th>
          <th>{t("staff-board-col-type")}</th>
          <th>{t("staff-board-col-confirmation")}</th>
          <th>{t("staff-board-col-status")}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((a) => (
          <tr class={`status-${a.status}`}>
            <td>{props.withDate ? `${a.starts_at.slice(0, 10)} ${time(a.starts_at)}` : time(a.starts_at)}</td>
            <td>{t("staff-board-applicant-name", { last: a.last_name, first: a.first_name })}</td>
            <td>{a.type_name}</td>
            <td class="mono">{a.confirmation}</td>
            <td>{t(`staff-appointment-${a.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The booking core behind a form: a caller on the phone or a walk-in at the desk. */
function BookForCaller(props: { office: string; today: string; onBooked: () => void }) {
  const [types, setTypes] = useState<TypeView[]>([]);
  const [type, setType] = useState("case_inquiry");
  const [date, setDate] = useDayFollowingToday(props.today);
  const [slots, setSlots] = useState<SlotView[]>([]);
  const [slot, setSlot] = useState("");
  const [person, setPerson] = useState({ first_name: "", last_name: "", date_of_birth: "", a_number: "", phone: "" });
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<BookingReceipt | null>(null);
  const t = useStaffT();

  useEffect(() => void api.types().then((all) => setTypes(all.filter((x) => x.bookable))), []);
  useEffect(() => {
    if (!props.office || !date) return;
    api.slots(props.office, date).then((s) => { setSlots(s); setSlot(""); }).catch(() => setSlots([]));
  }, [props.office, date]);

  const ty = types.find((x) => x.code === type);
  const question = ty ? QUESTIONS[ty.rule.kind] : undefined;
  const open = slots.filter((s) => s.types.includes(type) && s.free > 0);
  const set = (k: keyof typeof person) => (e: Event) => setPerson({ ...person, [k]: (e.currentTarget as HTMLInputElement).value });
  const dobProblem = person.date_of_birth && person.date_of_birth > props.today ? t("staff-book-dob-future") : null;

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (dobProblem) return;
    try {
      const r = await api.bookForCaller({
        office: props.office,
        type,
        slot_id: slot || null,
        from: slot ? null : date,
        applicant: {
          first_name: person.first_name,
          last_name: person.last_name,
          date_of_birth: person.date_of_birth,
          a_number: person.a_number || null,
          phone: person.phone || null,
        },
        answers: question && answer ? { [question.field]: answer } : {},
      });
      setReceipt(r);
      setPerson({ first_name: "", last_name: "", date_of_birth: "", a_number: "", phone: "" });
      setAnswer("");
      props.onBooked();
      api.slots(props.office, date).then(setSlots);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <form class="card book" id="book-form" onSubmit={submit}>
      <h3>{t("staff-book-title")}</h3>
      <label>{t("staff-book-type")}
        <select id="book-type" value={type} onChange={(e) => { setType(e.currentTarget.value); setAnswer(""); }}>
          {types.map((x) => <option value={x.code}>{x.name}</option>)}
        </select>
      </label>
      {question && (
        <label>{t(question.label)}
          <input id="book-answer" type="date" value={answer} onInput={(e) => setAnswer(e.currentTarget.value)} required />
        </label>
      )}
      <label>{t("staff-book-day")}
        <input id="book-date" type="date" min={props.today} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
      </label>
      <label>{t("staff-book-time")}
        <select id="book-slot" value={slot} onChange={(e) => setSlot(e.currentTarget.value)}>
          <option value="">{t("staff-book-first-free")}</option>
          {open.map((s) => <option value={s.id}>{time(s.starts_at)} · {s.track} · {t("staff-book-free", { count: s.free })}</option>)}
        </select>
      </label>
      <div class="two">
        <label>{t("staff-book-first-name")}<input id="book-first" value={person.first_name} onInput={set("first_name")} required /></label>
        <label>{t("staff-book-last-name")}<input id="book-last" value={person.last_name} onInput={set("last_name")} required /></label>
      </div>
      <div class="two">
        <label>{t("staff-book-date-of-birth")}<input id="book-dob" type="date" value={person.date_of_birth} onInput={set("date_of_birth")} required />
          {dobProblem && <span class="field-error" id="book-dob-error">{dobProblem}</span>}</label>
        <label>{t("staff-book-a-number")}<input id="book-anumber" placeholder="A123456789" value={person.a_number} onInput={set("a_number")} /></label>
      </div>
      <label>{t("staff-book-phone")}<input id="book-phone" value={person.phone} onInput={set("phone")} /></label>
      {error && <p class="error" role="alert" id="book-error">{error}</p>}
      {receipt && (
        <p class="notice" id="book-receipt">
          {withParts(t("staff-book-receipt"), {
            type: receipt.type_name,
            date: receipt.starts_at.slice(0, 10),
            time: time(receipt.starts_at),
            confirmation: <strong class="mono">{receipt.confirmation}</strong>,
            pin: <strong class="mono">{receipt.pin}</strong>,
          })}
        </p>
      )}
      <div class="actions"><button class="primary" id="book-submit" type="submit">{t("staff-book-submit")}</button></div>
    </form>
  );
}

/** Per rule kind, the answer's field and its label's message id. */
const QUESTIONS: Record<string, { field: string; label: string } | undefined> = {
  proof_needed_within: { field: "proof_needed_by", label: "staff-book-question-proof-needed-by" },
  travel_after_business_days: { field: "travel_date", label: "staff-book-question-travel-date" },
  filed_at_least_days_ago: { field: "adjustment_filed_on", label: "staff-book-question-adjustment-filed-on" },
};

/** The day's figures per track, for the manager: seats, booked, arrived, no-shows, walk-ins, rates. */
function DaySummary(props: { office: string; date: string }) {
  const t = useStaffT();
  const [rows, setRows] = useState<TrackSummary[]>([]);
  useEffect(() => {
    if (props.office && props.date) void api.roster(props.office, props.date).then((r) => setRows(r.summary), () => setRows([]));
  }, [props.office, props.date]);
  const pct = (p: number | null) => (p === null ? "–" : `${p.toFixed(1)} %`);
  if (!rows.length) return null;
  return (
    <div class="card" id="day-summary">
      <h3>{t("staff-summary-title")}</h3>
      <table>
        <thead>
          <tr>
            {["track", "seats", "booked", "arrived", "no-show", "walk-ins", "no-show-rate", "utilisation"].map((c) => <th>{t(`staff-summary-${c}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr id={`summary-${r.track}`}>
              <td>{r.track}</td><td>{r.capacity}</td><td>{r.booked}</td><td>{r.arrived}</td><td>{r.no_show}</td><td>{r.walk_ins}</td><td>{pct(r.no_show_rate)}</td><td>{pct(r.utilisation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
