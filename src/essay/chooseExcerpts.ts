// Cuts a section into excerpts that read well in a Discord embed: runs of whole consecutive sentences,
// ideally 300–1,200 characters, never over 4,096. A paragraph that fits is one excerpt; a longer one is
// cut at sentence ends into pieces of even length; a short one joins its neighbour within the section.
// A single sentence longer than 4,096 characters cannot be shown whole, so no excerpt includes it.
import type { Excerpt, Sentence } from "./types.js";

export const EXCERPT_LIMITS = { ideal: { minimum: 300, maximum: 1200 }, hardMaximum: 4096 } as const;

/** Between two paragraphs inside one excerpt. */
export const PARAGRAPH_JOINT = "\n\n";

interface Piece {
  paragraph: number;
  /** Positions in the section's sentence list, inclusive. */
  first: number;
  last: number;
  length: number;
}

/** `paragraphText(index)` returns the text of the essay's paragraph with that index. */
export function chooseExcerpts(sectionId: string, sentences: readonly Sentence[], paragraphText: (index: number) => string): Excerpt[] {
  const pieces: Piece[] = [];
  for (const run of runsWithinParagraphs(sentences)) pieces.push(...cutEvenly(run, sentences));

  const merged: Piece[][] = [];
  for (const piece of pieces) {
    const current = merged[merged.length - 1];
    const currentLength = current ? excerptLength(current) : 0;
    const follows = current !== undefined && (current[current.length - 1]?.last ?? -2) + 1 === piece.first;
    const short = currentLength < EXCERPT_LIMITS.ideal.minimum || piece.length < EXCERPT_LIMITS.ideal.minimum;
    if (current && follows && short && currentLength + PARAGRAPH_JOINT.length + piece.length <= EXCERPT_LIMITS.ideal.maximum) current.push(piece);
    else merged.push([piece]);
  }

  return merged.map((group, index) => {
    const firstSentence = sentences[group[0]?.first ?? 0];
    const lastSentence = sentences[group[group.length - 1]?.last ?? 0];
    return {
      id: `${sectionId}.${index + 1}`,
      sectionId,
      text: paragraphSlices(group, sentences, paragraphText).join(PARAGRAPH_JOINT),
      sentences: [firstSentence?.index ?? 0, lastSentence?.index ?? 0],
      paragraphs: [firstSentence?.paragraph ?? 0, lastSentence?.paragraph ?? 0],
    };
  });
}

/** Consecutive sentences of one paragraph, broken around any sentence too long to show. */
function* runsWithinParagraphs(sentences: readonly Sentence[]): Generator<{ first: number; last: number }> {
  let start = -1;
  for (let position = 0; position <= sentences.length; position += 1) {
    const sentence = sentences[position];
    const usable = sentence !== undefined && sentence.text.length <= EXCERPT_LIMITS.hardMaximum;
    const sameParagraph = usable && start >= 0 && sentences[start]?.paragraph === sentence.paragraph;
    if (start >= 0 && !sameParagraph) {
      yield { first: start, last: position - 1 };
      start = -1;
    }
    if (usable && start < 0) start = position;
  }
}

/** Cuts a run into the fewest pieces of at most 1,200 characters, as even in length as sentence ends allow. */
function cutEvenly(run: { first: number; last: number }, sentences: readonly Sentence[]): Piece[] {
  const span = (first: number, last: number) => (sentences[last]?.end ?? 0) - (sentences[first]?.start ?? 0);
  const paragraph = sentences[run.first]?.paragraph ?? 0;
  const whole = span(run.first, run.last);
  if (whole <= EXCERPT_LIMITS.ideal.maximum) return [{ paragraph, first: run.first, last: run.last, length: whole }];

  const target = whole / Math.ceil(whole / EXCERPT_LIMITS.ideal.maximum);
  const count = run.last - run.first + 1;
  // cost[k]: best cost of cutting the first k sentences of the run; from[k]: start of its last piece.
  const cost = new Array<number>(count + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(count + 1).fill(0);
  cost[0] = 0;
  for (let end = 1; end <= count; end += 1) {
    for (let start = end - 1; start >= 0; start -= 1) {
      const length = span(run.first + start, run.first + end - 1);
      if (length > EXCERPT_LIMITS.ideal.maximum && end - start > 1) break;
      const candidate = (cost[start] ?? 0) + 1 + ((length - target) / target) ** 2;
      if (candidate < (cost[end] ?? Number.POSITIVE_INFINITY)) {
        cost[end] = candidate;
        from[end] = start;
      }
    }
  }
  const pieces: Piece[] = [];
  for (let end = count; end > 0; end = from[end] ?? 0) {
    const first = run.first + (from[end] ?? 0);
    const last = run.first + end - 1;
    pieces.unshift({ paragraph, first, last, length: span(first, last) });
  }
  return pieces;
}

function excerptLength(group: readonly Piece[]): number {
  return group.reduce((sum, piece) => sum + piece.length, 0) + PARAGRAPH_JOINT.length * (group.length - 1);
}

/** The excerpt's text from each paragraph it touches, exactly as written there. */
function paragraphSlices(group: readonly Piece[], sentences: readonly Sentence[], paragraphText: (index: number) => string): string[] {
  const slices: string[] = [];
  for (let index = 0; index < group.length; index += 1) {
    const piece = group[index];
    if (!piece) continue;
    let last = piece;
    while (group[index + 1]?.paragraph === piece.paragraph) last = group[++index] ?? last;
    slices.push(paragraphText(piece.paragraph).slice(sentences[piece.first]?.start ?? 0, sentences[last.last]?.end ?? 0));
  }
  return slices;
}
