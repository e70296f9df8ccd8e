// The screens' texts, from the Fluent files through the Rust side
// (`ui_text`): `{name}` in a message marks a value filled in here. The public
// screens follow the applicant's language (`useUiText`); the staff screens
// take theirs from the `StaffText` provider around the app (`useStaffT`).
import { createContext, h, type ComponentChild, type ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import { api } from "./api";
import type { UiText } from "./bindings/UiText";

export type T = (id: string, args?: Record<string, string | number>) => string;

export function translator(text: UiText | null): T {
  return (id, args) => {
    const m = text?.messages[id];
    if (m === undefined) return id;
    return args ? m.replace(/\{(\w+)\}/g, (all, name: string) => (name in args ? String(args[name]) : all)) : m;
  };
}

/** The texts of `lang`, reloaded when it changes. */
export function useUiText(lang: string): { t: T; rtl: boolean; ready: boolean } {
  const [text, setText] = useState<UiText | null>(null);
  useEffect(() => {
    let live = true;
    let retry: number | undefined;
    // A failed read is tried again: a screen waiting for its texts never waits for good.
    const load = () =>
      api.uiText(lang).then(
        (t) => live && setText(t),
        () => {
          if (live) retry = window.setTimeout(load, 2000);
        },
      );
    void load();
    return () => {
      live = false;
      window.clearTimeout(retry);
    };
  }, [lang]);
  return { t: translator(text), rtl: text?.rtl ?? false, ready: text?.lang === lang };
}

/**
 * A message with elements in it: `message` is a text as `t(id)` gives it,
 * with its `{name}` placeholders still in; each is replaced by `parts[name]`,
 * text or an element.
 */
export function withParts(message: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return message.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : piece in parts ? parts[piece] : `{${piece}}`));
}

/** The staff screens' language; one code for now. */
export const STAFF_LANG = "en";

type StaffTexts = { t: T; lang: string; ready: boolean };

const StaffContext = createContext<StaffTexts>({ t: translator(null), lang: STAFF_LANG, ready: false });

/** Loads the staff screens' texts once (again if `lang` changes) and gives them to every `useStaffT` below. */
export function StaffText(props: { lang?: string; children?: ComponentChildren }) {
  const lang = props.lang ?? STAFF_LANG;
  const [text, setText] = useState<{ lang: string; text: UiText | null } | null>(null);
  useEffect(() => {
    let live = true;
    api
      .uiText(lang)
      .then((t) => live && setText({ lang, text: t }))
      // Without texts the screens show message ids rather than never opening.
      .catch(() => live && setText({ lang, text: null }));
    return () => {
      live = false;
    };
  }, [lang]);
  const value = useMemo<StaffTexts>(() => ({ t: translator(text?.text ?? null), lang, ready: text?.lang === lang }), [text, lang]);
  return h(StaffContext.Provider, { value }, props.children);
}

/** The staff screens' `t`. */
export function useStaffT(): T {
  return useContext(StaffContext).t;
}

/** The staff screens' `t`, and whether their texts have arrived. */
export function useStaffText(): StaffTexts {
  return useContext(StaffContext);
}

/** Each language's own name by code, for lists of whom to call in which language. */
export function useLanguageNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    api.languages().then((all) => setNames(Object.fromEntries(all.map((l) => [l.code, l.name])))).catch(() => setNames({}));
  }, []);
  return names;
}
