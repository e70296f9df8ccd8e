import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { BookingReceipt } from "./bindings/BookingReceipt";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { TypeView } from "./bindings/TypeView";
import { SignIn } from "./sign_in";

/** After this long without a touch or key, the kiosk forgets everything and starts over. */
const IDLE_MS = 90_000;

type Step = "start" | "where" | "type" | "person" | "done";

/**
 * The public booking screen (first version; the 13-language flow follows).
 * Nothing here leads to staff screens: leaving needs a staff sign-in.
 */
export function Kiosk(props: { onLeave: () => void }) {
  const [step, setStep] = useState<Step>("start");
  const [staff, setStaff] = useState(false);
  const [zip, setZip] = useState("");
  const [office, setOffice] = useState<OfficeSummary | null>(null);
  const [types, setTypes] = useState<TypeView[]>([]);
  const [type, setType] = useState<TypeView | null>(null);
  const [person, setPerson] = useState({ first_name: "", last_name: "", date_of_birth: "" });
  const [receipt, setReceipt] = useState<BookingReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setStep("start");
    setStaff(false);
    setZip("");
    setOffice(null);
    setType(null);
    setPerson({ first_name: "", last_name: "", date_of_birth: "" });
    setReceipt(null);
    setError(null);
  };

  useEffect(() => void api.types().then(setTypes), []);
  useEffect(() => {
    let timer = window.setTimeout(reset, IDLE_MS);
    const touch = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, IDLE_MS);
    };
    const events = ["pointerdown", "keydown"] as const;
    events.forEach((e) => window.addEventListener(e, touch));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, []);

  if (staff) return <SignIn title="Staff sign-in to leave the kiosk" onDone={props.onLeave} onCancel={() => setStaff(false)} />;

  const route = async (e: Event) => {
    e.preventDefault();
    try {
      setOffice(await api.kioskRoute(zip, null));
      setError(null);
      setStep("type");
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const book = async (e: Event) => {
    e.preventDefault();
    if (!office || !type) return;
    try {
      setReceipt(await api.kioskBook({ office: office.code, type: type.code, applicant: person, answers: {} }));
      setError(null);
      setStep("done");
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <main class="kiosk" id="kiosk">
      <header>
        <h1>Book an appointment</h1>
        <button class="staff-link" id="kiosk-staff" onClick={() => setStaff(true)}>Staff</button>
      </header>
      {error && <p class="error big" role="alert" id="kiosk-error">{error}</p>}
      {step === "start" && (
        <button class="huge primary" id="kiosk-start" onClick={() => setStep("where")}>Start</button>
      )}
      {step === "where" && (
        <form onSubmit={route} class="card">
          <label>Your ZIP code
            <input id="kiosk-zip" inputMode="numeric" value={zip} onInput={(e) => setZip(e.currentTarget.value)} required autoFocus />
          </label>
          <div class="actions"><button type="button" onClick={reset}>Start over</button><button class="primary" type="submit" id="kiosk-zip-next">Next</button></div>
        </form>
      )}
      {step === "type" && office && (
        <div class="card">
          <p>Your office: <strong>{office.name}</strong>, {office.address}</p>
          <div class="type-grid">
            {types.map((t) => (
              <button
                class="choice"
                id={`kiosk-type-${t.code}`}
                onClick={() => {
                  if (!t.bookable) {
                    setError(t.rule.kind === "contact_center" ? "This is not booked here: please call the USCIS Contact Center, 1-800-375-5283." : `This is done online: ${t.name}.`);
                    return;
                  }
                  setError(null);
                  setType(t);
                  setStep("person");
                }}
              >
                {t.name}
              </button>
            ))}
          </div>
          <div class="actions"><button onClick={reset}>Start over</button></div>
        </div>
      )}
      {step === "person" && type && (
        <form onSubmit={book} class="card">
          <p>{type.name} at {office?.name}: the first free time will be booked.</p>
          <label>First name<input id="kiosk-first" value={person.first_name} onInput={(e) => setPerson({ ...person, first_name: e.currentTarget.value })} required /></label>
          <label>Last name<input id="kiosk-last" value={person.last_name} onInput={(e) => setPerson({ ...person, last_name: e.currentTarget.value })} required /></label>
          <label>Date of birth<input id="kiosk-dob" type="date" value={person.date_of_birth} onInput={(e) => setPerson({ ...person, date_of_birth: e.currentTarget.value })} required /></label>
          <div class="actions"><button type="button" onClick={reset}>Start over</button><button class="primary" type="submit" id="kiosk-book">Book</button></div>
        </form>
      )}
      {step === "done" && receipt && (
        <div class="card" id="kiosk-receipt">
          <p>Your appointment: <strong>{receipt.starts_at.slice(0, 10)} at {receipt.starts_at.slice(11, 16)}</strong>, {receipt.office_name}.</p>
          <p>Confirmation number <strong class="mono">{receipt.confirmation}</strong> · PIN <strong class="mono">{receipt.pin}</strong></p>
          <p>Bring: {receipt.bring.join("; ")}.</p>
          <div class="actions"><button class="primary" onClick={reset} id="kiosk-finish">Finish</button></div>
        </div>
      )}
    </main>
  );
}
