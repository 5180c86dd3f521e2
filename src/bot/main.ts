import { openLibrary, type Library } from "../library/library.ts";
import { startBot } from "./bot.ts";
import type { BotDeps } from "./commands/command.ts";
import { Conversations } from "./conversations.ts";
import { createLogger } from "./logger.ts";
import { configFromEnvironment, describeStartupFailure } from "./startup.ts";

// `npm start`: the bot's entry point. Everything it needs is built here and passed in.
const config = configFromEnvironment();
if (config !== undefined) {
  const logger = createLogger(config.logLevel);
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  let library: Library | undefined;
  const closeLibrary = async (): Promise<void> => {
    await library?.close().catch((error: unknown) => logger.error({ err: error }, "could not close the store"));
  };
  try {
    library = await openLibrary({
      dataDir: config.dataDir,
      // The bot runs long: saving its index lets the next start load it instead of re-indexing.
      saveIndexSnapshot: true,
      onSyncError: (error) => logger.warn({ err: error }, "store sync failed; retrying"),
      onSnapshotError: (error) => logger.warn({ err: error }, "could not save the index snapshot"),
    });
    const deps: BotDeps = { knowledge: library.knowledge, library, config, logger, conversations: new Conversations() };
    const client = await startBot(deps);
    const shutDown = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, "shutting down");
      void client
        .destroy()
        .catch((error: unknown) => logger.error({ err: error }, "could not close the Discord connection"))
        .then(closeLibrary)
        .finally(() => {
          logger.flush();
          process.exit(0);
        });
    };
    process.once("SIGINT", shutDown);
    process.once("SIGTERM", shutDown);
  } catch (error) {
    logger.fatal({ err: error }, "could not start");
    process.stderr.write(`${describeStartupFailure(error)}\n`);
    await closeLibrary();
    process.exitCode = 1;
  }
}
