// The public booking flow inside the front desk: a caller on the phone or a
// walk-in, in the applicant's language, with the same steps, checks and
// notice as at the kiosk.
import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { LanguageView } from "./bindings/LanguageView";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { PublicAppointment } from "./bindings/PublicAppointment";
import { BookingFlow } from "./booking_flow";
import { useUiText } from "./i18n";
import { NoticeScreen } from "./kiosk";

export function DeskBooking(props: { office: OfficeSummary; onClose: (booked: boolean) => void }) {
  const [lang, setLang] = useState("en");
  const [languages, setLanguages] = useState<LanguageView[]>([]);
  const [booked, setBooked] = useState<PublicAppointment | null>(null);
  const [round, setRound] = useState(0);
  const { t } = useUiText(lang);
  // From the language itself, not from its texts: those arrive a moment later.
  const rtl = languages.find((l) => l.code === lang)?.rtl ?? false;
  useEffect(() => void api.languages().then(setLanguages), []);
  return (
    <section class="card desk-booking" id="desk-booking">
      <div class="toolbar">
        <h3>Book with the applicant (their language)</h3>
        <label>
          Language{" "}
          <select id="desk-lang" value={lang} disabled={booked !== null} onChange={(e) => { setLang(e.currentTarget.value); setRound(round + 1); }}>
            {languages.map((l) => <option value={l.code}>{l.name}</option>)}
          </select>
        </label>
        <button id="desk-booking-close" onClick={() => props.onClose(booked !== null)}>Close</button>
      </div>
      <div class="kiosk embedded" dir={rtl ? "rtl" : "ltr"} lang={lang} key={round}>
        {booked ? (
          <NoticeScreen t={t} lang={lang} title={t("done-title")} appointment={booked} pin={booked.pin ?? ""} kind="original" onFinish={() => props.onClose(true)} />
        ) : (
          <BookingFlow lang={lang} t={t} office={props.office} onBooked={setBooked} onStartOver={() => props.onClose(false)} />
        )}
      </div>
    </section>
  );
}
