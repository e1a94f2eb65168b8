// Runs every analysis step over an essay once: tags each sentence, finds the essay's actors,
// and for each section its key phrases, cues and sentence centrality. Everything the candidate
// generators need, computed in one pass so generation stays fast.
import type { Essay, Section } from "../../essay/types.js";
import { findActors } from "./actors.js";
import type { Actor } from "./actors.js";
import { sentenceCentrality } from "./centrality.js";
import { findCues } from "./cues.js";
import { essayTopic } from "./essayTopic.js";
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
}

export interface SectionAnalysis {
  section: Section;
  sentences: TaggedSentence[];
  /** Parallel to sentences. */
  centrality: number[];
  cues: Cue[][];
  keyPhrases: KeyPhrase[];
  actors: SectionActor[];
  /** Content lemmas of the whole section (for relevance checks). */
  lemmas: Set<string>;
  /** The essay's topic phrase (see essayTopic), for questions tying the section to the whole. */
  essayTopic: KeyPhrase | undefined;
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

export function analyseEssay(essay: Essay): EssayAnalysis {
  const tagged = essay.sections.map((section) => tagSection(essay, section));
  const allSentences = tagged.flat();
  const actors = findActors(allSentences);
  const documentFrequency = new Map<string, number>();
  const sectionLemmas = tagged.map((sentences) => new Set(sentences.flatMap((s) => contentLemmas(s.tokens))));
  for (const lemmas of sectionLemmas) for (const lemma of lemmas) documentFrequency.set(lemma, (documentFrequency.get(lemma) ?? 0) + 1);
  const sectionCount = Math.max(essay.sections.length, 1);

  // Essay-wide phrases: the whole essay as one document.
  const keyPhrases = scoreKeyPhrases(allSentences, new Map(), 1);
  const sectionOf = new Map<number, string>();
  essay.sections.forEach((section) => section.sentences.forEach((s) => sectionOf.set(s.index, section.id)));
  const topic = essayTopic(essay.meta.title, keyPhrases, actors, sectionOf);

  const sections = essay.sections.map((section, i): SectionAnalysis => {
    const sentences = tagged[i]!;
    const indices = new Set(sentences.map((s) => s.index));
    const sectionActors = actors
      .map((actor) => ({ actor, mentions: actor.mentions.filter((m) => indices.has(m.sentence)).length }))
      .filter((a) => a.mentions > 0);
    return {
      section,
      sentences,
      centrality: sentenceCentrality(sentences),
      cues: sentences.map((s) => findCues(s.tokens)),
      keyPhrases: scoreKeyPhrases(sentences, documentFrequency, sectionCount),
      actors: sectionActors,
      lemmas: sectionLemmas[i]!,
      essayTopic: topic,
    };
  });
  return { essay, sections, actors, keyPhrases, topic };
}
