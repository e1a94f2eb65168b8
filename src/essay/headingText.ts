// How the author's titles and headings read in Colloquy. Sections are numbered already, so a heading's own
// numbering goes ("2. Rules Written for Plenty" → "Rules Written for Plenty"); capitals that shout are brought
// down ("II. THE ARGUMENT" → "The argument", "THE CASE FOR BOREDOM" → "The Case for Boredom"), keeping
// names and acronyms as the essay writes them. Anything else stays exactly as the author wrote it.

/** How the essay writes a word elsewhere ("nato" → "NATO", "mississippi" → "Mississippi"), if it is a name. */
export type Spelling = (lowerCaseWord: string) => string | undefined;

/** Words that stay lower case inside a title (articles, conjunctions, short prepositions). */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "on", "in", "to", "at", "by", "as", "up", "via", "per", "vs", "from", "into", "with", "over"]);
/** "1.", "2.3", "II.", "A.", "(4)", "§ 5", "1 " before a capital: a heading's own numbering. */
const ENUMERATOR = /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Z])[.)]\s+|\(\d{1,2}\)\s+|§\s*\d{1,3}\.?\s+|\d{1,2}(?:\.\d{1,2})*\s+(?=\p{Lu}))/u;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** "II", "XIV": part numbers stay in capitals ("Part II"); a lone "I" is the pronoun, capital anyway. */
const ROMAN_NUMERAL = /^(?=[IVXLC]{2,}\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$/;

/** All in capitals (at least two capital letters, no lower-case letter). */
export function isShouted(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The essay's title: shouted titles in title case, others as written. */
export function titleCase(text: string, spelling: Spelling = () => undefined): string {
  const title = text.trim().replace(/\s+/g, " ");
  if (!isShouted(title)) return title;
  const words = [...title.matchAll(WORD)];
  let previousEnd = 0;
  return title.replace(WORD, (word, offset: number) => {
    const position = words.findIndex((match) => match.index === offset);
    const afterColon = /[:—–]\s*$/u.test(title.slice(previousEnd, offset)) || position === 0;
    previousEnd = offset + word.length;
    const lower = word.toLowerCase();
    const known = spelling(lower.replace(/\.$/, ""));
    if (known !== undefined) return word.endsWith(".") && !known.endsWith(".") ? `${known}.` : known;
    if (ROMAN_NUMERAL.test(word)) return word;
    if (!afterColon && position !== words.length - 1 && TITLE_SMALL_WORDS.has(lower)) return lower;
    return lower.replace(/(^|-)(\p{Ll})/gu, (_match, dash: string, letter: string) => dash + letter.toUpperCase());
  });
}

/** "2. Rules Written for Plenty", "II. THE ARGUMENT": a heading that numbers itself, so a section's, never the essay's title. */
export function isNumberedLine(line: string): boolean {
  return ENUMERATOR.test(line.trim()) && /\p{L}/u.test(line.trim().replace(ENUMERATOR, ""));
}

/** A section heading as a title: its numbering dropped, shouted capitals in sentence case. */
export function headingText(heading: string, spelling: Spelling = () => undefined): string {
  const trimmed = heading.trim().replace(/\s+/g, " ").replace(/\s*[:.]$/, "");
  const unnumbered = trimmed.replace(ENUMERATOR, "").trim();
  const text = /\p{L}/u.test(unnumbered) ? unnumbered : trimmed;
  if (!isShouted(text)) return text;
  let first = true;
  return text.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const known = spelling(lower.replace(/\.$/, ""));
    const cased =
      known !== undefined ? (word.endsWith(".") && !known.endsWith(".") ? `${known}.` : known) : ROMAN_NUMERAL.test(word) ? word : first ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    first = false;
    return cased;
  });
}

const NUMBERING_WORDS = /^(part|chapter|section|book|act|canto|lecture|letter|day|session|no\.?|number|[ivxlc]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)$/i;

/** "Part Two", "Chapter 3", "II": a heading that numbers a part without saying what it is about. */
export function isBareNumbering(heading: string): boolean {
  const words = heading.replace(/[.:]/g, " ").trim().split(/\s+/);
  return words.length <= 3 && words.every((word) => NUMBERING_WORDS.test(word));
}
