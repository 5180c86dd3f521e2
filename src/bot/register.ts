import { REST } from "discord.js";
import { COMMANDS } from "./commands/index.ts";
import { registerCommands } from "./register-commands.ts";
import { configFromEnvironment, describeStartupFailure } from "./startup.ts";

// `npm run register`: sends the command list to Discord; run it again whenever a command's definition changes.
const config = configFromEnvironment();
if (config !== undefined) {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  try {
    const { count, guildId } = await registerCommands(rest, config, COMMANDS);
    const where = guildId === undefined ? "globally" : `in server ${guildId}`;
    process.stdout.write(`Registered ${count} commands ${where}.\n`);
  } catch (error) {
    process.stderr.write(`${describeStartupFailure(error)}\n`);
    process.exitCode = 1;
  }
}
