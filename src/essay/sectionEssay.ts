// Groups an essay's paragraphs into sections: at the author's headings when there are any, otherwise
// where the topic turns (lexicalCohesion), within size bounds that scale with the essay. A paragraph is
// never split. Boundaries are chosen by dynamic programming over paragraphs with a bounded look-back,
// so the cost is linear in the number of paragraphs and the result is deterministic.
import { contentStems } from "./contentWords.js";
import { gapCohesion } from "./lexicalCohesion.js";

export interface SectionInput {
  text: string;
  /** The paragraph's topical stems (contentStems), when the caller has them already. */
  stems?: readonly string[];
  /** The heading printed just above this paragraph, if any: a section starts here. */
  headingAbove?: string;
  /** An author's separator ("* * *") stands just above this paragraph. */
  afterBreak?: boolean;
}

export interface SectionSpan {
  /** Paragraph indices, inclusive, 0-based. */
  first: number;
  last: number;
  /** The author's heading for this section. */
  heading?: string;
  /** When a long headed part was divided: which piece this is, and of how many. */
  part?: { number: number; of: number };
}

export interface SectionBounds {
  /** The length (characters) sections aim for. */
  target: number;
  /** Shorter sections are avoided unless a boundary is very strong. */
  minimum: number;
  /** Longer sections are not formed (a single longer paragraph is its own section). */
  maximum: number;
}

/**
 * What a boundary costs before its strength is counted: boundaries at gaps of average topic change
 * (strength 0) need a size gain to pay for themselves, strong ones (over 0.6 standard deviations) pay their way.
 */
const BOUNDARY_COST = 0.3;
/** Text before the first heading shorter than this (an epigraph, a dedication) opens the first headed section. */
const SHORT_PREAMBLE = 300;
/** Most paragraphs one section may hold, whatever their size. */
const MAX_PARAGRAPHS_PER_SECTION = 40;
/** Paragraphs opening with these words continue the paragraph before; a section rarely starts there. */
const CONTINUATION_OPENERS = /^["“‘(]?(and(?! yet\b)|or|so|moreover|furthermore|also|thus|therefore|hence|this|these|those|such|that|he|she|they|his|her|him|them|their|its|then|instead|indeed|nor)\b/i;

/** Sections aim at a sixth of the essay, between 700 and 2,400 characters (a one- to three-minute read). */
export function sectionBounds(totalCharacters: number): SectionBounds {
  const target = Math.min(2400, Math.max(700, totalCharacters / 6));
  return { target, minimum: target * 0.4, maximum: target * 2.5 };
}

export function sectionEssay(paragraphs: readonly SectionInput[], bounds = sectionBounds(totalLength(paragraphs))): SectionSpan[] {
  if (paragraphs.length === 0) return [];
  const headed = paragraphs.some((paragraph) => paragraph.headingAbove !== undefined);
  if (!headed) return cohesionSections(paragraphs, 0, paragraphs.length - 1, bounds).map(([first, last]) => ({ first, last }));

  const spans: SectionSpan[] = [];
  let start = 0;
  for (let index = 1; index <= paragraphs.length; index += 1) {
    if (index < paragraphs.length && paragraphs[index]?.headingAbove === undefined) continue;
    const heading = paragraphs[start]?.headingAbove;
    const pieces = totalLength(paragraphs.slice(start, index)) > bounds.maximum ? cohesionSections(paragraphs, start, index - 1, bounds) : [[start, index - 1] as const];
    pieces.forEach(([first, last], piece) => {
      spans.push({
        first,
        last,
        ...(heading !== undefined ? { heading } : {}),
        ...(pieces.length > 1 ? { part: { number: piece + 1, of: pieces.length } } : {}),
      });
    });
    start = index;
  }
  // An epigraph or a line of preamble before the first heading is too short to stand as a section.
  const [preamble, firstHeaded] = spans;
  if (preamble && firstHeaded && preamble.heading === undefined && firstHeaded.part === undefined && totalLength(paragraphs.slice(preamble.first, preamble.last + 1)) < SHORT_PREAMBLE) {
    spans.splice(0, 2, { ...firstHeaded, first: preamble.first });
  }
  return spans;
}

function totalLength(paragraphs: readonly SectionInput[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
}

/** Splits paragraphs first..last (inclusive) into sections; returns [first, last] pairs. */
function cohesionSections(paragraphs: readonly SectionInput[], first: number, last: number, bounds: SectionBounds): (readonly [number, number])[] {
  const slice = paragraphs.slice(first, last + 1);
  const count = slice.length;
  if (count === 1) return [[first, last]];
  const strength = boundaryStrengths(slice);
  const lengths = slice.map((paragraph) => paragraph.text.length);
  const whole = lengths.reduce((sum, length) => sum + length, 0);

  // best[j]: lowest cost of sectioning paragraphs 0..j-1; from[j]: where its last section starts.
  const best = new Array<number>(count + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(count + 1).fill(0);
  best[0] = 0;
  for (let end = 1; end <= count; end += 1) {
    let size = 0;
    for (let start = end - 1; start >= 0 && end - start <= MAX_PARAGRAPHS_PER_SECTION; start -= 1) {
      size += (lengths[start] ?? 0) + (end - 1 > start ? 2 : 0);
      if (size > bounds.maximum && end - start > 1) break;
      const cost = (best[start] ?? 0) + sizeCost(size, bounds, whole) + (start > 0 ? BOUNDARY_COST - (strength[start - 1] ?? 0) / 2 : 0);
      if (cost < (best[end] ?? Number.POSITIVE_INFINITY)) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }

  const spans: [number, number][] = [];
  for (let end = count; end > 0; end = from[end] ?? 0) spans.unshift([first + (from[end] ?? 0), first + end - 1]);
  return spans;
}

/** How good each gap is as a section boundary, in standard deviations of topic change, plus cues. */
function boundaryStrengths(paragraphs: readonly SectionInput[]): number[] {
  const { similarity, depth } = gapCohesion(
    paragraphs.map((paragraph) => paragraph.stems ?? contentStems(paragraph.text)),
    paragraphs.map((paragraph) => paragraph.text.length),
  );
  const depthScore = standardScores(depth);
  const dissimilarity = standardScores(similarity.map((value) => -value));
  const strengths = depth.map((_value, gap) => {
    const next = paragraphs[gap + 1];
    let strength = ((depthScore[gap] ?? 0) + (dissimilarity[gap] ?? 0)) / 2;
    if (next?.afterBreak) strength += 3;
    if (next && CONTINUATION_OPENERS.test(next.text)) strength -= 0.75;
    return strength;
  });
  return strengths;
}

function standardScores(values: readonly number[]): number[] {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const spread = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length));
  return values.map((value) => (value - mean) / Math.max(spread, 0.02));
}

/**
 * Twice the squared relative distance from the target length, plus a steep extra cost below the minimum
 * (unless the whole text is that short).
 */
function sizeCost(size: number, bounds: SectionBounds, whole: number): number {
  const distance = (size - bounds.target) / bounds.target;
  const tooShort = size < bounds.minimum && size < whole ? 2 * (1 - size / bounds.minimum) : 0;
  return 2 * (distance * distance + tooShort);
}
