import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  LabelBuilder,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Client,
  type Interaction,
} from "discord.js";
import { buildGuild, type Emulator } from "../../src/emulator/index.js";
import { loginTestClient } from "../support/discordClient.js";
import { finishEmulator, startCheckedEmulator } from "../support/emulatorHarness.js";

const excerpt = new SlashCommandBuilder()
  .setName("excerpt")
  .setDescription("A passage to discuss")
  .addIntegerOption((o) => o.setName("section").setDescription("Section").setAutocomplete(true))
  .addStringOption((o) => o.setName("mode").setDescription("How to answer"));

const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
  new ButtonBuilder().setCustomId("next").setLabel("Next section").setStyle(ButtonStyle.Primary),
  new ButtonBuilder().setCustomId("answer").setLabel("Answer").setStyle(ButtonStyle.Secondary),
  new ButtonBuilder().setCustomId("answer-row").setLabel("Answer (old style)").setStyle(ButtonStyle.Secondary),
);
const sectionMenu = new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
  new StringSelectMenuBuilder()
    .setCustomId("pick-section")
    .setPlaceholder("Section")
    .addOptions({ label: "Section 1", value: "1" }, { label: "Section 2", value: "2" }),
);

// A tiny bot: each `mode` exercises one way of answering.
async function answer(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    const sections = ["1 · Arrival", "2 · The summit", "3 · Aftermath"];
    await interaction.respond(sections.filter((s) => s.includes(typed)).map((name, i) => ({ name, value: i + 1 })));
    return;
  }
  if (interaction.isChatInputCommand()) {
    const section = interaction.options.getInteger("section") ?? 1;
    const embed = new EmbedBuilder().setTitle("Singapore summit").setDescription(`> Section ${section}`);
    switch (interaction.options.getString("mode") ?? "reply") {
      case "reply":
        await interaction.reply({ embeds: [embed], components: [buttons] });
        return;
      case "private":
        await interaction.reply({ content: "Only you see this", flags: MessageFlags.Ephemeral });
        return;
      case "defer":
        await interaction.deferReply();
        await interaction.editReply({ embeds: [embed], components: [buttons] });
        return;
      case "followUp":
        await interaction.reply({ content: "First" });
        await interaction.followUp({ content: "Second", flags: MessageFlags.Ephemeral });
        return;
      case "withResponse": {
        const response = await interaction.reply({ content: "Fetched", withResponse: true });
        await interaction.followUp({ content: `id ${response.resource?.message?.id ?? "none"}` });
        return;
      }
      case "retract": {
        await interaction.reply("This will vanish");
        const fetched = await interaction.fetchReply();
        await interaction.deleteReply();
        await interaction.followUp({ content: `deleted ${fetched.id}`, flags: MessageFlags.Ephemeral });
        return;
      }
      case "menu":
        await interaction.reply({ content: "Pick one", components: [sectionMenu] });
        return;
      case "silent":
        return;
    }
  }
  if (interaction.isStringSelectMenu()) {
    await interaction.reply({ content: `Section ${interaction.values.join(",")} chosen`, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.isButton()) {
    if (interaction.customId === "next") {
      await interaction.update({ content: "Section 2", embeds: [], components: [] });
      return;
    }
    const modal = new ModalBuilder().setCustomId("answer-modal").setTitle("Answer");
    if (interaction.customId === "answer") {
      const input = new TextInputBuilder().setCustomId("text").setStyle(TextInputStyle.Paragraph);
      modal.addLabelComponents(new LabelBuilder().setLabel("Your answer").setTextInputComponent(input));
    } else {
      const input = new TextInputBuilder().setCustomId("text").setLabel("Your answer").setStyle(TextInputStyle.Paragraph);
      modal.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
    }
    await interaction.showModal(modal);
    return;
  }
  if (interaction.isModalSubmit()) {
    await interaction.reply({ content: `You wrote: ${interaction.fields.getTextInputValue("text")}`, flags: MessageFlags.Ephemeral });
  }
}

describe("interactions through the emulator and a real discord.js client", () => {
  let emulator: Emulator | undefined;
  let client: Client | undefined;
  let channelId: string;

  beforeEach(async () => {
    emulator = await startCheckedEmulator({ guilds: [buildGuild("Study group").text("study-group").member("ada")] });
    channelId = emulator.guild("Study group").channel("study-group").id;
    client = await loginTestClient(emulator, { setup: (c) => c.on("interactionCreate", (i) => void answer(i)) });
    await client.application?.commands.set([excerpt.toJSON()]);
  });
  afterEach(() => finishEmulator(emulator, client));

  it("registers commands idempotently: the same ids and versions on a second PUT", async () => {
    const first = emulator!.commands();
    await client!.application!.commands.set([excerpt.toJSON()]);
    expect(emulator!.commands()).toEqual(first);
    expect(first.map((c) => c.name)).toEqual(["excerpt"]);
    expect(emulator!.requests.filter("PUT /applications/{application_id}/commands")).toHaveLength(2);
  });

  it("delivers a slash command and records the reply with its embed and buttons", async () => {
    const outcome = await emulator!.runCommand({ channelId, user: "ada", name: "excerpt", options: { section: 2 } });
    expect(outcome.callback?.type).toBe(4);
    const response = await outcome.finalResponse();
    expect(response.via).toBe("callback");
    expect(response.embeds[0]?.description).toBe("> Section 2");
    expect(response.ephemeral).toBe(false);
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    // A public reply is a message in the channel, by the bot.
    expect(emulator!.channel(channelId).lastMessage()?.message.id).toBe(outcome.original?.id);
  });

  it("waits past a deferral for the edit of @original", async () => {
    const outcome = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "defer" } });
    expect(outcome.callback?.type).toBe(5);
    const response = await outcome.finalResponse();
    expect(response.via).toBe("edit");
    expect(response.embeds[0]?.title).toBe("Singapore summit");
    expect(response.flags & MessageFlags.Loading).toBe(0);
    expect(emulator!.requests.filter("PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original")).toHaveLength(1);
  });

  it("records ephemeral replies and follow-ups, which stay out of the channel's history", async () => {
    const privateReply = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "private" } });
    expect((await privateReply.finalResponse()).ephemeral).toBe(true);
    const outcome = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "followUp" } });
    const followUp = await outcome.nextFollowUp({ index: 0 });
    expect(followUp.content).toBe("Second");
    const history = emulator!.channel(channelId).messages().map((stored) => stored.message.content);
    expect(history).toEqual(["First"]);
  });

  it("answers ?with_response=true with the interaction callback response", async () => {
    const outcome = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "withResponse" } });
    const followUp = await outcome.nextFollowUp({ index: 0 });
    expect(followUp.content).toBe(`id ${outcome.original?.id}`);
  });

  it("reads and deletes @original (fetchReply, deleteReply)", async () => {
    const outcome = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "retract" } });
    const note = await outcome.nextFollowUp({ index: 0 });
    expect(note.content).toBe(`deleted ${outcome.original?.id}`);
    expect(emulator!.message(outcome.original!.id)?.deleted).toBe(true);
    expect(emulator!.channel(channelId).messages()).toEqual([]);
    expect(emulator!.requests.count("GET /webhooks/{webhook_id}/{webhook_token}/messages/@original")).toBe(1);
    expect(emulator!.requests.count("DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original")).toBe(1);
  });

  it("offers autocomplete choices filtered by what was typed", async () => {
    const choices = await emulator!.autocomplete({ channelId, name: "excerpt", options: { section: "summit" }, focused: "section" });
    expect(choices).toEqual([{ name: "2 · The summit", value: 1 }]);
  });

  it("presses a button that updates the message it sits on", async () => {
    const reply = await emulator!.runCommand({ channelId, name: "excerpt" });
    const click = await emulator!.clickButton({ message: reply, customId: "next" });
    expect(click.callback?.type).toBe(7);
    expect(emulator!.message(reply.original!.id)?.message.content).toBe("Section 2");
    expect(emulator!.message(reply.original!.id)?.message.components).toEqual([]);
  });

  it("opens a modal from a button and takes the member's submission", async () => {
    const reply = await emulator!.runCommand({ channelId, user: "ada", name: "excerpt" });
    const click = await emulator!.clickButton({ message: reply, customId: "answer", user: "ada" });
    expect(click.modal?.custom_id).toBe("answer-modal");
    const submitted = await emulator!.submitModal({ customId: "answer-modal", fields: { text: "Trust is built slowly" }, user: "ada" });
    expect((await submitted.finalResponse()).content).toBe("You wrote: Trust is built slowly");
  });

  it("also takes a submission of an old-style modal (text inputs in action rows)", async () => {
    const reply = await emulator!.runCommand({ channelId, name: "excerpt" });
    await emulator!.clickButton({ message: reply, customId: "answer-row" });
    const submitted = await emulator!.submitModal({ customId: "answer-modal", fields: { text: "Rows still work" } });
    expect((await submitted.finalResponse()).content).toBe("You wrote: Rows still work");
    await expect(emulator!.submitModal({ customId: "answer-modal", fields: { text: "again" } })).rejects.toThrow(/has not opened a modal/);
  });

  it("picks values from a select menu", async () => {
    const reply = await emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "menu" } });
    const picked = await emulator!.clickComponent({ message: reply, customId: "pick-section", values: ["2"] });
    expect((await picked.finalResponse()).content).toBe("Section 2 chosen");
    await expect(emulator!.clickButton({ message: reply, customId: "missing" })).rejects.toThrow(/has no component "missing" \(it has: pick-section\)/);
  });

  it("runs a command inside a thread, and the reply lands in the thread", async () => {
    const text = client!.channels.cache.get(channelId);
    if (!text?.isTextBased() || !("threads" in text)) throw new Error("not a text channel");
    const thread = await text.threads.create({ name: "Side discussion" });
    const outcome = await emulator!.runCommand({ channelId: thread.id, name: "excerpt" });
    expect(outcome.original?.channel_id).toBe(thread.id);
    expect(emulator!.channel(thread.id).messages().map((m) => m.message.id)).toEqual([outcome.original?.id]);
  });

  it("reports a bot that never answers the way Discord does, after the response window", async () => {
    await expect(emulator!.runCommand({ channelId, name: "excerpt", options: { mode: "silent" }, timeoutMs: 300 })).rejects.toThrow(
      /did not respond/,
    );
  });

  it("refuses a second callback with 40060 (Interaction has already been acknowledged)", async () => {
    let second: unknown;
    client!.removeAllListeners("interactionCreate");
    client!.on("interactionCreate", async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply("once");
      second = await client!.rest
        .post(`/interactions/${interaction.id}/${interaction.token}/callback`, { body: { type: 4, data: { content: "twice" } }, auth: false })
        .catch((error: unknown) => error);
    });
    await emulator!.runCommand({ channelId, name: "excerpt" });
    await expect.poll(() => (second as { code?: number } | undefined)?.code).toBe(40060);
  });

  it("refuses a callback that comes after the response window with 10062 (Unknown interaction)", async () => {
    const strict = await startCheckedEmulator({ interactionResponseWindowMs: 150, guilds: [buildGuild("Hurried").text("general")] });
    let late: unknown;
    const slowBot = await loginTestClient(strict, {
      setup: (c) =>
        c.on("interactionCreate", async (interaction) => {
          if (!interaction.isChatInputCommand()) return;
          await new Promise((resolve) => setTimeout(resolve, 300));
          late = await interaction.reply("too late").catch((error: unknown) => error);
        }),
    });
    try {
      const general = strict.guild("Hurried").channel("general").id;
      await expect(strict.runCommand({ channelId: general, name: "excerpt" })).rejects.toThrow(/did not respond/);
      await expect.poll(() => (late as { code?: number } | undefined)?.code).toBe(10062);
    } finally {
      await finishEmulator(strict, slowBot);
    }
  });

  it("rejects options a registered command does not have", async () => {
    await expect(emulator!.runCommand({ channelId, name: "excerpt", options: { chapter: 3 } })).rejects.toThrow(/has no option "chapter"/);
  });
});
