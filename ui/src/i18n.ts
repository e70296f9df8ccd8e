// The public screens' texts, from the Fluent files through the Rust side
// (`ui_text`): `{name}` in a message marks a value filled in here.
import { useEffect, useState } from "preact/hooks";
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
    void api.uiText(lang).then((t) => live && setText(t));
    return () => {
      live = false;
    };
  }, [lang]);
  return { t: translator(text), rtl: text?.rtl ?? false, ready: text?.lang === lang };
}
