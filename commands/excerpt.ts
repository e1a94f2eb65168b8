// /excerpt [section] [search] [private] [essay]: a passage of the reading with questions to discuss,
// and the buttons on that card. Decisions (docs/bot.md): no option gives the next section this
// channel hasn't seen; section and search together search within that section; only public
// replies count as "seen". Buttons: on a public card, Next section and Another excerpt post a new
// public message (the discussion above stays readable) and More questions answers only the
// presser; on a private card they change the card in place.
import { ApplicationCommandOptionType, MessageFlags, type MessageComponentInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { BotContext } from "../src/bot/botContext.js";
import { replyWith, updateWith, type Answer } from "../src/discord/answer.js";
import type { CommandModule, ComponentHandler, DeferAs } from "../src/discord/commandModule.js";
import { essayOption, GUILD_ONLY, placeOf, privateOption, readingAutocomplete, sectionOption } from "../src/discord/readingOptions.js";
import { excerptMessage, EXCERPT_BUTTONS } from "../src/discord/render/excerptMessage.js";
import { questionsMessage } from "../src/discord/render/questionsMessage.js";
import { requirePassage, requireReading, requireSection } from "../src/discord/resolveOptions.js";
import { UserError } from "../src/discord/userError.js";
import type { Section } from "../src/essay/types.js";
import { excerptView, type ExcerptView } from "../src/library/excerptView.js";
import { moreQuestions, questionsForPassage } from "../src/library/passageQuestions.js";
import type { Reading } from "../src/library/reading.js";

const definition = {
  name: "excerpt",
  description: "A passage of the reading with questions to discuss",
  ...GUILD_ONLY,
  options: [
    sectionOption("Section number or title (leave empty for the next one this channel hasn't read)"),
    { type: ApplicationCommandOptionType.String, name: "search", description: "Find the passage containing these words", max_length: 200 },
    privateOption,
    essayOption,
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function execute(interaction: Parameters<CommandModule["execute"]>[0], context: BotContext): Promise<Answer> {
  const reading = requireReading(context.library, interaction.options.getString("essay"));
  const sectionText = interaction.options.getString("section");
  const search = interaction.options.getString("search");
  const ephemeral = interaction.options.getBoolean("private") ?? false;
  const place = placeOf(interaction);
  let view: ExcerptView;
  if (search !== null) {
    const within = sectionText !== null ? requireSection(reading, sectionText) : undefined;
    view = requirePassage(context.library, reading, search, { ...(within ? { within } : {}), anyReading: interaction.options.getString("essay") === null });
  } else if (sectionText !== null) {
    view = excerptView(reading, requireSection(reading, sectionText), 0);
  } else {
    const next = ephemeral ? await context.progress.peekNext(place, reading) : await context.progress.takeNext(place, reading);
    if (!next) throw new UserError("This reading has no passages to show. A moderator can check the essay file in the seeds folder.");
    return replyWith(excerptMessage(excerptView(reading, next.section, next.round)), { ephemeral });
  }
  if (!ephemeral) await context.progress.markSeen(place, context.library.byId(view.essayId) ?? reading, view.section);
  return replyWith(excerptMessage(view), { ephemeral });
}

/** The reading and section a card's button points at, or a polite word that the card is out of date. */
function cardTarget(args: readonly string[], context: BotContext): { reading: Reading; section: Section } {
  const [essayId, sectionId] = args;
  const reading = essayId ? context.library.byId(essayId) : undefined;
  const section = reading?.essay.sections.find((candidate) => candidate.id === sectionId);
  if (!reading || !section) throw new UserError("This card's reading has changed since it was posted, so its buttons no longer fit. Run /excerpt again for a fresh card.");
  return { reading, section };
}

function isPrivateCard(interaction: MessageComponentInteraction): boolean {
  return interaction.message.flags.has(MessageFlags.Ephemeral);
}

/** A new public card (seen by the channel) under a public one; the same private card, changed. */
async function showCard(interaction: MessageComponentInteraction, context: BotContext, reading: Reading, view: ExcerptView): Promise<Answer> {
  if (isPrivateCard(interaction)) return updateWith(excerptMessage(view));
  await context.progress.markSeen(placeOf(interaction), reading, view.section);
  return replyWith(excerptMessage(view));
}

const cardDefer = (interaction: MessageComponentInteraction): DeferAs => (isPrivateCard(interaction) ? "update" : "public");

const nextSection: ComponentHandler = {
  async handle(interaction, args, context) {
    const { reading, section } = cardTarget(args, context);
    const sections = reading.essay.sections;
    const next = sections[(sections.indexOf(section) + 1) % sections.length] as Section;
    return showCard(interaction, context, reading, excerptView(reading, next, 0));
  },
  deferAs: cardDefer,
};

const anotherExcerpt: ComponentHandler = {
  async handle(interaction, args, context) {
    const { reading, section } = cardTarget(args, context);
    return showCard(interaction, context, reading, excerptView(reading, section, Number(args[2] ?? 0) || 0));
  },
  deferAs: cardDefer,
};

const more: ComponentHandler = {
  async handle(_interaction, args, context) {
    const { reading, section } = cardTarget(args, context);
    const [first, last] = (args[2] ?? "").split("-").map(Number);
    const shown = questionsForPassage(reading, section, [first ?? -1, last ?? -1]);
    const rest = moreQuestions(reading, section, shown);
    const view = questionsMessage({ essayTitle: reading.essay.meta.title, section, sectionCount: reading.essay.sections.length, sectionQuestions: rest.section, essayQuestions: rest.essay });
    return replyWith(view, { ephemeral: true });
  },
  deferAs: () => "ephemeral",
};

export const excerptCommand: CommandModule = {
  definition,
  execute,
  deferAs: (interaction) => (interaction.options.getBoolean("private") ? "ephemeral" : "public"),
  autocomplete: readingAutocomplete,
  components: { [EXCERPT_BUTTONS.next]: nextSection, [EXCERPT_BUTTONS.another]: anotherExcerpt, [EXCERPT_BUTTONS.more]: more },
};
