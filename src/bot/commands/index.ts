import { ask } from "./ask.ts";
import type { Command } from "./command.ts";
import { findSources } from "./find-sources.ts";
import { help } from "./help.ts";
import { kb } from "./kb/index.ts";
import { source } from "./source.ts";

/** Every command the bot registers and answers, in the order Discord lists them. Add new commands here. */
export const COMMANDS: readonly Command[] = [ask, source, help, findSources, kb];
