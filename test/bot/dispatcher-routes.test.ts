import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customId, type SlashCommand } from "../../src/bot/commands/command.ts";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { UNKNOWN_COMMAND_MESSAGE } from "../../src/bot/dispatcher.ts";
import { NO_MENTIONS } from "../../src/bot/safe-text.ts";
import { CallbackKind } from "../support/discord-emulator.ts";
import { newUser, startTestBot, type TestBot } from "../support/bot-harness.ts";

// A command shaped like the moderator commands to come: a modal, a confirmation button, an attachment.
const note = {
  kind: "slash",
  data: new SlashCommandBuilder()
    .setName("note")
    .setDescription("Test: modal, button and attachment routes.")
    .addAttachmentOption((option) => option.setName("file").setDescription("A text file")),

  async execute(interaction) {
    const file = interaction.options.getAttachment("file");
    if (file !== null) {
      const text = await (await fetch(file.url)).text();
      await interaction.reply({ content: `read ${file.name}: ${text}`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return "read";
    }
    const input = new TextInputBuilder().setCustomId("text").setLabel("Text").setStyle(TextInputStyle.Paragraph);
    await interaction.showModal(
      new ModalBuilder()
        .setCustomId(customId(note, "form"))
        .setTitle("Add a note")
        .addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
    );
    return "modal";
  },

  async modalSubmit(interaction) {
    const button = new ButtonBuilder().setCustomId(customId(note, "confirm")).setLabel("Confirm").setStyle(ButtonStyle.Primary);
    await interaction.reply({
      content: `noted: ${interaction.fields.getTextInputValue("text")}`,
      components: [new ActionRowBuilder<ButtonBuilder>().addComponents(button)],
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return "submitted";
  },

  async component(interaction) {
    await interaction.update({ content: "confirmed", components: [], allowedMentions: NO_MENTIONS });
    return "confirmed";
  },
} satisfies SlashCommand;

let bot: TestBot;

beforeAll(async () => {
  bot = await startTestBot({ commands: [...COMMANDS, note] });
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

describe("the dispatcher's routes", () => {
  it("opens a command's modal, routes its submit and then its button by custom id", async () => {
    const user = newUser();
    const opened = await bot.emulator.chatInput("note", {}, { user });
    expect(opened.callback?.type).toBe(CallbackKind.Modal);
    expect(opened.callback?.data?.custom_id).toBe("note:form");

    const submitted = await bot.emulator.modalSubmit("note:form", { text: "hello" }, { user });
    expect(submitted.message?.content).toBe("noted: hello");
    expect(submitted.ephemeral).toBe(true);

    const clicked = await bot.emulator.clickButton("note:confirm", submitted.message ?? {}, { user });
    expect(clicked.callback?.type).toBe(CallbackKind.UpdateMessage);
    expect(clicked.message?.content).toBe("confirmed");
  });

  it("hands a command the attachment the emulator serves", async () => {
    const file = bot.emulator.attachment("note.txt", "text from a file");

    const record = await bot.emulator.chatInput("note", { file }, { user: newUser() });

    expect(record.message?.content).toBe("read note.txt: text from a file");
  });

  it("answers a button nobody owns with a private note instead of failing", async () => {
    const record = await bot.emulator.clickButton("gone:confirm", { content: "old" }, { user: newUser() });

    expect(record.ephemeral).toBe(true);
    expect(record.message?.content).toBe(UNKNOWN_COMMAND_MESSAGE);
  });
});
