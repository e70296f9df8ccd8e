import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { AppointmentView } from "./bindings/AppointmentView";
import type { BookingReceipt } from "./bindings/BookingReceipt";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { Session } from "./bindings/Session";
import type { SlotView } from "./bindings/SlotView";
import type { TypeView } from "./bindings/TypeView";
import { DeskBooking } from "./desk_booking";

function time(rfc3339: string): string {
  return rfc3339.slice(11, 16);
}

function shiftDate(d: string, days: number): string {
  const t = new Date(d + "T12:00:00Z");
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Today's appointments of an office by track and time, search, and booking for a caller. */
export function Board(props: { session: Session; today: string }) {
  const own = props.session.account.office;
  const [offices, setOffices] = useState<OfficeSummary[]>([]);
  const [office, setOffice] = useState<string>(own ?? "");
  const [date, setDate] = useState(props.today);
  const [rows, setRows] = useState<AppointmentView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<AppointmentView[] | null>(null);
  const mayBook = props.session.account.role !== "cashier";
  const [flow, setFlow] = useState(false);

  useEffect(() => {
    api.offices().then((o) => {
      setOffices(o);
      if (!office && o.length) setOffice(o[0].code);
    });
  }, []);
  const load = () => {
    if (!office || !date) return;
    api.board(office, date).then((r) => { setRows(r); setError(null); }).catch((e) => setError(messageOf(e)));
  };
  useEffect(load, [office, date]);

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
        <h2>Board</h2>
        {props.session.account.role === "administrator" ? (
          <select id="board-office" value={office} onChange={(e) => setOffice(e.currentTarget.value)}>
            {offices.map((o) => <option value={o.code}>{o.code} · {o.name}</option>)}
          </select>
        ) : (
          <strong>{office}</strong>
        )}
        <button id="board-prev" onClick={() => setDate(shiftDate(date, -1))} aria-label="Previous day">◀</button>
        <input type="date" id="board-date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <button id="board-next" onClick={() => setDate(shiftDate(date, 1))} aria-label="Next day">▶</button>
        {date !== props.today && <button onClick={() => setDate(props.today)}>Today</button>}
        <form class="search" onSubmit={search}>
          <input id="board-search" type="search" placeholder="Confirmation number, A-number or name" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          <button type="submit">Find</button>
        </form>
      </div>
      {error && <p class="error" role="alert" id="board-error">{error}</p>}
      {found && (
        <div class="found" id="search-results">
          <h3>Found {found.length} {found.length === 1 ? "appointment" : "appointments"} <button onClick={() => setFound(null)}>Close</button></h3>
          <AppointmentTable rows={found} withDate />
        </div>
      )}
      {mayBook && flow && (
        <DeskBooking office={offices.find((o) => o.code === office) as OfficeSummary} onClose={(booked) => { setFlow(false); if (booked) load(); }} />
      )}
      <div class="board-layout">
        <div class="board-tracks" id="board-table">
          {rows.length === 0 && <p class="muted">No appointments on {date}.</p>}
          {tracks.map((t) => (
            <div class="track">
              <h3>{t} <span class="muted">({rows.filter((r) => r.track === t && r.status === "booked").length} booked)</span></h3>
              <AppointmentTable rows={rows.filter((r) => r.track === t)} />
            </div>
          ))}
        </div>
        {mayBook && (
          <div class="side">
            <button id="open-desk-booking" class="wide" onClick={() => setFlow(true)} disabled={flow || !offices.some((o) => o.code === office)}>
              Book with the full flow, in the applicant's language…
            </button>
            <BookForCaller office={office} today={props.today} onBooked={load} />
          </div>
        )}
      </div>
    </section>
  );
}

function AppointmentTable(props: { rows: AppointmentView[]; withDate?: boolean }) {
  return (
    <table class="appointments">
      <thead><tr><th>{props.withDate ? "When" : "Time"}</th><th>Name</th><th>Type</th><th>Confirmation</th><th>Status</th></tr></thead>
      <tbody>
        {props.rows.map((a) => (
          <tr class={`status-${a.status}`}>
            <td>{props.withDate ? `${a.starts_at.slice(0, 10)} ${time(a.starts_at)}` : time(a.starts_at)}</td>
            <td>{a.applicant.last_name}, {a.applicant.first_name}</td>
            <td>{a.type_name}</td>
            <td class="mono">{a.confirmation}</td>
            <td>{a.status}</td>
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
  const [date, setDate] = useState(props.today);
  const [slots, setSlots] = useState<SlotView[]>([]);
  const [slot, setSlot] = useState("");
  const [person, setPerson] = useState({ first_name: "", last_name: "", date_of_birth: "", a_number: "", phone: "" });
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<BookingReceipt | null>(null);

  useEffect(() => void api.types().then((t) => setTypes(t.filter((x) => x.bookable))), []);
  useEffect(() => {
    if (!props.office || !date) return;
    api.slots(props.office, date).then((s) => { setSlots(s); setSlot(""); }).catch(() => setSlots([]));
  }, [props.office, date]);

  const ty = types.find((t) => t.code === type);
  const question = ty ? QUESTIONS[ty.rule.kind] : undefined;
  const open = slots.filter((s) => s.types.includes(type) && s.free > 0);
  const set = (k: keyof typeof person) => (e: Event) => setPerson({ ...person, [k]: (e.currentTarget as HTMLInputElement).value });
  const dobProblem = person.date_of_birth && person.date_of_birth > props.today ? "The date of birth cannot be in the future." : null;

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
      <h3>Book for a caller or walk-in</h3>
      <label>Appointment type
        <select id="book-type" value={type} onChange={(e) => { setType(e.currentTarget.value); setAnswer(""); }}>
          {types.map((t) => <option value={t.code}>{t.name}</option>)}
        </select>
      </label>
      {question && (
        <label>{question.label}
          <input id="book-answer" type="date" value={answer} onInput={(e) => setAnswer(e.currentTarget.value)} required />
        </label>
      )}
      <label>Day
        <input id="book-date" type="date" min={props.today} value={date} onChange={(e) => setDate(e.currentTarget.value)} required />
      </label>
      <label>Time
        <select id="book-slot" value={slot} onChange={(e) => setSlot(e.currentTarget.value)}>
          <option value="">First free from this day</option>
          {open.map((s) => <option value={s.id}>{time(s.starts_at)} · {s.track} · {s.free} free</option>)}
        </select>
      </label>
      <div class="two">
        <label>First name<input id="book-first" value={person.first_name} onInput={set("first_name")} required /></label>
        <label>Last name<input id="book-last" value={person.last_name} onInput={set("last_name")} required /></label>
      </div>
      <div class="two">
        <label>Date of birth<input id="book-dob" type="date" value={person.date_of_birth} onInput={set("date_of_birth")} required />
          {dobProblem && <span class="field-error" id="book-dob-error">{dobProblem}</span>}</label>
        <label>A-number (optional)<input id="book-anumber" placeholder="A123456789" value={person.a_number} onInput={set("a_number")} /></label>
      </div>
      <label>Phone (optional)<input id="book-phone" value={person.phone} onInput={set("phone")} /></label>
      {error && <p class="error" role="alert" id="book-error">{error}</p>}
      {receipt && (
        <p class="notice" id="book-receipt">
          Booked {receipt.type_name} on {receipt.starts_at.slice(0, 10)} at {time(receipt.starts_at)}. Confirmation <strong class="mono">{receipt.confirmation}</strong>, PIN <strong class="mono">{receipt.pin}</strong> (tell the caller: it is shown only now).
        </p>
      )}
      <div class="actions"><button class="primary" id="book-submit" type="submit">Book</button></div>
    </form>
  );
}

const QUESTIONS: Record<string, { field: string; label: string } | undefined> = {
  proof_needed_within: { field: "proof_needed_by", label: "Proof of status needed by" },
  travel_after_business_days: { field: "travel_date", label: "Planned travel date" },
  filed_at_least_days_ago: { field: "adjustment_filed_on", label: "Adjustment of status filed on" },
};
