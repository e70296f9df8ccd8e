// The public booking flow, step by step: where → type (and its questions)
// → who → personal data → verify → time → review → confirm. The kiosk runs
// it, and a front-desk officer runs it for a caller. Every text comes from
// the Fluent files (`t`); every check is made on the Rust side as the person
// goes, so a refusal shows at the step that caused it.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, CommandError, UNEXPECTED } from "./api";
import type { ApplicantInput } from "./bindings/ApplicantInput";
import type { OfferedSlot } from "./bindings/OfferedSlot";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { PublicAppointment } from "./bindings/PublicAppointment";
import type { RepresentativeInput } from "./bindings/RepresentativeInput";
import type { SlotOffer } from "./bindings/SlotOffer";
import type { TypeAnswers } from "./bindings/TypeAnswers";
import type { TypeView } from "./bindings/TypeView";
import type { T } from "./i18n";

/**
 * Puts the keyboard on the screen's first control marked autofocus (else its
 * first button or field): browsers honour `autofocus` only once per page, and
 * a kiosk user with a keyboard must never have to hunt for the focus.
 */
export function focusFirst() {
  const before = document.activeElement;
  requestAnimationFrame(() => {
    const card = document.querySelector(".kiosk .card");
    if (!card) return;
    // Called when a screen's content changes: its autofocus control takes the
    // focus (a list that has just loaded, say); otherwise the first control,
    // unless the person has put the focus somewhere on this screen already.
    // A frame can come late (a busy machine): whoever has meanwhile moved into
    // a field keeps typing there, never half a name in one field and the rest
    // in another.
    const active = document.activeElement;
    if (active && active !== before && card.contains(active)) return;
    const marked = card.querySelector<HTMLElement>("[autofocus]");
    if (marked) return marked.focus();
    if (active && card.contains(active)) return;
    card.querySelector<HTMLElement>("input, button")?.focus();
  });
}

/** A refusal: the message in the person's language, and the field it is about. */
export type Problem = { message: string; field?: string };

export function problemOf(e: unknown, t: T): Problem {
  if (e instanceof CommandError && e.code !== UNEXPECTED) return { message: e.message, field: e.field };
  console.error(e);
  return { message: t("error-unexpected") };
}

export function ErrorLine(props: { problem: Problem | null }) {
  if (!props.problem || props.problem.field) return null;
  return <p class="error big" role="alert" id="kiosk-error">{props.problem.message}</p>;
}

/** Digits typed on an Arabic, Persian or full-width (Chinese, Korean) keyboard, as the digits every check reads. */
export function asciiDigits(v: string): string {
  return v.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (c) => {
    const n = c.charCodeAt(0);
    return String(n - (n >= 0xff10 ? 0xff10 : n >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/** One labelled input, with its own message when the last refusal was about it. Its direction
 * follows what is typed: a code or a phone number reads left to right on an Arabic screen too. */
export function Field(props: {
  id: string;
  field: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  problem: Problem | null;
  hint?: string;
  optional?: string;
  inputMode?: "numeric" | "tel" | "email" | "text";
  autoFocus?: boolean;
}) {
  const bad = props.problem?.field === props.field;
  return (
    <label class={bad ? "field invalid" : "field"}>
      <span>
        {props.label}
        {props.optional && <small> ({props.optional})</small>}
      </span>
      <input
        id={props.id}
        value={props.value}
        inputMode={props.inputMode}
        autoFocus={props.autoFocus}
        aria-invalid={bad}
        aria-describedby={bad ? `${props.id}-error` : undefined}
        dir="auto"
        onInput={(e) => {
          const typed = e.currentTarget.value;
          const v = asciiDigits(typed);
          // Shown as it will be read; the caret stays where the person is typing.
          if (v !== typed) {
            const at = e.currentTarget.selectionStart;
            e.currentTarget.value = v;
            if (at !== null) e.currentTarget.setSelectionRange(at, at);
          }
          props.onInput(v);
        }}
      />
      {props.hint && <small class="hint">{props.hint}</small>}
      {bad && <small class="error" role="alert" id={`${props.id}-error`}>{props.problem?.message}</small>}
    </label>
  );
}

export function Actions(props: { t: T; back?: () => void; nextId?: string; nextLabel?: string; children?: ComponentChildren }) {
  return (
    <div class="actions">
      {props.back && <button type="button" id="kiosk-back" onClick={props.back}>{props.t("kiosk-back")}</button>}
      {props.children}
      {props.nextId && <button type="submit" class="primary" id={props.nextId}>{props.nextLabel ?? props.t("kiosk-next")}</button>}
    </div>
  );
}

/** Offered times, a page at a time; `onChoose` gets the chosen one. */
export function SlotPicker(props: { t: T; lang: string; office: string; type: string; answers: TypeAnswers | null; onChoose: (s: OfferedSlot) => void; onBack: () => void }) {
  const { t } = props;
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [offer, setOffer] = useState<SlotOffer | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const from = pages[pages.length - 1];
  useEffect(() => {
    setOffer(null);
    // With the answers, only times by the last day the appointment helps (before a trip, say).
    api.kioskOfferSlots(props.lang, props.office, props.type, from, props.answers).then(
      (o) => {
        setOffer(o);
        setProblem(null);
      },
      (e) => setProblem(problemOf(e, t)),
    );
  }, [from, props.lang]);
  useEffect(focusFirst, [offer]);
  const days = new Map<string, OfferedSlot[]>();
  for (const s of offer?.slots ?? []) days.set(s.date_label, [...(days.get(s.date_label) ?? []), s]);
  let n = 0;
  return (
    <div class="card" id="kiosk-slots">
      <h2>{t("slots-title")}</h2>
      <ErrorLine problem={problem} />
      {!offer && !problem && <p>{t("kiosk-working")}</p>}
      {[...days.entries()].map(([day, slots]) => (
        <section class="slot-day">
          <h3>{day}</h3>
          <div class="slot-grid">
            {slots.map((s) => (
              <button class="choice slot" id={`slot-${n}`} autoFocus={n++ === 0} data-date={s.local_date} onClick={() => props.onChoose(s)}>
                <strong>{s.time_label}</strong>
                <small>{t("slots-seats", { seats: s.free })}</small>
              </button>
            ))}
          </div>
        </section>
      ))}
      <div class="actions">
        <button type="button" id="kiosk-back" onClick={props.onBack}>{t("kiosk-back")}</button>
        {pages.length > 1 && <button id="slots-earlier" onClick={() => setPages(pages.slice(0, -1))}>{t("slots-earlier")}</button>}
        {offer?.next_from && <button id="slots-later" onClick={() => setPages([...pages, offer.next_from])}>{t("slots-later")}</button>}
      </div>
    </div>
  );
}

type Step = "where" | "type" | "questions" | "who" | "rep" | "person" | "verify" | "slots" | "review";

const EMPTY_PERSON: ApplicantInput = {
  first_name: "",
  middle_name: "",
  last_name: "",
  date_of_birth: "",
  country_of_birth: "",
  zip: "",
  phone: "",
  email: "",
  a_number: "",
  receipt_number: "",
};
const EMPTY_REP: RepresentativeInput = { name: "", organization: "", phone: "", email: "", text_messages: false, online_account: "", call_times: "" };

/** Empty optional fields go to the Rust side as absent, not as ""; an
 * empty required one (`required`) goes as "", so the Rust side names it
 * and says what to enter, in the person's language. */
function trimmed<O extends Record<string, unknown>>(o: O, required: (keyof O)[]): O {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = typeof v === "string" && v.trim() === "" && !required.includes(k as keyof O) ? null : v;
  return out as O;
}
const PERSON_REQUIRED: (keyof ApplicantInput)[] = ["first_name", "last_name", "date_of_birth"];
const REP_REQUIRED: (keyof RepresentativeInput)[] = ["name", "phone"];
/** A representative's phone and e-mail are told apart from the applicant's. */
const repFieldOf = (key: keyof RepresentativeInput): string => (key === "phone" || key === "email" ? `rep_${key}` : key);

/** A date as the Rust side reads it, a day the calendar has (not 2026-02-30); anything else is refused here, with the field's message. */
export function isoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** The types to offer at `office`: those its mix serves, and those that are
 * not booked anywhere (the kiosk says where to go for them). */
function offered(types: TypeView[], office: OfficeSummary | null): TypeView[] {
  return office ? types.filter((ty) => !ty.bookable || office.types_served.includes(ty.code)) : types;
}

export function BookingFlow(props: { lang: string; t: T; office?: OfficeSummary; onBooked: (a: PublicAppointment) => void; onStartOver: () => void }) {
  const { lang, t } = props;
  const [step, setStep] = useState<Step>(props.office ? "type" : "where");
  const [abroad, setAbroad] = useState(false);
  const [zip, setZip] = useState("");
  const [country, setCountry] = useState("");
  const [office, setOffice] = useState<OfficeSummary | null>(props.office ?? null);
  const [types, setTypes] = useState<TypeView[]>([]);
  const [type, setType] = useState<TypeView | null>(null);
  const [answers, setAnswers] = useState<TypeAnswers>({});
  const [order, setOrder] = useState({ date: "", court: "", granted: "" });
  const [representing, setRepresenting] = useState(false);
  const [rep, setRep] = useState<RepresentativeInput>(EMPTY_REP);
  const [person, setPerson] = useState<ApplicantInput>(EMPTY_PERSON);
  const [slot, setSlot] = useState<OfferedSlot | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void api.types().then(setTypes), []);
  useEffect(focusFirst, [step, types.length]);

  const go = (s: Step) => {
    setProblem(null);
    setStep(s);
  };
  /** Runs a check on the Rust side; on success moves on, else shows why. */
  const attempt = async (f: () => Promise<unknown>, next: () => void) => {
    if (busy) return;
    setBusy(true);
    try {
      await f();
      setProblem(null);
      next();
    } catch (e) {
      setProblem(problemOf(e, t));
    } finally {
      setBusy(false);
    }
  };
  const submit = (f: () => void) => (e: Event) => {
    e.preventDefault();
    f();
  };
  const personField = (key: keyof ApplicantInput, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      id={`person-${key}`}
      field={key}
      label={t(label)}
      value={String(person[key] ?? "")}
      onInput={(v) => setPerson({ ...person, [key]: v })}
      problem={problem}
      {...extra}
    />
  );
  const repField = (key: keyof RepresentativeInput, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field id={`rep-${key}`} field={repFieldOf(key)} label={t(label)} value={String(rep[key] ?? "")} onInput={(v) => setRep({ ...rep, [key]: v })} problem={problem} {...extra} />
  );
  const fullAnswers = (): TypeAnswers =>
    type?.rule.kind === "final_order_details"
      ? { final_order: order.date || order.court || order.granted ? { date: order.date.trim(), court: order.court, granted: order.granted } : undefined }
      : Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === "string" && v.trim() !== "").map(([k, v]) => [k, (v as string).trim()]));
  /** The answers' dates, checked before they go: a date typed another way has no other message than its field's. */
  const badAnswerDate = (): Problem | null => {
    const a = fullAnswers();
    if (a.final_order && !isoDate(a.final_order.date)) return { field: "final_order", message: t("field-final_order") };
    for (const key of ["proof_needed_by", "travel_date", "adjustment_filed_on"] as const) {
      const v = a[key];
      if (typeof v === "string" && !isoDate(v)) return { field: key, message: t(`field-${key}`) };
    }
    return null;
  };
  const representative = () => (representing ? trimmed(rep, REP_REQUIRED) : null);
  const name = [person.first_name, person.middle_name, person.last_name].filter((p) => p && p.trim()).join(" ");
  const opt = t("kiosk-optional");
  const dateHint = t("kiosk-date-hint");

  switch (step) {
    case "where":
      return (
        <form class="card" id="kiosk-where" onSubmit={submit(() => attempt(async () => setOffice(await api.kioskRoute(lang, abroad ? null : zip, abroad ? country : null)), () => go("type")))}>
          <h2>{t("where-title")}</h2>
          <ErrorLine problem={problem} />
          <div class="choice-row">
            <button type="button" id="where-in-us" class={abroad ? "choice" : "choice selected"} aria-pressed={!abroad} onClick={() => setAbroad(false)}>{t("where-in-us")}</button>
            <button type="button" id="where-abroad" class={abroad ? "choice selected" : "choice"} aria-pressed={abroad} onClick={() => setAbroad(true)}>{t("where-abroad")}</button>
          </div>
          {abroad ? (
            <Field id="where-country" field="country" label={t("where-country")} hint={t("where-country-hint")} value={country} onInput={setCountry} problem={problem} autoFocus />
          ) : (
            <Field id="where-zip" field="zip" label={t("where-zip")} hint={t("where-zip-hint")} value={zip} onInput={setZip} problem={problem} inputMode="numeric" autoFocus />
          )}
          <Actions t={t} back={props.onStartOver} nextId="where-next" />
        </form>
      );
    case "type":
      return (
        <div class="card" id="kiosk-type">
          {office && (
            <p class="office-line" id="kiosk-office">
              {t("where-office")}: <strong>{office.name}</strong>, {office.address}
            </p>
          )}
          <h2>{t("type-title")}</h2>
          <ErrorLine problem={problem?.field === "type" ? { message: problem.message } : problem} />
          <div class="type-grid">
            {offered(types, office).map((ty, i) => (
              <button
                class={type?.code === ty.code ? "choice selected" : "choice"}
                id={`type-${ty.code}`}
                autoFocus={i === 0}
                onClick={() => {
                  setType(ty);
                  setAnswers({});
                  const asks = ["proof_needed_within", "travel_after_business_days", "filed_at_least_days_ago", "final_order_details"].includes(ty.rule.kind);
                  // Types that are not booked here are refused at once, in the person's language.
                  if (asks) go("questions");
                  else void attempt(() => api.kioskCheckRequest(lang, office?.code ?? "", ty.code, {}), () => go("who"));
                }}
              >
                {t(`type-${ty.code}`)}
              </button>
            ))}
          </div>
          <Actions t={t} back={props.office ? props.onStartOver : () => go("where")} />
        </div>
      );
    case "questions": {
      const kind = type?.rule.kind;
      const dateQuestion = (key: "proof_needed_by" | "travel_date" | "adjustment_filed_on") => (
        <Field id={`question-${key}`} field={key} label={t(`question-${key}`)} hint={dateHint} value={answers[key] ?? ""} onInput={(v) => setAnswers({ [key]: v })} problem={problem} autoFocus />
      );
      return (
        <form
          class="card"
          id="kiosk-questions"
          onSubmit={submit(() => {
            const bad = badAnswerDate();
            if (bad) setProblem(bad);
            else void attempt(() => api.kioskCheckRequest(lang, office?.code ?? "", type?.code ?? "", fullAnswers()), () => go("who"));
          })}
        >
          <h2>{t(`type-${type?.code ?? ""}`)}</h2>
          <p>{t("type-questions")}</p>
          <ErrorLine problem={problem} />
          {kind === "proof_needed_within" && dateQuestion("proof_needed_by")}
          {kind === "travel_after_business_days" && dateQuestion("travel_date")}
          {kind === "filed_at_least_days_ago" && dateQuestion("adjustment_filed_on")}
          {kind === "final_order_details" && (
            <>
              <Field id="question-order-date" field="final_order" label={t("question-final_order-date")} hint={dateHint} value={order.date} onInput={(v) => setOrder({ ...order, date: v })} problem={problem} autoFocus />
              <Field id="question-order-court" field="final_order-court" label={t("question-final_order-court")} value={order.court} onInput={(v) => setOrder({ ...order, court: v })} problem={problem} />
              <Field id="question-order-granted" field="final_order-granted" label={t("question-final_order-granted")} value={order.granted} onInput={(v) => setOrder({ ...order, granted: v })} problem={problem} />
            </>
          )}
          <Actions t={t} back={() => go("type")} nextId="questions-next" />
        </form>
      );
    }
    case "who":
      return (
        <div class="card" id="kiosk-who">
          <h2>{t("who-title")}</h2>
          <div class="choice-column">
            <button class="choice" id="who-self" autoFocus onClick={() => { setRepresenting(false); go("person"); }}>{t("who-self")}</button>
            <button class="choice" id="who-representative" onClick={() => { setRepresenting(true); go("rep"); }}>{t("who-representative")}</button>
          </div>
          <Actions t={t} back={() => go("type")} />
        </div>
      );
    case "rep":
      return (
        <form class="card" id="kiosk-rep" onSubmit={submit(() => go("person"))}>
          <h2>{t("rep-title")}</h2>
          <ErrorLine problem={problem} />
          {repField("name", "rep-name", { autoFocus: true })}
          {repField("organization", "rep-organization", { optional: opt })}
          {repField("phone", "rep-phone", { inputMode: "tel" })}
          {repField("email", "rep-email", { optional: opt, inputMode: "email" })}
          <label class="check">
            <input type="checkbox" id="rep-text_messages" checked={rep.text_messages} onChange={(e) => setRep({ ...rep, text_messages: e.currentTarget.checked })} />
            {t("rep-text-messages")}
          </label>
          {repField("online_account", "rep-online-account", { optional: opt })}
          {repField("call_times", "rep-call-times", { optional: opt })}
          <Actions t={t} back={() => go("who")} nextId="rep-next" />
        </form>
      );
    case "person":
      return (
        <form class="card" id="kiosk-person" onSubmit={submit(() => attempt(() => api.kioskCheckPerson(lang, office?.code ?? "", trimmed(person, PERSON_REQUIRED), representative()), () => go("verify")))}>
          <h2>{t("person-title")}</h2>
          <ErrorLine problem={problem} />
          {/* A representative's own fields are checked here too; a refusal about them is shown on top, where the screen opens. */}
          {problem?.field && ["name", "organization", "rep_phone", "rep_email", "online_account", "call_times"].includes(problem.field) && (
            <p class="error" role="alert" id="kiosk-error">{problem.message}</p>
          )}
          <div class="form-grid">
            {personField("first_name", "person-first-name", { autoFocus: true })}
            {personField("middle_name", "person-middle-name", { optional: opt })}
            {personField("last_name", "person-last-name")}
            {personField("date_of_birth", "person-date-of-birth", { hint: dateHint })}
            {personField("country_of_birth", "person-country-of-birth", { optional: opt })}
            {personField("zip", "person-zip", { optional: opt, inputMode: "numeric" })}
            {personField("phone", "person-phone", { optional: opt, inputMode: "tel" })}
            {personField("email", "person-email", { optional: opt, inputMode: "email" })}
            {personField("a_number", "person-a-number", { optional: opt, hint: t("person-a-number-hint") })}
            {personField("receipt_number", "person-receipt-number", { optional: opt, hint: t("person-receipt-number-hint") })}
          </div>
          <Actions t={t} back={() => go(representing ? "rep" : "who")} nextId="person-next" />
        </form>
      );
    case "verify":
      return (
        <div class="card" id="kiosk-verify">
          <h2>{t("verify-title")}</h2>
          <dl class="summary">
            <dt>{t("review-applicant")}</dt>
            <dd id="verify-name">{name}</dd>
            <dt>{t("person-date-of-birth")}</dt>
            <dd><bdi>{person.date_of_birth}</bdi></dd>
            {person.a_number && (<><dt>{t("person-a-number")}</dt><dd><bdi>{person.a_number}</bdi></dd></>)}
            {person.receipt_number && (<><dt>{t("person-receipt-number")}</dt><dd><bdi>{person.receipt_number}</bdi></dd></>)}
            {person.phone && (<><dt>{t("person-phone")}</dt><dd><bdi>{person.phone}</bdi></dd></>)}
            {person.email && (<><dt>{t("person-email")}</dt><dd><bdi>{person.email}</bdi></dd></>)}
            {representing && (<><dt>{t("review-representative")}</dt><dd>{rep.name}</dd></>)}
          </dl>
          <div class="actions">
            <button id="verify-change" onClick={() => go("person")}>{t("verify-change")}</button>
            <button class="primary" id="verify-next" autoFocus onClick={() => go("slots")}>{t("kiosk-next")}</button>
          </div>
        </div>
      );
    case "slots":
      return <SlotPicker t={t} lang={lang} office={office?.code ?? ""} type={type?.code ?? ""} answers={fullAnswers()} onBack={() => go("verify")} onChoose={(s) => { setSlot(s); go("review"); }} />;
    case "review":
      return (
        <div class="card" id="kiosk-review">
          <h2>{t("review-title")}</h2>
          <ErrorLine problem={problem} />
          <dl class="summary">
            <dt>{t("review-office")}</dt>
            <dd>{office?.name}, {office?.address}</dd>
            <dt>{t("review-type")}</dt>
            <dd>{t(`type-${type?.code ?? ""}`)}</dd>
            <dt>{t("review-when")}</dt>
            <dd id="review-when">{slot?.when_label}</dd>
            <dt>{t("review-applicant")}</dt>
            <dd>{name}</dd>
            {representing && (<><dt>{t("review-representative")}</dt><dd>{rep.name}</dd></>)}
          </dl>
          <div class="actions">
            <button id="kiosk-back" onClick={() => go("slots")}>{t("kiosk-back")}</button>
            <button
              class="primary"
              id="review-confirm"
              autoFocus
              disabled={busy}
              onClick={() =>
                attempt(
                  async () =>
                    props.onBooked(
                      await api.kioskBook(lang, {
                        office: office?.code,
                        type: type?.code ?? "",
                        slot_id: slot?.slot_id,
                        applicant: trimmed(person, PERSON_REQUIRED),
                        representative: representative(),
                        answers: fullAnswers(),
                      }),
                    ),
                  () => undefined,
                )
              }
            >
              {t("review-confirm")}
            </button>
          </div>
        </div>
      );
  }
}
