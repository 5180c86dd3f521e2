import { loadBuiltinDocuments } from "../knowledge/builtin.ts";
import { KnowledgeBase } from "../search/knowledge-base.ts";
import { startBot } from "./bot.ts";
import type { BotDeps } from "./commands/command.ts";
import { createLogger } from "./logger.ts";
import { configFromEnvironment, describeStartupFailure } from "./startup.ts";

// `npm start`: the bot's entry point. Everything it needs is built here and passed in.
const config = configFromEnvironment();
if (config !== undefined) {
  const logger = createLogger(config.logLevel);
  const knowledge = new KnowledgeBase();
  for (const document of loadBuiltinDocuments()) knowledge.add(document);
  const closeKnowledge = (): void => {};
  const deps: BotDeps = { knowledge, config, logger };

  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));
  try {
    const client = await startBot(deps);
    const shutDown = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, "shutting down");
      void client
        .destroy()
        .catch((error: unknown) => logger.error({ err: error }, "could not close the Discord connection"))
        .finally(() => {
          closeKnowledge();
          logger.flush();
          process.exit(0);
        });
    };
    process.once("SIGINT", shutDown);
    process.once("SIGTERM", shutDown);
  } catch (error) {
    logger.fatal({ err: error }, "could not start");
    process.stderr.write(`${describeStartupFailure(error)}\n`);
    closeKnowledge();
    process.exitCode = 1;
  }
}
