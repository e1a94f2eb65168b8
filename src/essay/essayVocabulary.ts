// What the whole essay says about its words, for sectioning and titling: each paragraph's topical stems
// (read once, then shared by lexical cohesion, section vocabularies and title choice), how often each stem
// occurs in each section and in how many sections, and which words the essay writes as names (capitalised
// mid-sentence), so titles and headings keep them capitalised.
import { forEachWord, wordInfo } from "./contentWords.js";

export interface EssayVocabulary {
  sectionCount: number;
  /** Stem → number of sections using it. */
  sectionFrequency: ReadonlyMap<string, number>;
  /** Per section: stem → how often it occurs there. */
  sectionTerms: readonly ReadonlyMap<string, number>[];
  /** Lower-cased words that the essay writes capitalised mid-sentence (names), with that spelling. */
  properSpelling: ReadonlyMap<string, string>;
}

/** The topical stems of one paragraph, in order, and where each word starts in its text. */
export interface ParagraphWords {
  stems: string[];
  starts: number[];
}

/** Capitalised and lower-case uses of words across an essay, filled while its paragraphs are read. */
export interface NameTally {
  capitalised: Map<string, number>;
  lowerCase: Map<string, number>;
  spelling: Map<string, string>;
}

export function newNameTally(): NameTally {
  return { capitalised: new Map(), lowerCase: new Map(), spelling: new Map() };
}

/** Reads a paragraph's words once: its topical stems, and its capitalised words into `names`. */
export function readParagraphWords(text: string, names: NameTally): ParagraphWords {
  const stems: string[] = [];
  const starts: number[] = [];
  forEachWord(text, (start, end) => {
    const token = text.slice(start, end);
    const info = wordInfo(token);
    if (info.topical) {
      stems.push(info.stem);
      starts.push(start);
    }
    const initial = token.charCodeAt(0);
    const upper = initial < 128 ? initial >= 65 && initial <= 90 : token.charAt(0) !== token.charAt(0).toLowerCase();
    if (upper) {
      if (!startsSentence(text, start)) {
        names.capitalised.set(info.word, (names.capitalised.get(info.word) ?? 0) + 1);
        names.spelling.set(info.word, token.replace(/['’]s$/u, ""));
      }
    } else if (initial < 128 ? initial >= 97 && initial <= 122 : token.charAt(0) !== token.charAt(0).toUpperCase()) {
      names.lowerCase.set(info.word, (names.lowerCase.get(info.word) ?? 0) + 1);
    }
  });
  return { stems, starts };
}

/** The vocabulary of sections made of the given paragraph ranges (inclusive). */
export function vocabularyOf(paragraphs: readonly ParagraphWords[], sections: readonly { first: number; last: number }[], names: NameTally): EssayVocabulary {
  const sectionFrequency = new Map<string, number>();
  const sectionTerms = sections.map(({ first, last }) => {
    const terms = new Map<string, number>();
    for (let index = first; index <= last; index += 1) for (const stem of paragraphs[index]?.stems ?? []) terms.set(stem, (terms.get(stem) ?? 0) + 1);
    for (const term of terms.keys()) sectionFrequency.set(term, (sectionFrequency.get(term) ?? 0) + 1);
    return terms;
  });
  const properSpelling = new Map<string, string>();
  for (const [word, count] of names.capitalised) if (count > (names.lowerCase.get(word) ?? 0)) properSpelling.set(word, names.spelling.get(word) ?? word);
  return { sectionCount: sections.length, sectionFrequency, sectionTerms, properSpelling };
}

/** The vocabulary of sections given as whole texts (one paragraph each). */
export function essayVocabulary(sectionTexts: readonly string[]): EssayVocabulary {
  const names = newNameTally();
  const paragraphs = sectionTexts.map((text) => readParagraphWords(text, names));
  return vocabularyOf(paragraphs, paragraphs.map((_paragraph, index) => ({ first: index, last: index })), names);
}

/** The word at `index` opens a sentence, a quotation or a line, so its capital says nothing. */
function startsSentence(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before -= 1;
  return before < 0 || ".!?…:\"“\n•".includes(text.charAt(before));
}
