/** How long an asker's conversation about an article lasts after its last answer. */
export const CONVERSATION_MEMORY_MS = 10 * 60_000;

/** Beyond this many conversations, the least recently answered is forgotten. */
const MAX_CONVERSATIONS = 10_000;

/**
 * The article each asker's last answer in a channel came from, for a follow-up that leans on it
 * ("how long did it last?"; see AnswerOptions.followsDocumentId).
 */
export class Conversations {
  readonly #memoryMs: number;
  readonly #now: () => number;
  /** By asker and channel, in the order last answered. */
  readonly #last = new Map<string, { documentId: string; at: number }>();

  constructor(memoryMs = CONVERSATION_MEMORY_MS, now: () => number = Date.now) {
    this.#memoryMs = memoryMs;
    this.#now = now;
  }

  /** The document of the asker's last answer in the channel, unless the conversation has gone quiet since. */
  documentOf(userId: string, channelId: string): string | undefined {
    const key = conversationKey(userId, channelId);
    const last = this.#last.get(key);
    if (last === undefined || last.at <= this.#now() - this.#memoryMs) {
      this.#last.delete(key);
      return undefined;
    }
    return last.documentId;
  }

  /** Notes the document an answer came from. */
  remember(userId: string, channelId: string, documentId: string): void {
    const key = conversationKey(userId, channelId);
    // Deleted first, so that the map's order stays the order of the last answers.
    this.#last.delete(key);
    this.#last.set(key, { documentId, at: this.#now() });
    if (this.#last.size > MAX_CONVERSATIONS) this.#last.delete(this.#last.keys().next().value ?? key);
  }
}

function conversationKey(userId: string, channelId: string): string {
  return `${channelId}:${userId}`;
}
