// The lobby kiosk: the public's screen, full screen, in 13 languages. It books,
// changes and cancels appointments and prints notices; nothing here leads to
// staff screens, and leaving needs a staff sign-in.
import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { IdentityInput } from "./bindings/IdentityInput";
import type { LanguageView } from "./bindings/LanguageView";
import type { NoticeKind } from "./bindings/NoticeKind";
import type { PublicAppointment } from "./bindings/PublicAppointment";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import { Actions, BookingFlow, ErrorLine, Field, focusFirst, problemOf, SlotPicker, type Problem } from "./booking_flow";
import { useStaffT, useUiText, type T } from "./i18n";
import { SignIn } from "./sign_in";


type Screen =
  | { at: "menu" }
  | { at: "book" }
  | { at: "done"; title: string; appointment: PublicAppointment; pin: string; kind: NoticeKind }
  | { at: "manage" }
  | { at: "manage-found"; appointment: PublicAppointment; pin: string }
  | { at: "manage-slots"; appointment: PublicAppointment; pin: string }
  | { at: "manage-cancel"; appointment: PublicAppointment; pin: string }
  | { at: "cancelled" }
  | { at: "replace" }
  | { at: "replace-identity" };

/** After `idleSeconds` without a touch or key, the kiosk forgets everything and starts over. */
export function Kiosk(props: { onLeave: () => void; idleSeconds: number }) {
  const idleMs = props.idleSeconds * 1000;
  const [lang, setLang] = useState("en");
  const [chosen, setChosen] = useState(false);
  // A new key per visit: every form of the previous person is thrown away.
  const [visit, setVisit] = useState(0);
  const [staff, setStaff] = useState(false);
  const [languages, setLanguages] = useState<LanguageView[]>([]);
  const { t, ready } = useUiText(lang);
  const staffT = useStaffT();
  // From the language itself, not from its texts: those arrive a moment later.
  const rtl = languages.find((l) => l.code === lang)?.rtl ?? false;

  const reset = () => {
    setChosen(false);
    setLang("en");
    setStaff(false);
    setVisit((v) => v + 1);
  };
  useEffect(() => void api.languages().then(setLanguages), []);
  useEffect(focusFirst, [chosen, visit, languages.length, ready]);
  useEffect(() => {
    let timer = window.setTimeout(reset, idleMs);
    const touch = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reset, idleMs);
    };
    const events = ["pointerdown", "keydown", "input"] as const;
    events.forEach((e) => window.addEventListener(e, touch));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, touch));
    };
  }, [idleMs]);

  if (staff) return <SignIn title={staffT("staff-sign-in-leave-kiosk")} onDone={props.onLeave} onCancel={() => setStaff(false)} />;

  // Until the language's texts are here, only the way out for staff: not
  // message ids, not the last person's language. One element either way,
  // updated in place when they come.
  return (
    <main class="kiosk" id="kiosk" dir={rtl ? "rtl" : "ltr"} lang={lang} key={visit} aria-busy={!ready}>
      <header>
        {ready && <h1>{t("kiosk-title")}</h1>}
        {ready && chosen && <button id="kiosk-start-over" onClick={reset}>{t("kiosk-start-over")}</button>}
        <button class="staff-link" id="kiosk-staff" onClick={() => setStaff(true)}>{ready ? t("kiosk-staff") : staffT("staff-sign-in-leave-kiosk")}</button>
      </header>
      {!ready ? null : chosen ? (
        <PublicScreens lang={lang} t={t} canSave={false} onFinish={reset} />
      ) : (
        <section class="card" id="kiosk-languages">
          <h2>{t("kiosk-choose-language")}</h2>
          <div class="language-grid">
            {languages.map((l, i) => (
              <button class="choice" id={`lang-${l.code}`} lang={l.code} dir={l.rtl ? "rtl" : "ltr"} autoFocus={i === 0} onClick={() => { setLang(l.code); setChosen(true); }}>
                {l.name}
              </button>
            ))}
          </div>
          <p class="hint">{t("kiosk-idle")}</p>
        </section>
      )}
    </main>
  );
}

/**
 * What the public can do, in their language: book, change or cancel, get the
 * notice again. The kiosk shows it, and so does the front desk for a caller
 * (`office` set: booking starts at that office). `onFinish` ends the visit.
 * `canSave` offers saving the notice as a file: at a staff desk, never on the
 * lobby screen, where a save dialog would open this machine's folders.
 */
export function PublicScreens(props: { lang: string; t: T; office?: OfficeSummary; canSave: boolean; onFinish: () => void }) {
  const { lang, t } = props;
  const [screen, setScreen] = useState<Screen>({ at: "menu" });
  const menu = () => setScreen({ at: "menu" });
  const done = (title: string, kind: NoticeKind) => (a: PublicAppointment) =>
    setScreen({ at: "done", title, appointment: a, pin: a.pin ?? "", kind });
  useEffect(focusFirst, [screen.at]);

  switch (screen.at) {
    case "menu":
      return (
        <section class="card" id="kiosk-menu">
          <p>{t("kiosk-welcome")}</p>
          <div class="choice-column">
            <button class="choice huge-choice" id="kiosk-book" autoFocus onClick={() => setScreen({ at: "book" })}>{t("kiosk-book")}</button>
            <button class="choice huge-choice" id="kiosk-manage" onClick={() => setScreen({ at: "manage" })}>{t("kiosk-manage")}</button>
            <button class="choice huge-choice" id="kiosk-replace" onClick={() => setScreen({ at: "replace" })}>{t("kiosk-replace")}</button>
          </div>
          <Actions t={t} back={props.onFinish} />
        </section>
      );
    case "book":
      return <BookingFlow lang={lang} t={t} office={props.office} onBooked={done(t("done-title"), "original")} onStartOver={menu} />;
    case "done":
      return <NoticeScreen t={t} lang={lang} {...screen} canSave={props.canSave} onFinish={props.onFinish} />;
    case "manage":
      return <FindByPin t={t} lang={lang} onBack={menu} onFound={(appointment, pin) => setScreen({ at: "manage-found", appointment, pin })} />;
    case "manage-found":
      return (
        <section class="card" id="kiosk-manage-found">
          <h2>{t("manage-current")}</h2>
          <Summary t={t} a={screen.appointment} />
          <div class="choice-column">
            <button class="choice" id="manage-reschedule" autoFocus onClick={() => setScreen({ ...screen, at: "manage-slots" })}>{t("manage-reschedule")}</button>
            <button class="choice" id="manage-cancel" onClick={() => setScreen({ ...screen, at: "manage-cancel" })}>{t("manage-cancel")}</button>
            <button class="choice" id="manage-print" onClick={() => setScreen({ at: "done", title: t("done-replaced"), appointment: screen.appointment, pin: screen.pin, kind: "replacement" })}>
              {t("manage-print")}
            </button>
          </div>
          <Actions t={t} back={menu} />
        </section>
      );
    case "manage-slots":
      return (
        <Reschedule t={t} lang={lang} appointment={screen.appointment} pin={screen.pin} onBack={() => setScreen({ ...screen, at: "manage-found" })} onMoved={(a) => setScreen({ at: "done", title: t("done-moved"), appointment: a, pin: screen.pin, kind: "original" })} />
      );
    case "manage-cancel":
      return <CancelScreen t={t} lang={lang} appointment={screen.appointment} pin={screen.pin} onBack={() => setScreen({ ...screen, at: "manage-found" })} onCancelled={() => setScreen({ at: "cancelled" })} />;
    case "cancelled":
      return (
        <section class="card" id="kiosk-cancelled">
          <h2>{t("manage-cancelled")}</h2>
          <div class="actions"><button class="primary" id="kiosk-finish" autoFocus onClick={props.onFinish}>{t("done-finish")}</button></div>
        </section>
      );
    case "replace":
      return (
        <section class="card" id="kiosk-replace-choice">
          <h2>{t("replace-title")}</h2>
          <div class="choice-column">
            <button class="choice" id="replace-with-pin" autoFocus onClick={() => setScreen({ at: "manage" })}>{t("replace-with-pin")}</button>
            <button class="choice" id="replace-without-pin" onClick={() => setScreen({ at: "replace-identity" })}>{t("replace-without-pin")}</button>
          </div>
          <Actions t={t} back={menu} />
        </section>
      );
    case "replace-identity":
      return <FindByIdentity t={t} lang={lang} onBack={() => setScreen({ at: "replace" })} onFound={done(t("done-replaced"), "new_pin")} />;
  }
}

function Summary(props: { t: T; a: PublicAppointment }) {
  const { t, a } = props;
  return (
    <dl class="summary" id="kiosk-summary">
      <dt>{t("done-when")}</dt>
      <dd id="summary-when">{a.when}</dd>
      <dt>{t("review-office")}</dt>
      <dd>{a.appointment.office_name}, {a.appointment.address}</dd>
      <dt>{t("review-type")}</dt>
      <dd>{t(`type-${a.appointment.type}`)}</dd>
      <dt>{t("done-confirmation")}</dt>
      <dd><bdi class="mono" id="summary-confirmation">{a.appointment.confirmation}</bdi></dd>
    </dl>
  );
}

/** The end of a visit: the appointment, its confirmation number and PIN, and the notice. */
export function NoticeScreen(props: { t: T; lang: string; title: string; appointment: PublicAppointment; pin: string; kind: NoticeKind; canSave: boolean; onFinish: () => void }) {
  const { t, lang } = props;
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const conf = props.appointment.appointment.confirmation;
  const send = (how: "print" | "save") => async () => {
    try {
      const outcome = how === "print" ? await api.kioskNoticePrint(lang, conf, props.pin, props.kind) : await api.kioskNoticeSave(lang, conf, props.pin, props.kind);
      setProblem(null);
      setNote(outcome === "printed" || outcome === "opened" ? t("done-printing") : outcome === "saved" ? t("done-saved") : null);
    } catch (e) {
      setProblem(problemOf(e, t));
    }
  };
  return (
    <section class="card" id="kiosk-receipt">
      <h2>{props.title}</h2>
      <ErrorLine problem={problem} />
      <Summary t={t} a={props.appointment} />
      <p class="pin-line">
        {t(props.kind === "new_pin" ? "notice-pin-new" : "done-pin")}: <bdi><strong class="mono" id="receipt-pin">{props.pin}</strong></bdi>
      </p>
      <p>{t("done-keep")}</p>
      {note && <p class="ok" role="status" id="notice-status">{note}</p>}
      <div class="actions">
        <button id="notice-print" onClick={send("print")}>{t("done-print")}</button>
        {props.canSave && <button id="notice-save" onClick={send("save")}>{t("done-save")}</button>}
        <button class="primary" id="kiosk-finish" onClick={props.onFinish}>{t("done-finish")}</button>
      </div>
    </section>
  );
}

function FindByPin(props: { t: T; lang: string; onBack: () => void; onFound: (a: PublicAppointment, pin: string) => void }) {
  const { t } = props;
  const [conf, setConf] = useState("");
  const [pin, setPin] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const find = async (e: Event) => {
    e.preventDefault();
    try {
      props.onFound(await api.kioskLookup(props.lang, conf, pin), pin);
    } catch (err) {
      setProblem(problemOf(err, t));
      setPin("");
    }
  };
  return (
    <form class="card" id="kiosk-find" onSubmit={find}>
      <h2>{t("manage-title")}</h2>
      <ErrorLine problem={problem} />
      <Field id="manage-confirmation" field="confirmation" label={t("manage-confirmation")} value={conf} onInput={setConf} problem={problem} autoFocus />
      <Field id="manage-pin" field="pin" label={t("manage-pin")} value={pin} onInput={setPin} problem={problem} inputMode="numeric" />
      <Actions t={t} back={props.onBack} nextId="manage-find" nextLabel={t("manage-find")} />
    </form>
  );
}

function Reschedule(props: { t: T; lang: string; appointment: PublicAppointment; pin: string; onBack: () => void; onMoved: (a: PublicAppointment) => void }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const a = props.appointment.appointment;
  return (
    <>
      <ErrorLine problem={problem} />
      <SlotPicker
        t={props.t}
        lang={props.lang}
        office={a.office}
        type={a.type}
        answers={a.answers}
        onBack={props.onBack}
        onChoose={(s) =>
          api.kioskReschedule(props.lang, a.confirmation, props.pin, s.slot_id).then(props.onMoved, (e) => setProblem(problemOf(e, props.t)))
        }
      />
    </>
  );
}

function CancelScreen(props: { t: T; lang: string; appointment: PublicAppointment; pin: string; onBack: () => void; onCancelled: () => void }) {
  const { t } = props;
  const [problem, setProblem] = useState<Problem | null>(null);
  return (
    <section class="card" id="kiosk-cancel">
      <h2>{t("manage-cancel")}</h2>
      <ErrorLine problem={problem} />
      <p>{t("manage-cancel-question", { when: props.appointment.when })}</p>
      <div class="actions">
        <button id="kiosk-back" autoFocus onClick={props.onBack}>{t("kiosk-back")}</button>
        <button
          class="primary danger"
          id="cancel-confirm"
          onClick={() => api.kioskCancel(props.lang, props.appointment.appointment.confirmation, props.pin).then(props.onCancelled, (e) => setProblem(problemOf(e, t)))}
        >
          {t("manage-cancel-confirm")}
        </button>
      </div>
    </section>
  );
}

function FindByIdentity(props: { t: T; lang: string; onBack: () => void; onFound: (a: PublicAppointment) => void }) {
  const { t } = props;
  const [who, setWho] = useState<IdentityInput>({ first_name: "", last_name: "", date_of_birth: "", a_number: "", receipt_number: "" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const field = (key: keyof IdentityInput, label: string, extra: { hint?: string; optional?: string; autoFocus?: boolean } = {}) => (
    <Field id={`identity-${key}`} field={key} label={t(label)} value={String(who[key] ?? "")} onInput={(v) => setWho({ ...who, [key]: v })} problem={problem} {...extra} />
  );
  const find = async (e: Event) => {
    e.preventDefault();
    try {
      props.onFound(await api.kioskReissue(props.lang, who));
    } catch (err) {
      setProblem(problemOf(err, t));
    }
  };
  return (
    <form class="card" id="kiosk-identity" onSubmit={find}>
      <h2>{t("replace-title")}</h2>
      <p>{t("replace-identity-hint")}</p>
      <ErrorLine problem={problem?.field === "identity" ? { message: problem.message } : problem} />
      {field("first_name", "person-first-name", { autoFocus: true })}
      {field("last_name", "person-last-name")}
      {field("date_of_birth", "person-date-of-birth", { hint: t("kiosk-date-hint") })}
      {field("a_number", "person-a-number", { hint: t("person-a-number-hint") })}
      {field("receipt_number", "person-receipt-number", { hint: t("person-receipt-number-hint") })}
      <Actions t={t} back={props.onBack} nextId="replace-find" nextLabel={t("replace-find")} />
    </form>
  );
}
