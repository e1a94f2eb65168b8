// The one model of an essay that everything in Colloquy reads from: the preview CLI,
// the question generator, the Discord commands and the daily prompts.
// Plain data (JSON-serialisable), no behaviour, no discord.js.

/** Where an essay came from and what it is called. */
export interface EssayMeta {
  /** Title from front matter, else the first heading, else a title-like first line, else the file name. */
  title: string;
  author?: string;
  source?: string;
  date?: string;
  /** Path of the file it was loaded from (relative to the seeds folder when loaded from there). */
  file: string;
}

/** One of the author's paragraphs after repair (line wraps joined, hyphenation undone). */
export interface Paragraph {
  /** 0-based position in the essay. */
  index: number;
  text: string;
  /** Heading this paragraph sits under, if the essay has headings. */
  heading?: string;
}

/** A sentence, located exactly inside its paragraph's text. */
export interface Sentence {
  /** 0-based position in the essay. */
  index: number;
  /** 0-based paragraph index. */
  paragraph: number;
  /** Character offsets into that paragraph's text: text === paragraph.text.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

/** A run of whole consecutive sentences of one section, sized to read well in a Discord embed. */
export interface Excerpt {
  /** Stable id, unique within the essay. */
  id: string;
  sectionId: string;
  text: string;
  /** First and last sentence index (inclusive, essay-wide). */
  sentences: [first: number, last: number];
  /** First and last paragraph index (inclusive, 0-based). */
  paragraphs: [first: number, last: number];
}

/** A run of consecutive paragraphs on one topic. */
export interface Section {
  /** Stable id (deterministic for the same essay text), short enough for Discord custom ids. */
  id: string;
  /** 1-based. */
  number: number;
  /** The author's heading when there is one, else a short title drawn from key phrases. */
  title: string;
  /** True when the title is the author's heading. */
  titleFromHeading: boolean;
  /** First and last paragraph index (inclusive, 0-based). */
  paragraphs: [first: number, last: number];
  sentences: Sentence[];
  excerpts: Excerpt[];
}

export interface Essay {
  /** Stable slug from the file name, unique within a seeds folder. */
  id: string;
  meta: EssayMeta;
  /** sha256 of the repaired text: changes exactly when the reading changes. */
  contentHash: string;
  paragraphs: Paragraph[];
  sections: Section[];
}

/** A file the loader could not turn into an essay: which file, and one polite sentence saying what to fix. */
export interface LoadProblem {
  file: string;
  message: string;
}
