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

/** A configuration value that is missing or malformed; its message is one line meant for the person starting the bot. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Discord's REST API root; discord.js appends `/v10/...`. */
export const DEFAULT_DISCORD_API_URL = "https://discord.com/api";

/** Log levels pino understands, quietest last. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Questions a user may ask per cooldown window unless COOLDOWN_QUESTIONS says otherwise. */
export const DEFAULT_COOLDOWN_QUESTIONS = 5;
/** Length of the cooldown window in seconds unless COOLDOWN_SECONDS says otherwise. */
export const DEFAULT_COOLDOWN_SECONDS = 30;

const HOW_TO_FIX = "copy .env.example to .env and fill it in";
const SNOWFLAKE = /^\d{17,20}$/;

/** Everything the bot and `npm run register` read from the environment, checked and frozen. */
export interface BotConfig extends StoreConfig {
  readonly token: string;
  readonly applicationId: string;
  /** Register commands to this server only (instant, for development); global when absent. */
  readonly guildId: string | undefined;
  /** REST root handed to discord.js as `rest.api`. */
  readonly apiUrl: string;
  readonly logLevel: LogLevel;
  readonly cooldown: { readonly questions: number; readonly windowMs: number };
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function required(env: NodeJS.ProcessEnv, name: string, what: string): string {
  const value = optional(env, name);
  if (value === undefined) throw new ConfigError(`${name} is missing: ${HOW_TO_FIX} (${what}).`);
  return value;
}

function snowflake(name: string, value: string): string {
  if (!SNOWFLAKE.test(value)) {
    throw new ConfigError(`${name} is not a Discord id: expected 17 to 20 digits, got "${value}".`);
  }
  return value;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, integer: boolean): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    const kind = integer ? "a whole number" : "a number";
    throw new ConfigError(`${name} must be ${kind} above 0, got "${raw}".`);
  }
  return value;
}

function apiUrl(env: NodeJS.ProcessEnv): string {
  const raw = optional(env, "DISCORD_API_URL") ?? DEFAULT_DISCORD_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DISCORD_API_URL is not a URL: "${raw}" (leave it unset to use ${DEFAULT_DISCORD_API_URL}).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`DISCORD_API_URL must start with http:// or https://, got "${raw}".`);
  }
  // discord.js appends "/v10/..." itself; a trailing slash would double it.
  return raw.replace(/\/+$/, "");
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = optional(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  const level = LOG_LEVELS.find((known) => known === raw);
  if (level === undefined) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${raw}".`);
  return level;
}

/** Reads and checks the bot's settings; throws a one-line ConfigError naming the variable at fault. */
export function loadBotConfig(env: NodeJS.ProcessEnv): BotConfig {
  const guildId = optional(env, "DISCORD_GUILD_ID");
  return Object.freeze({
    token: required(env, "DISCORD_TOKEN", "the bot token from the Developer Portal, Bot page"),
    applicationId: snowflake(
      "DISCORD_APPLICATION_ID",
      required(env, "DISCORD_APPLICATION_ID", "the Application ID from the Developer Portal, General Information page"),
    ),
    guildId: guildId === undefined ? undefined : snowflake("DISCORD_GUILD_ID", guildId),
    apiUrl: apiUrl(env),
    logLevel: logLevel(env),
    cooldown: Object.freeze({
      questions: positiveNumber(env, "COOLDOWN_QUESTIONS", DEFAULT_COOLDOWN_QUESTIONS, true),
      windowMs: positiveNumber(env, "COOLDOWN_SECONDS", DEFAULT_COOLDOWN_SECONDS, false) * 1000,
    }),
    ...loadStoreConfig(env),
  });
}
