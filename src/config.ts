import { resolve } from "node:path";

/** Where the bot and the CLI keep their data unless DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = "./data";

/** What the store needs from the environment; shared by the bot and the CLI. */
export interface StoreConfig {
  readonly dataDir: string;
}

/** Reads DATA_DIR (default ./data) as an absolute path. */
export function loadStoreConfig(env: NodeJS.ProcessEnv): StoreConfig {
  const raw = env.DATA_DIR?.trim();
  return Object.freeze({ dataDir: resolve(raw === undefined || raw === "" ? DEFAULT_DATA_DIR : raw) });
}
