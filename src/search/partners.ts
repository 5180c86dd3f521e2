import { NOMINAL } from "./clause-parts.ts";
import { tagged } from "./tagging.ts";
import { termKey } from "./terms.ts";
import { CAPITALISED, isStopWord } from "./text.ts";

// "Did Marzook sit down with Bogdanov?", "is Russia teaming up with Hamas?", "talks with Hamas": a
// verb or a noun with "with" and a party tells an event two sides take part in, which a text may tell
// in any words of its own, as long as the same party follows its "with" ("a previous meeting with
// Bogdanov", "formed an alliance with Hamas").

/** A question's word for an event told with a partner. */
export interface PartnerEvent {
  /** The word's index key ("sit", "talk"). */
  key: string;
  /** The word as asked, in lower case ("sitting", "talks"). */
  word: string;
  /** The index keys of the partner's words; none when "with" ends its clause ("who did he sit down with?"). */
  partnerKeys: string[];
}

/** A "with" of a sentence that follows a word of its own ("met with", "an alliance with"), and what comes after it. */
export interface PartnerMention {
  /** The word the "with" follows, in lower case ("meeting", "alliance"). */
  eventWord: string;
  /** The index keys of the few words after "with". */
  keys: string[];
  /** True when a name (a capitalised word) follows "with", maybe after "the". */
  named: boolean;
}

// The words that tell an event: "sat down with", "talks with" (the tagger reads "siding with" as a noun too).
const EVENT_TAGS = new Set(["VERB", "NOUN"]);
// The particles a phrasal verb may put between itself and "with": "sit down with", "team up with".
const PARTICLE_TAGS = new Set(["ADP", "ADV", "PART"]);
const MAX_PARTICLES = 1;
// Words after a sentence's "with" that may hold its partner: "with Russian deputy foreign minister Bogdanov".
const PARTNER_WORDS = 5;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a question that "with" and a party follow, a verb's maybe after a particle ("teaming up with Hamas"). */
export function partnerEventsOf(question: string): PartnerEvent[] {
  const { texts, partsOfSpeech } = tagged(question);
  const found: PartnerEvent[] = [];
  texts.forEach((text, at) => {
    if (text !== "with") return;
    let event = at - 1;
    while (event > 0 && at - event <= MAX_PARTICLES && PARTICLE_TAGS.has(partsOfSpeech[event] ?? "")) event--;
    if (!EVENT_TAGS.has(partsOfSpeech[event] ?? "")) return;
    const partnerKeys: string[] = [];
    for (let next = at + 1; next < texts.length && NOMINAL.has(partsOfSpeech[next] ?? ""); next++) {
      const word = texts[next] ?? "";
      if (!isStopWord(word)) partnerKeys.push(termKey(word));
    }
    const word = texts[event] ?? "";
    found.push({ key: termKey(word), word, partnerKeys });
  });
  return found;
}

/** The "with"s of a sentence that follow a word of its own, not grammar ("along with", "with which"). */
export function partnerMentionsOf(sentence: string): PartnerMention[] {
  const tokens = sentence.match(WORD) ?? [];
  const mentions: PartnerMention[] = [];
  tokens.forEach((token, at) => {
    const before = tokens[at - 1]?.toLowerCase();
    if (token.toLowerCase() !== "with" || before === undefined || isStopWord(before)) return;
    const after = tokens.slice(at + 1, at + 1 + PARTNER_WORDS);
    const first = after[0]?.toLowerCase() === "the" ? after[1] : after[0];
    mentions.push({ eventWord: before, keys: after.map((word) => termKey(word.toLowerCase())), named: first !== undefined && CAPITALISED.test(first) });
  });
  return mentions;
}

/**
 * True when a sentence tells an event like the question's (`alike`: "meeting" for "sit") with the
 * question's partner, or with anyone named when the question leaves the partner to ask.
 */
export function tellsWithPartner(event: PartnerEvent, mentions: readonly PartnerMention[], alike: (eventWord: string) => boolean): boolean {
  return mentions.some(
    (mention) => (event.partnerKeys.length === 0 ? mention.named : event.partnerKeys.some((key) => mention.keys.includes(key))) && alike(mention.eventWord),
  );
}
