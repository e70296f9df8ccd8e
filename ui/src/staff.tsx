import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { StaffListed } from "./bindings/StaffListed";
import { useStaffT } from "./i18n";
import { roleTitle } from "./roles";

const ROLES = ["front_desk", "cashier", "district_manager", "administrator"] as const;

/** The administrator's list of accounts and the form for a new one. */
export function Staff() {
  const [accounts, setAccounts] = useState<StaffListed[]>([]);
  const [editing, setEditing] = useState<StaffListed | null>(null);
  const [offices, setOffices] = useState<OfficeSummary[]>([]);
  const [form, setForm] = useState({ username: "", display_name: "", role: "front_desk", office: "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const t = useStaffT();
  const load = () => api.staffList().then(setAccounts).catch((e) => setError(messageOf(e)));
  useEffect(() => {
    void load();
    api.offices().then((o) => {
      setOffices(o);
      if (o.length) setForm((f) => ({ ...f, office: f.office || o[0].code }));
    });
  }, []);
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const shortPassword = form.password !== "" && form.password.length < 10;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (shortPassword) return;
    try {
      const a = await api.staffAdd({ ...form, office: form.role === "administrator" ? null : form.office });
      setNotice(t("staff-accounts-created", { username: a.username }));
      setError(null);
      setForm({ ...form, username: "", display_name: "", password: "" });
      void load();
    } catch (err) {
      setError(messageOf(err));
      setNotice(null);
    }
  };
  return (
    <section class="staff">
      <h2>{t("staff-accounts-title")}</h2>
      <div class="board-layout">
        <table id="staff-table">
          <thead><tr><th>{t("staff-accounts-col-username")}</th><th>{t("staff-accounts-col-name")}</th><th>{t("staff-accounts-col-role")}</th><th>{t("staff-accounts-col-office")}</th><th>{t("staff-accounts-col-status")}</th><th /></tr></thead>
          <tbody>
            {accounts.map((a) => (
              <tr class={a.disabled ? "muted" : ""} id={`staff-row-${a.username}`}>
                <td class="mono">{a.username}</td><td>{a.display_name}</td><td>{roleTitle(t, a.role)}</td><td>{a.office ?? t("staff-accounts-all-offices")}</td>
                <td>{t(a.disabled ? "staff-accounts-disabled" : "staff-accounts-active")}</td>
                <td><button id={`staff-edit-${a.username}`} onClick={() => { setEditing(a); setNotice(null); }}>{t("staff-accounts-edit")}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        {editing ? (
          <EditAccount
            key={editing.username}
            account={editing}
            offices={offices}
            onDone={(username) => { setEditing(null); setNotice(t("staff-accounts-saved", { username })); setError(null); void load(); }}
            onCancel={() => setEditing(null)}
          />
        ) : (
        <form class="card" id="staff-form" onSubmit={submit}>
          <h3>{t("staff-accounts-new")}</h3>
          <label>{t("staff-accounts-name")}<input id="staff-name" value={form.display_name} onInput={set("display_name")} required /></label>
          <label>{t("staff-accounts-username")}<input id="staff-username" value={form.username} onInput={set("username")} required /></label>
          <label>{t("staff-accounts-role")}
            <select id="staff-role" value={form.role} onChange={set("role")}>
              {ROLES.map((r) => <option value={r}>{roleTitle(t, r)}</option>)}
            </select>
          </label>
          {form.role !== "administrator" && (
            <label>{t("staff-accounts-office")}
              <select id="staff-office" value={form.office} onChange={set("office")}>
                {offices.map((o) => <option value={o.code}>{o.code} · {o.name}</option>)}
              </select>
            </label>
          )}
          <label>{t("staff-accounts-password")}
            <input id="staff-password" type="password" value={form.password} onInput={set("password")} required />
            {shortPassword && <span class="field-error">{t("staff-accounts-short-password")}</span>}
          </label>
          {error && <p class="error" role="alert" id="staff-error">{error}</p>}
          {notice && <p class="notice" id="staff-notice">{notice}</p>}
          <div class="actions"><button class="primary" id="staff-create" type="submit">{t("staff-accounts-create")}</button></div>
        </form>
        )}
      </div>
    </section>
  );
}

/** The administrator's change to one account: name, role, office, whether it may sign in, a new password. */
function EditAccount(props: { account: StaffListed; offices: OfficeSummary[]; onDone: (username: string) => void; onCancel: () => void }) {
  const a = props.account;
  const [form, setForm] = useState({ display_name: a.display_name, role: a.role as string, office: a.office ?? props.offices[0]?.code ?? "", disabled: a.disabled, new_password: "" });
  const [error, setError] = useState<string | null>(null);
  const t = useStaffT();
  const set = (k: "display_name" | "role" | "office" | "new_password") => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const shortPassword = form.new_password !== "" && form.new_password.length < 10;
  const save = async (e: Event) => {
    e.preventDefault();
    if (shortPassword) return;
    try {
      await api.staffUpdate({
        username: a.username,
        display_name: form.display_name,
        role: form.role,
        office: form.role === "administrator" ? null : form.office,
        disabled: form.disabled,
        new_password: form.new_password === "" ? null : form.new_password,
      });
      props.onDone(a.username);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form class="card" id="staff-edit-form" onSubmit={save}>
      <h3>{t("staff-accounts-editing", { username: a.username })}</h3>
      <label>{t("staff-accounts-name")}<input id="staff-edit-name" value={form.display_name} onInput={set("display_name")} required /></label>
      <label>{t("staff-accounts-role")}
        <select id="staff-edit-role" value={form.role} onChange={set("role")}>
          {ROLES.map((r) => <option value={r}>{roleTitle(t, r)}</option>)}
        </select>
      </label>
      {form.role !== "administrator" && (
        <label>{t("staff-accounts-office")}
          <select id="staff-edit-office" value={form.office} onChange={set("office")}>
            {props.offices.map((o) => <option value={o.code}>{o.code} · {o.name}</option>)}
          </select>
        </label>
      )}
      <label class="check">
        <input id="staff-edit-disabled" type="checkbox" checked={form.disabled} onChange={(e) => setForm({ ...form, disabled: e.currentTarget.checked })} />
        {t("staff-accounts-disable")}
      </label>
      <label>{t("staff-accounts-new-password")}
        <input id="staff-edit-password" type="password" value={form.new_password} onInput={set("new_password")} autoComplete="new-password" />
        {shortPassword && <span class="field-error">{t("staff-accounts-short-password")}</span>}
      </label>
      {error && <p class="error" role="alert" id="staff-edit-error">{error}</p>}
      <div class="actions">
        <button type="button" id="staff-edit-cancel" onClick={props.onCancel}>{t("staff-accounts-cancel")}</button>
        <button class="primary" id="staff-edit-save" type="submit">{t("staff-accounts-save")}</button>
      </div>
    </form>
  );
}
