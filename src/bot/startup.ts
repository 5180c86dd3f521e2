import { config as loadDotenv } from "dotenv";
import { ConfigError, loadBotConfig, type BotConfig } from "../config.ts";

/**
 * Reads `.env` and checks the configuration for an entry point. On a bad value it prints the one-line
 * reason and sets exit code 1, returning undefined: no stack trace for a missing setting.
 */
export function configFromEnvironment(): BotConfig | undefined {
  loadDotenv({ quiet: true });
  try {
    return loadBotConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return undefined;
  }
}

/** The one line printed when the bot cannot start (Discord refuses the token, the store cannot open), instead of a stack trace. */
export function describeStartupFailure(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const code = (error as { code?: unknown }).code;
  if (status === 401 || code === "TokenInvalid") {
    return "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot page → Reset Token).";
  }
  return `Could not start: ${error instanceof Error ? error.message : String(error)}`;
}
