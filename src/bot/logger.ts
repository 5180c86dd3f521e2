import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "../config.ts";

export type { Logger } from "pino";

/** Paths whose values never reach the log, wherever a caller puts them. */
const REDACTED_PATHS = ["token", "*.token", "config.token", "headers.authorization", "*.headers.authorization"];

/** A structured JSON logger (one object per line) that never prints a token. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = { level, base: { service: "bot" }, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } };
  return destination === undefined ? pino(options) : pino(options, destination);
}
