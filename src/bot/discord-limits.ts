// Discord's own limits, in one place. Everything the bot sends is cut to fit these before it leaves.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits

/** Characters in a message's `content`. */
export const MAX_CONTENT_LENGTH = 2000;
/** Characters in an embed title. */
export const MAX_EMBED_TITLE_LENGTH = 256;
/** Characters in an embed description. */
export const MAX_EMBED_DESCRIPTION_LENGTH = 4096;
/** Characters in an embed field name. */
export const MAX_EMBED_FIELD_NAME_LENGTH = 256;
/** Characters in an embed field value. */
export const MAX_EMBED_FIELD_VALUE_LENGTH = 1024;
/** Characters in an embed footer. */
export const MAX_EMBED_FOOTER_LENGTH = 2048;
/** Fields in one embed. */
export const MAX_EMBED_FIELDS = 25;
/** Characters across all embeds of one message (title, description, fields, footer, author). */
export const MAX_EMBEDS_TOTAL_LENGTH = 6000;
/** Choices in one autocomplete response. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Characters in an autocomplete choice's name and in its string value. */
export const MAX_AUTOCOMPLETE_CHOICE_LENGTH = 100;
/** Time to acknowledge an interaction before Discord shows "The application did not respond". */
export const INTERACTION_ACK_DEADLINE_MS = 3000;
