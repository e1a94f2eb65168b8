// Perspective questions: how a named actor or group would answer a judgement the text makes
// about someone else, or how two actors with a stake would each see the section's key idea.
import { actorPhrase, canHoldView, hasStake } from "../analysis/actors.js";
import type { Actor } from "../analysis/actors.js";
import type { Genre } from "../analysis/genre.js";
import type { SectionActor } from "../analysis/analyseEssay.js";
import { isContested } from "./abstractNouns.js";
import { anchoredOn, quote } from "./candidate.js";
import type { Candidate, CandidateGenerator } from "./candidate.js";
import { focusPositions } from "./focus.js";
import { announcesOnly, claimness, mainClause } from "./spansNearCue.js";
import { claimProfile, isStoried, mainVerb } from "../analysis/claimProfile.js";
import { contentLemmas } from "../analysis/taggedSentence.js";

const JUDGING = new Set(["stance", "hedge", "booster", "obligation"]);

/**
 * Whether "How might <viewer> respond to the claim …" fits outside an argument: only a group
 * with a stake in the matter ("drivers"), and only of a claim about how things are, not a told
 * past fact (`toldFact`). In an argument any viewer the checks above let through fits.
 */
export function respondFits(genre: Genre, viewer: Actor, toldFact: boolean): boolean {
  if (genre === "argues") return true;
  return viewer.kind === "group" && hasStake(viewer) && !toldFact;
}

export const perspectiveQuestions: CandidateGenerator = (analysis) => {
  const out: Candidate[] = [];
  const focus = focusPositions(analysis);
  const viewers = analysis.actors
    .filter((a) => canHoldView(a.actor))
    .sort((a, b) => b.mentions - a.mentions || b.actor.agency - a.actor.agency || a.actor.name.localeCompare(b.actor.name));

  // Where each viewer is mentioned in this section, worked out once (actors' mentions span the
  // whole essay, so asking per sentence would be quadratic on a long one).
  const paragraphOf = new Map(analysis.section.sentences.map((t) => [t.index, t.paragraph]));
  const lemmasOf = new Map<number, string[]>();
  const byIndex = new Map(analysis.sentences.map((t) => [t.index, t]));
  const lemmas = (n: number) => {
    let found = lemmasOf.get(n);
    if (!found) lemmasOf.set(n, (found = contentLemmas(byIndex.get(n)?.tokens ?? [])));
    return found;
  };
  const mentionsHere = new Map(viewers.map((v) => [v, [...new Set(v.here.map((m) => m.sentence))]]));
  const lowerName = new Map(viewers.map((v) => [v, v.actor.name.toLowerCase()]));

  // Judgements in the section (a stance, a hedge, a "clearly"): a plain fact gives no one anything
  // to answer, and the author's account of themselves is theirs alone.
  const storied = isStoried(analysis.genre);
  analysis.sentences.forEach((sentence, i) => {
    if (!focus.has(i)) return;
    const span = mainClause(sentence);
    const profile = span ? claimProfile(sentence, span) : undefined;
    if (!span || !profile || span.vague || announcesOnly(sentence, span)) return;
    const claim = claimness(sentence, span, storied);
    if (claim < 0.5 || profile.firstPerson || profile.selfMention || profile.rule || profile.legal) return;
    if (!analysis.cues[i]!.some((c) => JUDGING.has(c.kind) && c.first >= span.firstToken && c.end <= span.endToken) && claim < 1) return;
    // (Outside an argument a "never" or an "always" describes: "Memory does not always last
    // forever" is a textbook fact no scientist would answer. A judging word is needed there.)
    if (analysis.genre !== "argues" && profile.judging < 1) return;
    // Someone other than whom the judgement is about: Jeffreys on Wegener, not Wegener on himself.
    const lower = span.text.toLowerCase();
    const mentioned = viewers.filter((v) => lower.includes(lowerName.get(v)!) || sharesWord(lower, v));
    // Someone of the same kind as whom the claim is about: another leader on a leader, another
    // country on a country; a country is no outside voice on its own leader.
    const kinds = new Set(mentioned.map((v) => v.actor.kind));
    // Nor whoever the claim comes from: someone named in this or the previous sentence ("Jarrett
    // Walker … puts it bluntly: …") is likely its source, not its critic.
    const nearby = new Set([sentence.index, sentence.index - 1]);
    // A group with a stake ("drivers", "residents") must be part of what this claim is about:
    // named in the same paragraph, or in a sentence sharing a word with the claim. Commentators
    // ("critics", "skeptics") may answer any judgement.
    const claimLemmas = new Set(contentLemmas(sentence.tokens.slice(span.firstToken, span.endToken)));
    const here = paragraphOf.get(sentence.index);
    const concerned = (v: SectionActor) =>
      v.actor.kind !== "group" ||
      !hasStake(v.actor) ||
      mentionsHere.get(v)!.some((n) => paragraphOf.get(n) === here || lemmas(n).some((l) => claimLemmas.has(l) && !lowerName.get(v)!.includes(l)));
    const candidates = viewers.filter((v) => !mentioned.includes(v) && !mentionsHere.get(v)!.some((n) => nearby.has(n)) && concerned(v));
    const viewer = candidates.find((v) => kinds.has(v.actor.kind)) ?? candidates.find((v) => v.actor.kind === "group") ?? (kinds.has("person") ? undefined : candidates[0]);
    if (!viewer) return;
    // (Round 7: outside an argument, only a group with a stake in what the claim is about —
    // "drivers" on kerb space. An explainer's or a story's named people are its characters, not
    // its critics — "How might Hamming respond to the claim that "double errors can at least be
    // detected"", "How might Auden respond …" to praise of Auden's own reading — and commentators
    // ("opponents") on a narrated fact have nothing to answer. Judges kept 2 of 7 outside an
    // argument, both a stakeholder group.)
    // (Nor of a told past fact there, "The machine could detect certain errors": a story's events
    // are not claims for its people to answer.)
    const verb = sentence.tokens[mainVerb(sentence.tokens, span.firstToken - 1, span.endToken)];
    if (!respondFits(analysis.genre, viewer.actor, profile.reported || /^(?:could|would|was|were|had|did)$/.test(verb?.lower ?? ""))) return;
    const about = viewers.some((v) => lower.includes(lowerName.get(v)!));
    out.push(
      anchoredOn(sentence, span, {
        text: `How might ${displayName(viewer)} respond to the claim that ${quote(span.text)}?`,
        type: "perspective",
        stem: "perspective.respond",
        cueStrength: about ? 1 : 0.7,
      }),
    );
  });

  // Two actors with a stake on opposite sides of a contested idea: two people, two countries, two groups.
  // Named ones only (people, countries, organisations): "drivers and eligible riders" is too vague a pairing.
  const stakeholders = viewers.filter((v) => hasStake(v.actor) && v.actor.kind !== "group");
  const pair = stakeholders.flatMap((a, i) => stakeholders.slice(i + 1).map((b) => [a, b] as const)).find(([a, b]) => a.actor.kind === b.actor.kind);
  // (Round 6: only where the text argues. In a history or a story two named people "each seeing"
  // an idea differently is invented — La Condamine and Godin on someone else's broken engagement,
  // Heezen and the painter Berann on plate tectonics — where in an argument the two sides are
  // the essay's matter.)
  if (pair && analysis.genre === "argues") {
    const near = new Set(pair.flatMap((p) => p.here.map((m) => m.sentence)));
    // The idea must come up where the actors do, so the question is about their stake in it.
    const idea = analysis.keyPhrases.find((k) => k.size >= 2 && !k.hasName && isContested(k.head) && k.occurrences.some((o) => near.has(o.sentence) && !o.truncated));
    if (idea) {
      const occurrence = idea.occurrences.find((o) => near.has(o.sentence) && !o.truncated)!;
      out.push({
        text: `How might ${displayName(pair[0])} and ${displayName(pair[1])} each see ${quote(occurrence.quoted)} differently?`,
        type: "perspective",
        stem: "perspective.pair",
        anchor: { sentence: occurrence.sentence, text: occurrence.quoted },
        quotes: [occurrence.quoted],
        cueStrength: 0.8,
        spanQuality: 0.8,
      });
    }
  }
  return out;
};

function sharesWord(lowerSpan: string, viewer: SectionActor): boolean {
  return viewer.actor.name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.length > 3 && lowerSpan.includes(word));
}

function displayName(viewer: SectionActor): string {
  return actorPhrase(viewer.actor);
}
