import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, messageOf, SESSION_ENDED } from "./api";
import type { AppStatus } from "./bindings/AppStatus";
import { FirstRun, SignIn } from "./sign_in";
import { MixEditor } from "./mix_editor";
import { Board } from "./board";
import { Kiosk } from "./kiosk";
import { Staff } from "./staff";
import { CheckInScreen } from "./check_in";
import { CashierScreen } from "./cashier";
import { WaitingRoomView } from "./waiting_room";
import { SyncBar } from "./sync_bar";
import { CentralSettings } from "./central";
import { roleTitle, screensFor, type Screen } from "./roles";
import { StaffText, useStaffText } from "./i18n";
import "./styles.css";

const SCREEN_TITLES: Record<Screen, string> = { board: "staff-nav-board", checkin: "staff-nav-checkin", cashier: "staff-nav-cashier", mix: "staff-nav-mix", staff: "staff-nav-staff", central: "staff-nav-central" };

function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [screen, setScreen] = useState<Screen>("board");
  const { t, ready } = useStaffText();

  const refresh = () =>
    api
      .status()
      .then((s) => {
        setStatus(s);
        setError(null);
        if (s.session && !screensFor(s.session).includes(screen)) setScreen("board");
      })
      .catch((e) => setError(messageOf(e)));
  useEffect(() => void refresh(), []);
  // The account was disabled or changed (say by the sync): back to signing in, saying why.
  const [ended, setEnded] = useState<string | null>(null);
  useEffect(() => {
    const onEnded = (e: Event) => {
      setEnded((e as CustomEvent<string>).detail);
      void refresh();
    };
    window.addEventListener(SESSION_ENDED, onEnded);
    return () => window.removeEventListener(SESSION_ENDED, onEnded);
  }, []);
  // Once the first screen is up and takes input, say so (startup telemetry, read by the benchmark).
  const up = status !== null && ready;
  useEffect(() => {
    if (up) void api.uiReady().catch(() => undefined);
  }, [up]);

  if (error) return <main class="centered"><p class="error" role="alert">{error}</p></main>;
  if (!status || !ready) return <main class="centered"><p>{ready ? t("staff-opening") : ""}</p></main>;
  if (status.kiosk) return <Kiosk onLeave={refresh} idleSeconds={status.kiosk_idle_seconds} />;
  if (status.first_run) return <FirstRun onDone={refresh} />;
  if (!status.session) return <SignIn onDone={() => { setEnded(null); void refresh(); }} notice={ended ?? undefined} />;

  const session = status.session;
  const screens = screensFor(session);
  const signOut = () => api.signOut().then(refresh);
  const kiosk = () => api.enterKiosk().then(refresh).catch((e) => setError(messageOf(e)));
  return (
    <div class="shell">
      <header class="topbar">
        <strong class="brand">{t("staff-app-name")}</strong>
        <nav>
          {screens.map((s) => (
            <button id={`nav-${s}`} class={s === screen ? "tab active" : "tab"} onClick={() => setScreen(s)}>
              {t(SCREEN_TITLES[s])}
            </button>
          ))}
        </nav>
        <span class="who" id="who">
          {session.account.display_name} · {roleTitle(t, session.account.role)}
          {session.account.office ? ` · ${session.account.office}` : ""}
        </span>
        <button id="enter-kiosk" onClick={kiosk}>{t("staff-enter-kiosk")}</button>
        <button id="sign-out" onClick={signOut}>{t("staff-sign-out")}</button>
      </header>
      <main class="content">
        {screen === "mix" && <MixEditor session={session} today={status.today ?? ""} />}
        {screen === "board" && <Board session={session} today={status.today ?? ""} />}
        {screen === "staff" && <Staff />}
        {screen === "checkin" && <CheckInScreen />}
        {screen === "cashier" && <CashierScreen />}
        {screen === "central" && <CentralSettings />}
      </main>
      <footer class="statusbar">
        {t("staff-status-database", { path: status.database })} · <SyncBar />
      </footer>
    </div>
  );
}


const root = document.getElementById("app");
// The lobby's second screen opens this page in a window of its own.
const waitingRoom = new URLSearchParams(window.location.search).get("view") === "waiting-room";
if (root) render(<StaffText>{waitingRoom ? <WaitingRoomView /> : <App />}</StaffText>, root);
