import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type {
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIEmbed,
  APIMessage,
  APIUser,
  RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import { WebSocketServer, type WebSocket } from "ws";

// A small Discord for tests: the REST routes and gateway events discord.js 14 needs to log in, register
// commands and answer interactions, on 127.0.0.1. It records what the bot sends so tests can assert on it.

const DISCORD_EPOCH = 1_420_070_400_000n;
const API_PREFIX = "/api/v10";
const HEARTBEAT_INTERVAL_MS = 41_250;
/** How long `interact` waits for the bot to respond before failing the test with what it did see. */
export const DEFAULT_RESPONSE_TIMEOUT_MS = 15_000;
/** Permissions of an ordinary member (view, send, read history, use application commands). */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n));
/** Every permission, as a server owner has. */
export const ADMINISTRATOR_PERMISSIONS = String((1n << 53n) - 1n);

export const InteractionKind = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const CallbackKind = {
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;
/** The ephemeral bit of message flags. */
export const EPHEMERAL_FLAG = 64;

/** A message body as the bot sends it (callback data, edit, follow-up). */
export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[]; replied_user?: boolean };
  components?: unknown[];
  attachments?: unknown[];
  /** Names of files sent as multipart parts, in order. */
  files?: string[];
}

/** The body of an interaction callback: a message, autocomplete choices or a modal. */
export interface CallbackData extends SentMessage {
  choices?: { name: string; value: string | number }[];
  custom_id?: string;
  title?: string;
}

export interface InteractionCallback {
  type: number;
  data?: CallbackData;
}

/** One HTTP request the bot made, as received. */
export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorized: boolean;
}

export interface EmulatedGuild {
  id: string;
  name: string;
  channelId: string;
}

export interface EmulatorOptions {
  applicationId?: string;
  /** When set, REST calls with another bot token get 401, as Discord does. */
  token?: string;
  guilds?: EmulatedGuild[];
}

/** Who triggers an interaction. */
export interface Invoker {
  id: string;
  username: string;
  /** Member permissions as a bit-string; MEMBER_PERMISSIONS unless given. */
  permissions?: string;
}

/** Where an interaction happens: a server channel, or a DM when `guildId` is null. */
export interface Place {
  guildId?: string | null;
  channelId?: string;
  user?: Invoker;
}

/** A file attached to a slash command option, served by the emulator at `url`. */
export interface EmulatedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
}

type OptionValue = string | number | boolean | EmulatedAttachment;
type Options = Record<string, OptionValue> | APIApplicationCommandInteractionDataOption[];

/** A generic interaction to dispatch; the emulator fills in ids, token, user, guild and channel. */
export interface InteractionInput extends Place {
  type: number;
  data?: Record<string, unknown>;
  /** Extra top-level fields (for example `message` for a component interaction). */
  extra?: Record<string, unknown>;
}

/** Monotonic snowflakes whose timestamp part is now, as Discord's are. */
let snowflakeCounter = 0n;
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeCounter);
}

/** What happened to one interaction: the callback, later edits of the original reply, follow-ups. */
export class InteractionRecord {
  callback: InteractionCallback | undefined;
  readonly edits: SentMessage[] = [];
  readonly followups: SentMessage[] = [];
  deleted = false;
  readonly dispatchedAt: number;
  settledAt: number | undefined;
  #settle: (() => void) | undefined;
  readonly settled: Promise<void>;

  constructor(readonly payload: { id: string; token: string } & Record<string, unknown>) {
    this.dispatchedAt = performance.now();
    this.settled = new Promise((resolve) => (this.#settle = resolve));
  }

  /** Whether the user sees a response yet: a deferral counts only once it is edited or followed up. */
  get isSettled(): boolean {
    if (this.callback === undefined) return false;
    // A deferred reply or a deferred update is only an acknowledgement: the answer is the edit after it.
    if (this.callback.type !== CallbackKind.DeferredChannelMessage && this.callback.type !== CallbackKind.DeferredUpdateMessage) return true;
    return this.edits.length > 0 || this.followups.length > 0;
  }

  /** The message the user sees: the reply, else the last edit of a deferred reply, else the first follow-up. */
  get message(): SentMessage | undefined {
    if (this.callback?.type === CallbackKind.ChannelMessage || this.callback?.type === CallbackKind.UpdateMessage) {
      return this.edits.at(-1) ?? this.callback.data;
    }
    if (!this.deleted && this.edits.length > 0) return this.edits.at(-1);
    return this.followups[0];
  }

  /** Whether that message is visible to the invoking user only. */
  get ephemeral(): boolean {
    const flagsSource = this.message === this.followups[0] && this.message !== undefined ? this.message : this.callback?.data;
    return ((flagsSource?.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
  }

  /** Milliseconds from dispatching INTERACTION_CREATE to the response the user sees. */
  get latencyMs(): number {
    return (this.settledAt ?? Number.NaN) - this.dispatchedAt;
  }

  /** Called by the emulator after every change. */
  update(): void {
    if (this.settledAt === undefined && this.isSettled) {
      this.settledAt = performance.now();
      this.#settle?.();
    }
  }
}

interface GatewaySession {
  socket: WebSocket;
  sequence: number;
  identified: boolean;
}

/** The emulated Discord: start it, point discord.js at `apiUrl`, then drive it with `interact` and friends. */
export class DiscordEmulator {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guilds: readonly EmulatedGuild[];
  /** Every REST call the bot made, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Every IDENTIFY payload received. */
  readonly identifies: Record<string, unknown>[] = [];
  readonly defaultUser: Invoker = { id: snowflake(), username: "reader" };

  readonly #token: string | undefined;
  readonly #server: Server;
  readonly #gateway: WebSocketServer;
  readonly #sessions = new Set<GatewaySession>();
  readonly #globalCommands: APIApplicationCommand[] = [];
  readonly #guildCommands = new Map<string, APIApplicationCommand[]>();
  readonly #interactions = new Map<string, InteractionRecord>();
  readonly #files = new Map<string, { body: Buffer; contentType: string }>();
  #identifyWaiters: (() => void)[] = [];

  private constructor(options: EmulatorOptions) {
    this.applicationId = options.applicationId ?? snowflake();
    this.#token = options.token;
    this.botUser = { id: this.applicationId, username: "Article Answers", discriminator: "0000", global_name: null, avatar: null, bot: true };
    this.guilds = options.guilds ?? [{ id: snowflake(), name: "Test Server", channelId: snowflake() }];
    this.#server = createServer((request, response) => void this.#handle(request, response));
    this.#gateway = new WebSocketServer({ server: this.#server, path: "/gateway" });
    this.#gateway.on("connection", (socket) => this.#connect(socket));
  }

  /** Starts an emulator on 127.0.0.1 on a free port. */
  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emulator.#server.once("error", reject);
      emulator.#server.listen(0, "127.0.0.1", () => resolve());
    });
    return emulator;
  }

  get origin(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The value for DISCORD_API_URL / discord.js `rest.api`. */
  get apiUrl(): string {
    return `${this.origin}/api`;
  }

  get gatewayUrl(): string {
    return `${this.origin.replace("http", "ws")}/gateway`;
  }

  get guild(): EmulatedGuild {
    const [first] = this.guilds;
    if (first === undefined) throw new Error("emulator: no guild");
    return first;
  }

  /** The commands registered globally, or in one server. */
  commands(guildId?: string): readonly APIApplicationCommand[] {
    return guildId === undefined ? this.#globalCommands : (this.#guildCommands.get(guildId) ?? []);
  }

  /** Resolves once a bot has identified on the gateway (immediately if one already has). */
  async waitForIdentify(): Promise<void> {
    if ([...this.#sessions].some((session) => session.identified)) return;
    await new Promise<void>((resolve) => this.#identifyWaiters.push(resolve));
  }

  /** Serves a file over HTTP (for attachments) and returns its URL. */
  serveFile(name: string, body: string | Buffer, contentType = "text/plain; charset=utf-8"): string {
    const key = `${snowflake()}/${encodeURIComponent(name)}`;
    this.#files.set(key, { body: Buffer.from(body), contentType });
    return `${this.origin}/files/${key}`;
  }

  /** Dispatches a slash command and resolves once the user sees a response. */
  async chatInput(name: string, options: Options = {}, place: Place = {}): Promise<InteractionRecord> {
    const attachments = Array.isArray(options) ? [] : Object.values(options).filter(isAttachment);
    const resolved = attachments.length === 0 ? {} : { resolved: { attachments: Object.fromEntries(attachments.map((file) => [file.id, file])) } };
    return this.interact({
      ...place,
      type: InteractionKind.ApplicationCommand,
      data: { id: this.#commandId(name, place.guildId), name, type: 1, options: toOptions(options), ...resolved },
    });
  }

  /** A file the bot can download, to pass as an attachment option to `chatInput`. */
  attachment(filename: string, body: string | Buffer, contentType = "text/plain; charset=utf-8"): EmulatedAttachment {
    const url = this.serveFile(filename, body, contentType);
    return { id: snowflake(), filename, size: Buffer.byteLength(body), url, proxy_url: url, content_type: contentType };
  }

  /** Submits the modal `customId` with text inputs `values` (input custom id → value). */
  async modalSubmit(customId: string, values: Record<string, string>, place: Place = {}): Promise<InteractionRecord> {
    const components = Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
    return this.interact({ ...place, type: InteractionKind.ModalSubmit, data: { custom_id: customId, components } });
  }

  /** Clicks the button `customId` on a message the bot sent (its content and components, as recorded). */
  async clickButton(customId: string, onMessage: SentMessage, place: Place = {}): Promise<InteractionRecord> {
    const channelId = place.channelId ?? this.guild.channelId;
    const message = { ...messageObject(onMessage, { channelId, author: this.botUser, id: snowflake() }), components: onMessage.components ?? [] };
    return this.interact({
      ...place,
      type: InteractionKind.MessageComponent,
      data: { custom_id: customId, component_type: 2 },
      extra: { message },
    });
  }

  /** Dispatches autocomplete for `focused` while the other options hold `options`. */
  async autocomplete(name: string, focused: string, options: Record<string, OptionValue>, place: Place = {}): Promise<InteractionRecord> {
    const data = toOptions(options).map((option) => (option.name === focused ? { ...option, focused: true } : option));
    return this.interact({
      ...place,
      type: InteractionKind.Autocomplete,
      data: { id: this.#commandId(name, place.guildId), name, type: 1, options: data },
    });
  }

  /** Dispatches a message context-menu command on a message with `content` written by `author`. */
  async messageCommand(name: string, content: string, place: Place & { author?: Invoker } = {}): Promise<InteractionRecord> {
    const channelId = place.channelId ?? this.guild.channelId;
    const author = userObject(place.author ?? { id: snowflake(), username: "writer" });
    const message = messageObject({ content }, { channelId, author, id: snowflake() });
    return this.interact({
      ...place,
      type: InteractionKind.ApplicationCommand,
      data: { id: this.#commandId(name, place.guildId), name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: message } } },
    });
  }

  /** Dispatches any interaction and resolves once the user sees a response (or fails after a timeout). */
  async interact(input: InteractionInput, timeoutMs = DEFAULT_RESPONSE_TIMEOUT_MS): Promise<InteractionRecord> {
    const record = this.dispatchInteraction(input);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const seen = JSON.stringify({ callback: record.callback, edits: record.edits, followups: record.followups });
        reject(new Error(`emulator: no response to interaction ${record.payload.id} within ${timeoutMs} ms; saw ${seen}`));
      }, timeoutMs);
    });
    try {
      await Promise.race([record.settled, timeout]);
      return record;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends INTERACTION_CREATE without waiting; for tests that watch the record themselves. */
  dispatchInteraction(input: InteractionInput): InteractionRecord {
    const user = input.user ?? this.defaultUser;
    const guildId = input.guildId === undefined ? this.guild.id : input.guildId;
    const guild = this.guilds.find((known) => known.id === guildId);
    const channelId = input.channelId ?? guild?.channelId ?? snowflake();
    const payload = {
      id: snowflake(),
      application_id: this.applicationId,
      type: input.type,
      token: randomBytes(24).toString("base64url"),
      version: 1,
      locale: "en-US",
      app_permissions: ADMINISTRATOR_PERMISSIONS,
      // discord.js reads both unconditionally; without them it drops the interaction silently.
      entitlements: [],
      authorizing_integration_owners: guildId === null ? { "1": user.id } : { "0": guildId },
      attachment_size_limit: 10 * 1024 * 1024,
      ...(input.data === undefined ? {} : { data: input.data }),
      ...(guildId === null
        ? {
            context: 1,
            channel_id: channelId,
            channel: { id: channelId, type: 1, recipients: [userObject(user)], flags: 0, last_message_id: null },
            user: userObject(user),
          }
        : {
            context: 0,
            guild_id: guildId,
            guild_locale: "en-US",
            guild: { id: guildId, locale: "en-US", features: [] },
            channel_id: channelId,
            channel: { id: channelId, type: 0, guild_id: guildId, name: "general", position: 0, flags: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 },
            member: memberObject(user),
          }),
      ...input.extra,
    };
    const record = new InteractionRecord(payload);
    this.#interactions.set(payload.token, record);
    this.#interactions.set(payload.id, record);
    const session = [...this.#sessions].find((candidate) => candidate.identified);
    if (session === undefined) throw new Error("emulator: no bot is connected to the gateway");
    this.#dispatch(session, "INTERACTION_CREATE", payload);
    return record;
  }

  /** Closes every gateway connection and the HTTP server. */
  async close(): Promise<void> {
    for (const session of this.#sessions) session.socket.terminate();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#gateway.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #commandId(name: string, guildId: string | null | undefined): string {
    const scoped = guildId === null || guildId === undefined ? [] : this.commands(guildId);
    return [...scoped, ...this.#globalCommands].find((command) => command.name === name)?.id ?? snowflake();
  }

  // ---- gateway ----

  #connect(socket: WebSocket): void {
    const session: GatewaySession = { socket, sequence: 0, identified: false };
    this.#sessions.add(session);
    socket.on("close", () => this.#sessions.delete(session));
    socket.on("message", (raw) => this.#onGatewayMessage(session, String(raw)));
    send(socket, { op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null });
  }

  #onGatewayMessage(session: GatewaySession, raw: string): void {
    const packet = JSON.parse(raw) as { op: number; d: unknown };
    switch (packet.op) {
      case 1: // heartbeat
        send(session.socket, { op: 11, d: null, s: null, t: null });
        break;
      case 2: // identify
        this.identifies.push(packet.d as Record<string, unknown>);
        session.identified = true;
        this.#dispatch(session, "READY", {
          v: 10,
          user: this.botUser,
          guilds: this.guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: randomBytes(16).toString("hex"),
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
        });
        // Each guild in READY must arrive as GUILD_CREATE, or discord.js waits 15 s before it is ready.
        for (const guild of this.guilds) this.#dispatch(session, "GUILD_CREATE", this.#guildObject(guild));
        for (const resolve of this.#identifyWaiters.splice(0)) resolve();
        break;
      default:
        // Presence updates, resumes and the like: a bot under test does not need answers to them.
        break;
    }
  }

  #dispatch(session: GatewaySession, event: string, data: unknown): void {
    session.sequence += 1;
    send(session.socket, { op: 0, t: event, s: session.sequence, d: data });
  }

  #guildObject(guild: EmulatedGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      preferred_locale: "en-US",
      features: [],
      roles: [{ id: guild.id, name: "@everyone", permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null }],
      emojis: [],
      stickers: [],
      channels: [{ id: guild.channelId, type: 0, name: "general", position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0, flags: 0 }],
      threads: [],
      members: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: new Date().toISOString(),
      application_id: null,
    };
  }

  // ---- REST ----

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? "/", this.origin);
      // discord.js percent-encodes "@original" and "@me"; routes below match the decoded path.
      const path = decodeURIComponent(url.pathname);
      if (request.method === "GET" && path.startsWith("/files/")) return this.#serveFile(path.slice("/files/".length), response);
      const body = await readBody(request);
      const authorization = request.headers.authorization;
      const authorized = authorization !== undefined && (this.#token === undefined || authorization === `Bot ${this.#token}`);
      this.requests.push({ method: request.method ?? "GET", path, body, authorized });
      if (!path.startsWith(API_PREFIX)) return reply(response, 404, { message: "404: Not Found", code: 0 });
      const route = path.slice(API_PREFIX.length);
      const needsAuth = !route.startsWith("/interactions/") && !route.startsWith("/webhooks/");
      if (needsAuth && !authorized) return reply(response, 401, { message: "401: Unauthorized", code: 0 });
      const result = this.#route(request.method ?? "GET", route, body, url.searchParams);
      if (result === undefined) return reply(response, 404, { message: "404: Not Found", code: 0 });
      reply(response, result.status, result.body);
    } catch (error) {
      reply(response, 500, { message: `emulator: ${error instanceof Error ? error.message : String(error)}`, code: 0 });
    }
  }

  #route(method: string, route: string, body: unknown, query: URLSearchParams): { status: number; body?: unknown } | undefined {
    const parts = route.split("/").filter((part) => part !== "");
    const at = (index: number): string => parts[index] ?? "";
    const is = (...pattern: string[]): boolean =>
      parts.length === pattern.length && pattern.every((segment, index) => segment === "*" || segment === parts[index]);

    if (method === "GET" && is("gateway", "bot")) {
      return { status: 200, body: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 } } };
    }
    if (method === "GET" && is("gateway")) return { status: 200, body: { url: this.gatewayUrl } };
    if (method === "GET" && is("users", "@me")) return { status: 200, body: this.botUser };
    if (method === "GET" && is("applications", "@me")) return { status: 200, body: { id: this.applicationId, name: this.botUser.username, flags: 0 } };

    if (is("applications", "*", "commands") || is("applications", "*", "guilds", "*", "commands")) {
      if (at(1) !== this.applicationId) return { status: 404, body: { message: "Unknown Application", code: 10002 } };
      const guildId = parts.length === 5 ? at(3) : undefined;
      if (method === "GET") return { status: 200, body: this.commands(guildId) };
      if (method === "PUT") {
        const stored = this.#storeCommands(body as RESTPutAPIApplicationCommandsJSONBody, guildId);
        return { status: 200, body: stored };
      }
    }

    if (method === "POST" && is("interactions", "*", "*", "callback")) {
      const record = this.#interactions.get(at(2));
      if (record === undefined || record.payload.id !== at(1)) return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
      if (record.callback !== undefined) return { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } };
      record.callback = body as InteractionCallback;
      record.update();
      if (query.get("with_response") !== "true") return { status: 204 };
      const message = record.callback.data === undefined ? undefined : this.#message(record.callback.data);
      return {
        status: 200,
        body: {
          interaction: { id: record.payload.id, type: record.payload.type, response_message_id: message?.id, response_message_loading: record.callback.type === CallbackKind.DeferredChannelMessage, response_message_ephemeral: record.ephemeral },
          resource: { type: record.callback.type, ...(message === undefined ? {} : { message }) },
        },
      };
    }

    if (is("webhooks", "*", "*") || is("webhooks", "*", "*", "messages", "*")) {
      const record = this.#interactions.get(at(2));
      if (record === undefined || at(1) !== this.applicationId) return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
      if (record.callback === undefined) return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
      if (parts.length === 3 && method === "POST") {
        const message = body as SentMessage;
        record.followups.push(message);
        record.update();
        return { status: 200, body: this.#message(message) };
      }
      const target = at(4);
      if (target === "@original") {
        if (method === "PATCH") {
          record.edits.push(body as SentMessage);
          record.update();
          return { status: 200, body: this.#message({ ...record.callback.data, ...(body as SentMessage) }) };
        }
        if (method === "GET") return { status: 200, body: this.#message(record.message ?? {}) };
        if (method === "DELETE") {
          record.deleted = true;
          return { status: 204 };
        }
      }
      const followup = record.followups.find((_, index) => String(index) === target);
      if (method === "GET" && followup !== undefined) return { status: 200, body: this.#message(followup) };
    }
    return undefined;
  }

  #storeCommands(body: RESTPutAPIApplicationCommandsJSONBody, guildId: string | undefined): APIApplicationCommand[] {
    const previous = this.commands(guildId);
    const stored = body.map((command) => ({
      ...command,
      // Bulk overwrite keeps the id of a command that keeps its name, as Discord does.
      id: previous.find((old) => old.name === command.name)?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type: command.type ?? 1,
      description: "description" in command ? command.description : "",
      default_member_permissions: command.default_member_permissions ?? null,
      ...(guildId === undefined ? {} : { guild_id: guildId }),
    })) as APIApplicationCommand[];
    if (guildId === undefined) this.#globalCommands.splice(0, this.#globalCommands.length, ...stored);
    else this.#guildCommands.set(guildId, stored);
    return stored;
  }

  #message(sent: SentMessage): APIMessage {
    return messageObject(sent, { channelId: this.guild.channelId, author: this.botUser, id: snowflake() });
  }

  #serveFile(key: string, response: ServerResponse): void {
    const file = this.#files.get(key.split("/").map(encodeURIComponent).join("/")) ?? this.#files.get(key);
    if (file === undefined) return reply(response, 404, { message: "404: Not Found", code: 0 });
    response.writeHead(200, { "content-type": file.contentType, "content-length": file.body.length });
    response.end(file.body);
  }
}

function send(socket: WebSocket, packet: unknown): void {
  socket.send(JSON.stringify(packet));
}

function reply(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** Reads a JSON body, or the `payload_json` part (plus file names) of a multipart one. */
async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return undefined;
  const contentType = request.headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const payload = form.get("payload_json");
    const files: string[] = [];
    for (const [name, value] of form.entries()) if (name !== "payload_json" && typeof value !== "string") files.push(value.name);
    return { ...(typeof payload === "string" ? (JSON.parse(payload) as object) : {}), files };
  }
  return JSON.parse(raw.toString("utf8")) as unknown;
}

function isAttachment(value: OptionValue): value is EmulatedAttachment {
  return typeof value === "object";
}

function toOptions(options: Options): APIApplicationCommandInteractionDataOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => {
    if (isAttachment(value)) return { name, type: 11, value: value.id } as APIApplicationCommandInteractionDataOption;
    const type = typeof value === "boolean" ? 5 : typeof value === "string" ? 3 : Number.isInteger(value) ? 4 : 10;
    return { name, type, value } as APIApplicationCommandInteractionDataOption;
  });
}

function userObject(user: Invoker): APIUser {
  return { id: user.id, username: user.username, discriminator: "0", global_name: user.username, avatar: null };
}

function memberObject(user: Invoker): Record<string, unknown> {
  return {
    user: userObject(user),
    roles: [],
    permissions: user.permissions ?? MEMBER_PERMISSIONS,
    joined_at: new Date().toISOString(),
    nick: null,
    avatar: null,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

function messageObject(sent: SentMessage, { channelId, author, id }: { channelId: string; author: APIUser; id: string }): APIMessage {
  return {
    id,
    channel_id: channelId,
    author,
    content: sent.content ?? "",
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: sent.embeds ?? [],
    pinned: false,
    type: 0,
    flags: sent.flags ?? 0,
    components: [],
  } as APIMessage;
}
