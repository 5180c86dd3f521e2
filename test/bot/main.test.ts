import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/bot/commands/index.ts";
import { DiscordEmulator } from "../support/discord-emulator.ts";
import { TEST_TOKEN } from "../support/bot-harness.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// By path: the bot runs from an empty folder, where `--import tsx` would not resolve.
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const MAIN = join(ROOT, "src/bot/main.ts");
const REGISTER = join(ROOT, "src/bot/register.ts");
/** Starting tsx and discord.js on a loaded 2-core machine can take a while. */
const STARTUP_TIMEOUT_MS = 45_000;

interface RunningBot {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Runs `src/bot/main.ts` as `npm start` does, from an empty folder so no developer's .env is read. */
function runBot(env: Record<string, string>, cwd: string, entry = MAIN): RunningBot {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, entry], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitForOutput(bot: RunningBot, text: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!bot.stdout().includes(text)) {
    if (bot.child.exitCode !== null) throw new Error(`bot exited early: ${bot.stderr()}${bot.stdout()}`);
    if (Date.now() > deadline) throw new Error(`bot never printed "${text}": ${bot.stderr()}${bot.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "bot-main-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("npm start", () => {
  it("answers /ask as a real process and shuts down cleanly on SIGTERM", async () => {
    const emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    cleanups.push(() => emulator.close());
    const dir = tempDir();
    const bot = runBot(
      {
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: emulator.applicationId,
        DISCORD_API_URL: emulator.apiUrl,
        DATA_DIR: join(dir, "data"),
        LOG_LEVEL: "info",
      },
      dir,
    );
    cleanups.push(() => void bot.child.kill("SIGKILL"));
    await waitForOutput(bot, '"msg":"ready"');

    const record = await emulator.chatInput("ask", { question: "Who headed the Hamas delegation?" });

    expect(record.message?.embeds?.[0]?.description).toContain("Mousa Abu Marzook");
    expect(existsSync(join(dir, "data"))).toBe(true);
    const warm = await emulator.chatInput("ask", { question: "Where does Marzook live?" });
    expect(warm.message?.embeds?.[0]?.description).toContain("Qatar");
    console.info(`interaction to reply, bot as a child process: first ${record.latencyMs.toFixed(1)} ms, next ${warm.latencyMs.toFixed(1)} ms`);
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.stdout()).toContain('"msg":"shutting down"');
    expect(bot.stdout()).toMatch(/"command":"ask".*"outcome":"answered"/);
    expect(bot.stdout()).not.toContain(TEST_TOKEN);
  }, 90_000);

  it("refuses to start without DISCORD_TOKEN, with one clear line and exit code 1", async () => {
    const dir = tempDir();
    const bot = runBot({ DISCORD_APPLICATION_ID: "123456789012345678", DATA_DIR: join(dir, "data") }, dir);

    expect(await bot.exited).toBe(1);
    const lines = bot.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN is missing: copy \.env\.example to \.env/);
    expect(bot.stdout()).toBe("");
  }, 60_000);
});

describe("npm start with a token Discord refuses", () => {
  it("stops with one line saying the token was refused, and exit code 1", async () => {
    const emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    cleanups.push(() => emulator.close());
    const dir = tempDir();
    const bot = runBot(
      { DISCORD_TOKEN: "wrong-token", DISCORD_APPLICATION_ID: emulator.applicationId, DISCORD_API_URL: emulator.apiUrl, DATA_DIR: join(dir, "data") },
      dir,
    );

    expect(await bot.exited).toBe(1);
    expect(bot.stderr().trim()).toMatch(/^Discord refused DISCORD_TOKEN/);
    expect(bot.stderr().trim().split("\n")).toHaveLength(1);
    expect(bot.stdout()).not.toContain("wrong-token");
  }, 60_000);
});

describe("npm run register", () => {
  it("registers the commands to DISCORD_GUILD_ID and says where", async () => {
    const emulator = await DiscordEmulator.start({ token: TEST_TOKEN });
    cleanups.push(() => emulator.close());
    const dir = tempDir();
    const run = runBot(
      { DISCORD_TOKEN: TEST_TOKEN, DISCORD_APPLICATION_ID: emulator.applicationId, DISCORD_GUILD_ID: emulator.guild.id, DISCORD_API_URL: emulator.apiUrl },
      dir,
      REGISTER,
    );

    expect(await run.exited).toBe(0);
    expect(run.stdout()).toBe(`Registered ${COMMANDS.length} commands in server ${emulator.guild.id}.\n`);
    expect(emulator.commands(emulator.guild.id).map((command) => command.name)).toEqual(COMMANDS.map((command) => command.data.name));
  }, 60_000);
});
