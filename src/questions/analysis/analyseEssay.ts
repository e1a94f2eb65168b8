// Runs every analysis step over an essay once: tags each sentence, finds the essay's actors,
// and for each section its key phrases, cues and sentence centrality. Everything the candidate
// generators need, computed in one pass so generation stays fast.
import type { Essay, Section } from "../../essay/types.js";
import { findActors } from "./actors.js";
import type { Actor, ActorMention } from "./actors.js";
import { sentenceCentrality } from "./centrality.js";
import { findCues } from "./cues.js";
import { essayTopic } from "./essayTopic.js";
import { genreOf, genreSignals } from "./genre.js";
import type { Genre, GenreSignals } from "./genre.js";
import type { Cue } from "./cues.js";
import { scoreKeyPhrases } from "./keyPhrases.js";
import type { KeyPhrase } from "./keyPhrases.js";
import { tagSentence, tagText, tokensWithin } from "./tagger.js";
import type { Token } from "./tagger.js";
import { contentLemmas } from "./taggedSentence.js";
import type { TaggedSentence } from "./taggedSentence.js";

export interface SectionActor {
  actor: Actor;
  /** Mentions inside this section. */
  mentions: number;
  /** Those mentions (the actor's `mentions` span the whole essay). */
  here: ActorMention[];
}

export interface SectionAnalysis {
  section: Section;
  sentences: TaggedSentence[];
  /** Parallel to sentences. */
  centrality: number[];
  cues: Cue[][];
  /** What the section mostly does (genre.ts): the question types are planned from it. */
  genre: Genre;
  genreSignals: GenreSignals;
  keyPhrases: KeyPhrase[];
  actors: SectionActor[];
  /** Content lemmas of the whole section (for relevance checks). */
  lemmas: Set<string>;
  /** The essay's topic phrase (see essayTopic), for questions tying the section to the whole. */
  essayTopic: KeyPhrase | undefined;
  /** The sections before this one, for questions connecting it to what the reader has already read. */
  earlier: SectionAnalysis[];
  /** Every sentence of the essay, one per line (a connecting question may quote another section). */
  essayText: string;
  /** The essay's title (a memoir's often names the person it is about). */
  essayTitle: string;
}

export interface EssayAnalysis {
  essay: Essay;
  sections: SectionAnalysis[];
  actors: Actor[];
  /** Key phrases over the whole essay (sections as one). */
  keyPhrases: KeyPhrase[];
  topic: KeyPhrase | undefined;
}

function tagSection(essay: Essay, section: Section): TaggedSentence[] {
  const paragraphTokens = new Map<number, Token[]>();
  return section.sentences.map((sentence, position) => {
    const previous = section.sentences[position - 1];
    const paragraph = essay.paragraphs[sentence.paragraph];
    let tokens: Token[];
    if (paragraph && paragraph.text.slice(sentence.start, sentence.end) === sentence.text) {
      let all = paragraphTokens.get(sentence.paragraph);
      if (!all) paragraphTokens.set(sentence.paragraph, (all = tagText(paragraph.text)));
      tokens = tokensWithin(all, sentence.start, sentence.end);
    } else {
      tokens = tagSentence(sentence.text);
    }
    return {
      index: sentence.index,
      position,
      opensParagraph: previous === undefined || previous.paragraph !== sentence.paragraph,
      text: sentence.text,
      tokens,
    };
  });
}

/**
 * Gives each sentence the noun and verb lemmas of the few sentences before it in its section, less
 * the essay's topic nouns (in the title, or used in at least a third of the sections and never
 * fewer than two): "the charge" of an essay about a congestion charge is no back-reference,
 * "the scar" right after "leaving a scar" is.
 */
function markPriorLemmas(sentences: readonly TaggedSentence[], essay: Essay, sectionCount: number): void {
  const title = essay.meta.title.toLowerCase();
  const sectionOf = new Map<number, number>();
  essay.sections.forEach((section, i) => {
    for (const sentence of section.sentences) sectionOf.set(sentence.index, i);
  });
  // A topic noun is one used as a noun in at least a third of the sections (and never fewer than two).
  const nounSections = new Map<string, Set<number>>();
  for (const sentence of sentences) {
    for (const t of sentence.tokens) {
      if (t.pos !== "NOUN" && t.pos !== "PROPN") continue;
      const set = nounSections.get(t.lemma) ?? new Set<number>();
      set.add(sectionOf.get(sentence.index) ?? -1);
      nounSections.set(t.lemma, set);
    }
  }
  const inTitle = (lemma: string) => lemma.length > 2 && new RegExp(`\\b${lemma.replace(/[^\p{L}]/gu, "")}`, "u").test(title);
  const topics = new Set<string>();
  const core = new Set<string>();
  for (const [lemma, where] of nounSections) {
    if (where.size >= Math.max(2, Math.ceil(sectionCount / 3)) || inTitle(lemma)) topics.add(lemma);
    if (where.size >= Math.max(3, Math.ceil((2 * sectionCount) / 3)) || inTitle(lemma)) core.add(lemma);
  }
  const topical = (lemma: string) => topics.has(lemma);
  // What the last few sentences of the section introduced (a paragraph break does not end a
  // reference: "an amount" … next paragraph … "The amounts are never large").
  let section = -1;
  let recent: Array<Set<string>> = [];
  for (const sentence of sentences) {
    sentence.topicLemmas = topics;
    sentence.coreTopicLemmas = core;
    const here = sectionOf.get(sentence.index) ?? -1;
    if (here !== section) {
      section = here;
      recent = [];
    }
    // (Looked up in the few sets themselves: a union per sentence would cost a copy each.)
    const window = recent.slice(-PRIOR_WINDOW);
    sentence.priorLemmas = { has: (lemma: string) => window.some((set) => set.has(lemma)) };
    const introduced = new Set<string>();
    // Things introduced as new ("a scar", "a link between …", "This method"), and verbs ("seems
    // to promise" → "The promise"): a later "the" + noun points back to them. A noun already
    // definite ("the evidence so far" … "The evidence is …") is no new referent.
    sentence.tokens.forEach((t, i) => {
      if (topical(t.lemma)) return;
      if (t.pos === "VERB") introduced.add(t.lemma);
      if (t.pos !== "NOUN") return;
      let j = i - 1;
      while (j >= 0 && (sentence.tokens[j]!.pos === "ADJ" || sentence.tokens[j]!.pos === "NOUN")) j--;
      if (/^(?:a|an|this|that|these|those|another|some|each|every)$/.test(sentence.tokens[j]?.lower ?? "")) introduced.add(t.lemma);
    });
    recent.push(introduced);
  }
}

/** How many sentences back a "the" + noun may point to something the text introduced. */
const PRIOR_WINDOW = 12;

/** Marks the tokens of organisation, country and place names (see TaggedSentence.impersonalNames). */
function markImpersonalNames(sentences: readonly TaggedSentence[], actors: readonly Actor[]): void {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const actor of actors) {
    if (actor.kind === "person" || actor.kind === "group") continue;
    for (const mention of actor.mentions) {
      const sentence = byIndex.get(mention.sentence);
      if (!sentence) continue;
      const marks = (sentence.impersonalNames as Set<number> | undefined) ?? new Set<number>();
      sentence.tokens.forEach((t, k) => {
        if (t.start >= mention.start && t.end <= mention.end) marks.add(k);
      });
      sentence.impersonalNames = marks;
    }
  }
}

/** How many sections back a connecting question may reach (a long essay stays linear in time). */
const EARLIER_WINDOW = 6;

export function analyseEssay(essay: Essay): EssayAnalysis {
  const tagged = essay.sections.map((section) => tagSection(essay, section));
  const allSentences = tagged.flat();
  const actors = findActors(allSentences);
  markImpersonalNames(allSentences, actors);
  const documentFrequency = new Map<string, number>();
  const sectionLemmas = tagged.map((sentences) => new Set(sentences.flatMap((s) => contentLemmas(s.tokens))));
  for (const lemmas of sectionLemmas) for (const lemma of lemmas) documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  const sectionCount = Math.max(essay.sections.length, 1);
  markPriorLemmas(tagged.flat(), essay, sectionCount);

  // Essay-wide phrases: the whole essay as one document.
  const keyPhrases = scoreKeyPhrases(allSentences, new Map(), 1);
  const sectionOf = new Map<number, string>();
  essay.sections.forEach((section) => section.sentences.forEach((s) => sectionOf.set(s.index, section.id)));
  // What each section mostly does, worked out once here: the topic of an essay that tells a story
  // may be the person it follows (essayTopic.ts).
  const sectionCues = tagged.map((sentences) => sentences.map((s) => findCues(s.tokens)));
  const sectionSignals = tagged.map((sentences, i) => genreSignals(sentences, sectionCues[i]!));
  const genres = sectionSignals.map(genreOf);
  const storied = genres.filter((g) => g === "narrates" || g === "reflects").length * 2 >= Math.max(genres.length, 1);
  // A plain-text review's header line under its title may be read as its first section's heading.
  const firstHeading = essay.sections[0]?.titleFromHeading ? essay.sections[0].title : undefined;
  const topic = essayTopic(essay.meta.title, keyPhrases, actors, sectionOf, allSentences, storied, firstHeading);

  const essayText = allSentences.map((s) => s.text).join("\n");
  // Each actor's mentions, bucketed by section in one pass (a long essay has thousands).
  const sectionIndexOf = new Map<number, number>();
  essay.sections.forEach((section, i) => section.sentences.forEach((s) => sectionIndexOf.set(s.index, i)));
  const actorsBySection = essay.sections.map(() => new Map<Actor, ActorMention[]>());
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const bucket = actorsBySection[sectionIndexOf.get(mention.sentence) ?? -1];
      if (!bucket) continue;
      const list = bucket.get(actor) ?? [];
      list.push(mention);
      bucket.set(actor, list);
    }
  }
  const sections = essay.sections.map((section, i): SectionAnalysis => {
    const sentences = tagged[i]!;
    // In the essay's order of actors (most mentioned first).
    const sectionActors = actors.flatMap((actor) => {
      const here = actorsBySection[i]!.get(actor);
      return here ? [{ actor, mentions: here.length, here }] : [];
    });
    const cues = sectionCues[i]!;
    const signals = sectionSignals[i]!;
    return {
      section,
      sentences,
      centrality: sentenceCentrality(sentences),
      cues,
      genre: genres[i]!,
      genreSignals: signals,
      keyPhrases: scoreKeyPhrases(sentences, documentFrequency, sectionCount),
      actors: sectionActors,
      lemmas: sectionLemmas[i]!,
      essayTopic: topic,
      earlier: [],
      essayText,
      essayTitle: essay.meta.title,
    };
  });
  sections.forEach((section, i) => (section.earlier = sections.slice(Math.max(0, i - EARLIER_WINDOW), i)));
  return { essay, sections, actors, keyPhrases, topic };
}
