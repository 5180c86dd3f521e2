import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ConfigError,
  DEFAULT_COOLDOWN_QUESTIONS,
  DEFAULT_COOLDOWN_SECONDS,
  DEFAULT_DISCORD_API_URL,
  loadBotConfig,
  loadStoreConfig,
} from "../src/config.ts";

const VALID = { DISCORD_TOKEN: "token.value", DISCORD_APPLICATION_ID: "123456789012345678" } as const;

function problem(env: NodeJS.ProcessEnv): string {
  try {
    loadBotConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("loadBotConfig", () => {
  it("fills in the defaults when only the token and application id are set", () => {
    const config = loadBotConfig({ ...VALID });

    expect(config).toEqual({
      token: "token.value",
      applicationId: "123456789012345678",
      guildId: undefined,
      apiUrl: DEFAULT_DISCORD_API_URL,
      logLevel: "info",
      cooldown: { questions: DEFAULT_COOLDOWN_QUESTIONS, windowMs: DEFAULT_COOLDOWN_SECONDS * 1000 },
      dataDir: resolve("./data"),
    });
  });

  it("reads every setting and freezes the result", () => {
    const config = loadBotConfig({
      ...VALID,
      DISCORD_GUILD_ID: "876543210987654321",
      DISCORD_API_URL: "http://127.0.0.1:9999/api/",
      DATA_DIR: "/tmp/bot-data",
      LOG_LEVEL: "WARN",
      COOLDOWN_QUESTIONS: "2",
      COOLDOWN_SECONDS: "1.5",
    });

    expect(config).toMatchObject({
      guildId: "876543210987654321",
      apiUrl: "http://127.0.0.1:9999/api",
      dataDir: "/tmp/bot-data",
      logLevel: "warn",
      cooldown: { questions: 2, windowMs: 1500 },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("treats an empty value like a missing one", () => {
    expect(loadBotConfig({ ...VALID, DISCORD_GUILD_ID: "  ", DISCORD_API_URL: "" })).toMatchObject({
      guildId: undefined,
      apiUrl: DEFAULT_DISCORD_API_URL,
    });
  });

  it("names DISCORD_TOKEN and says how to fix it when the token is missing", () => {
    expect(problem({ DISCORD_APPLICATION_ID: VALID.DISCORD_APPLICATION_ID })).toMatch(
      /^DISCORD_TOKEN is missing: copy \.env\.example to \.env/,
    );
  });

  it("names DISCORD_APPLICATION_ID when it is missing or not an id", () => {
    expect(problem({ DISCORD_TOKEN: "t" })).toMatch(/^DISCORD_APPLICATION_ID is missing/);
    expect(problem({ ...VALID, DISCORD_APPLICATION_ID: "my-bot" })).toMatch(/^DISCORD_APPLICATION_ID is not a Discord id.*"my-bot"/);
  });

  it("names each malformed optional value", () => {
    expect(problem({ ...VALID, DISCORD_GUILD_ID: "abc" })).toMatch(/^DISCORD_GUILD_ID is not a Discord id/);
    expect(problem({ ...VALID, DISCORD_API_URL: "not a url" })).toMatch(/^DISCORD_API_URL is not a URL/);
    expect(problem({ ...VALID, DISCORD_API_URL: "ftp://example.com" })).toMatch(/^DISCORD_API_URL must start with http/);
    expect(problem({ ...VALID, LOG_LEVEL: "loud" })).toMatch(/^LOG_LEVEL must be one of/);
    expect(problem({ ...VALID, COOLDOWN_QUESTIONS: "1.5" })).toMatch(/^COOLDOWN_QUESTIONS must be a whole number above 0/);
    expect(problem({ ...VALID, COOLDOWN_SECONDS: "0" })).toMatch(/^COOLDOWN_SECONDS must be a number above 0/);
  });

  it("explains every problem in one line", () => {
    expect(problem({})).not.toContain("\n");
  });
});

describe("loadStoreConfig", () => {
  it("defaults DATA_DIR to ./data as an absolute path", () => {
    expect(loadStoreConfig({}).dataDir).toBe(resolve("./data"));
  });
});
