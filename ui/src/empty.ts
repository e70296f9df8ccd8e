// The startup benchmark's baseline: an empty page that only reports it is up.
import { invoke } from "@tauri-apps/api/core";

void invoke("ui_ready_empty");
