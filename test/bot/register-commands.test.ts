import { REST } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/answer/question.ts";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { registerCommands } from "../../src/bot/register-commands.ts";
import { DiscordEmulator, snowflake } from "../support/discord-emulator.ts";
import { TEST_TOKEN } from "../support/bot-harness.ts";

let emulator: DiscordEmulator;
let rest: REST;

beforeEach(async () => {
  emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
  rest = new REST({ api: emulator.apiUrl }).setToken(TEST_TOKEN);
});

afterEach(async () => {
  await emulator.close();
});

describe("registerCommands", () => {
  it("sends /ask, /source, /help and Find sources with their options", async () => {
    await registerCommands(rest, { applicationId: emulator.applicationId, guildId: undefined }, COMMANDS);

    const commands = emulator.commands();
    expect(commands.map((command) => command.name)).toEqual(COMMANDS.map((command) => command.data.name));
    // The commands this bot has had from the start; later ones (/kb) are checked by their own tests.
    expect(commands.map((command) => [command.name, command.type]).slice(0, 4)).toEqual([
      ["ask", 1],
      ["source", 1],
      ["help", 1],
      ["Find sources", 3],
    ]);
    const ask = commands.find((command) => command.name === "ask");
    expect(ask?.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, max_length: MAX_QUESTION_LENGTH, autocomplete: true }),
      expect.objectContaining({ name: "private", type: 5 }),
      expect.objectContaining({ name: "document", type: 3, autocomplete: true }),
    ]);
    expect(ask?.options?.[1]).not.toHaveProperty("required", true);
    expect(ask?.options?.[2]).not.toHaveProperty("required", true);
  });

  it("registers to one server when a guild id is given", async () => {
    const guildId = snowflake();

    const registration = await registerCommands(rest, { applicationId: emulator.applicationId, guildId }, COMMANDS);

    expect(registration).toEqual({ count: COMMANDS.length, guildId });
    expect(emulator.commands(guildId)).toHaveLength(COMMANDS.length);
    expect(emulator.commands()).toHaveLength(0);
  });

  it("changes nothing when run twice, because it overwrites in bulk", async () => {
    const config = { applicationId: emulator.applicationId, guildId: undefined };
    await registerCommands(rest, config, COMMANDS);
    const first = emulator.commands().map(({ id, name }) => ({ id, name }));

    await registerCommands(rest, config, COMMANDS);

    expect(emulator.commands().map(({ id, name }) => ({ id, name }))).toEqual(first);
    expect(emulator.requests.filter((request) => request.method === "PUT")).toHaveLength(2);
  });

  it("keeps every description and choice within Discord's limits", () => {
    for (const command of COMMANDS) {
      const json = command.data.toJSON();
      expect(json.name.length).toBeLessThanOrEqual(32);
      if ("description" in json && json.description !== undefined) expect(json.description.length).toBeLessThanOrEqual(100);
      for (const option of ("options" in json ? json.options : undefined) ?? []) {
        expect(option.description.length).toBeLessThanOrEqual(100);
      }
    }
  });
});
