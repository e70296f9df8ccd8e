import { useState } from "preact/hooks";
import { api, messageOf } from "./api";
import { useStaffT } from "./i18n";

export function SignIn(props: { onDone: () => void; title?: string; onCancel?: () => void; notice?: string }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useStaffT();
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.signIn(username, password);
      setPassword("");
      props.onDone();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="centered">
      <form class="card narrow" id="sign-in-form" onSubmit={submit}>
        <h1>{props.title ?? t("staff-sign-in-title")}</h1>
        {props.notice && <p class="error" role="alert" id="sign-in-notice">{props.notice}</p>}
        <label>
          {t("staff-sign-in-username")}
          <input id="username" autoComplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} required autoFocus />
        </label>
        <label>
          {t("staff-sign-in-password")}
          <input id="password" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />
        </label>
        {error && <p class="error" role="alert" id="sign-in-error">{error}</p>}
        <div class="actions">
          {props.onCancel && <button type="button" onClick={props.onCancel}>{t("staff-sign-in-back")}</button>}
          <button id="sign-in" class="primary" type="submit" disabled={busy}>{t("staff-sign-in-submit")}</button>
        </div>
      </form>
    </main>
  );
}

/** First start on an empty database: the administrator's account. */
export function FirstRun(props: { onDone: () => void }) {
  const [form, setForm] = useState({ username: "", display_name: "", password: "", repeat: "" });
  const [error, setError] = useState<string | null>(null);
  const t = useStaffT();
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const mismatch = form.repeat !== "" && form.repeat !== form.password;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (mismatch) return;
    try {
      await api.firstRunSetup({ username: form.username, display_name: form.display_name, role: "administrator", office: null, password: form.password });
      props.onDone();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <main class="centered">
      <form class="card narrow" id="first-run-form" onSubmit={submit}>
        <h1>{t("staff-first-run-title")}</h1>
        <p>{t("staff-first-run-intro")}</p>
        <label>{t("staff-first-run-name")}<input id="fr-name" value={form.display_name} onInput={set("display_name")} required /></label>
        <label>{t("staff-first-run-username")}<input id="fr-username" value={form.username} onInput={set("username")} required /></label>
        <label>{t("staff-first-run-password")}<input id="fr-password" type="password" value={form.password} onInput={set("password")} required minLength={10} /></label>
        <label>
          {t("staff-first-run-repeat")}<input id="fr-repeat" type="password" value={form.repeat} onInput={set("repeat")} required />
          {mismatch && <span class="field-error">{t("staff-first-run-mismatch")}</span>}
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions"><button class="primary" type="submit" id="fr-create">{t("staff-first-run-create")}</button></div>
      </form>
    </main>
  );
}
