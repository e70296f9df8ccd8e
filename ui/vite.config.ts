import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// The built files are embedded in the Tauri binary (tauri.conf.json: ui/dist).
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
    // empty.html is the startup benchmark's baseline page (passdesk-app --empty-window);
    // problem.html the window of an app that could not open its database.
    rollupOptions: { input: { main: "index.html", empty: "empty.html", problem: "problem.html" } },
  },
  clearScreen: false,
});
