/**
 * The language check every generated reply passes (session rule 7 and issue 17): no empty or
 * placeholder slot, no repeated word or phrase, a/an agreement, matched quotes, no stray
 * punctuation, and no value attributed that the person never put in words.
 * @example checkReply('Try a 8 minute timer.') // [{ kind: 'article', text: 'a 8' }]
 */
import { garbledClauses, nounQuestion } from './garbled-clauses.ts';
import { learnerGrammar } from './learner-grammar.ts';

export type LanguageDefectKind =
  | 'empty'
  | 'placeholder'
  | 'repeated-word'
  | 'repeated-phrase'
  | 'article'
  | 'quotes'
  | 'punctuation'
  | 'unfounded-value'
  | 'garbled-clause'
  | 'noun-question'
  | 'learner-grammar';

export type LanguageDefect = { kind: LanguageDefectKind; text: string };

// slot markers and stand-ins that mean a slot had no value
const PLACEHOLDER =
  /\{[^}]*\}|\bundefined\b|\bnull\b|\bNaN\b|\[object|\bthe task\b(?! (?:that|you|which|is|feels))|\bsomething that matters to you\b|\bXXX\b|\bTODO\b/i;
// a doubled word a careful writer might mean
const DOUBLES_ALLOWED = new Set(['that', 'had', 'very', 'no', 'bye', 'ha', 'so', 'really', 'tick', 'knock']);
const VOWEL_SOUND_EXCEPTIONS =
  /^(?:one|once|uni\w*|use\w*|usu\w*|user\w*|euro\w*|eu\w*|ewe|ufo|u\b|ubiq\w*|utens\w*|util\w*|uter\w*)/i;
const SILENT_H = /^(?:hour\w*|honest\w*|honou?r\w*|heir\w*)/i;
// letters said with a vowel sound ("an MP", "an SMS")
const INITIALISM = /^(?:[FHLMNRSX](?:[A-Z]|\b)|8|11\b|18\b|8\d)/;
const VALUE_CUES =
  /\b(?:matters? to you|you care about|you value|important to you|what you care about|means a lot to you)\b/i;
const STOP_WORDS = new Set(
  'a an the and or but so to of in on at for with about from by is are was were be been it this that these those you your yours i me my we our they them their he she his her its what which who how why when where there here not no do does did have has had can could will would should may might just really very more most some any all one two'.split(
    ' ',
  ),
);

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** Content words: the words that carry meaning, for overlap with what the person said. */
export function contentWords(text: string): Set<string> {
  return new Set(
    words(text)
      .map((word) => word.replace(/'s$/, ''))
      .filter((word) => word.length > 2 && !STOP_WORDS.has(word)),
  );
}

function articleDefects(text: string): LanguageDefect[] {
  const defects: LanguageDefect[] = [];
  for (const match of text.matchAll(/\b(a|an)\s+([A-Za-z0-9][\w-]*)/gi)) {
    const [whole, article, next] = match;
    const vowelSound =
      (/^[aeiou]/i.test(next) && !VOWEL_SOUND_EXCEPTIONS.test(next)) ||
      SILENT_H.test(next) ||
      INITIALISM.test(next);
    const wrong = article.toLowerCase() === 'a' ? vowelSound : !vowelSound;
    // "a" as a letter or list marker ("plan a", "(a)") is not an article
    if (wrong && !/^[A-Za-z]$/.test(next)) defects.push({ kind: 'article', text: whole });
  }
  return defects;
}

function repeatDefects(text: string): LanguageDefect[] {
  const defects: LanguageDefect[] = [];
  // only words with nothing but a space between: "one second. Second," is two sentences
  for (const match of text.matchAll(/\b([A-Za-z']+)\s+\1\b/gi))
    if (!DOUBLES_ALLOWED.has(match[1].toLowerCase())) defects.push({ kind: 'repeated-word', text: match[0] });
  const tokens = words(text);
  for (let size = 2; size <= 6; size++)
    for (let index = 0; index + 2 * size <= tokens.length; index++) {
      const first = tokens.slice(index, index + size).join(' ');
      // "read and read, and…": the "X and X" of something done over and over, then a joining "and"
      const overAndOver = size === 2 && tokens[index + 1] === 'and' && tokens[index] === tokens[index + 2];
      if (!overAndOver && first === tokens.slice(index + size, index + 2 * size).join(' '))
        defects.push({ kind: 'repeated-phrase', text: first });
    }
  // the same five words twice in one reply is a template stitched onto itself (one defect a reply)
  const seen = new Set<string>();
  for (let index = 0; index + 5 <= tokens.length; index++) {
    const gram = tokens.slice(index, index + 5).join(' ');
    if (seen.has(gram)) {
      defects.push({ kind: 'repeated-phrase', text: gram });
      break;
    }
    seen.add(gram);
  }
  return defects;
}

/**
 * Straight quotes pair in order: each odd one opens (after a space or the start, before a word),
 * each even one closes (after a word). A quote opened inside a cut clause and a quoted word later
 * make an even count that only this catches.
 */
function quotesPairByPosition(text: string): boolean {
  let open = false;
  for (const match of text.matchAll(/"/g)) {
    const index = match.index ?? 0;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    const opens = /[\s([:—-]/.test(before) && /\S/.test(after);
    const closes = /\S/.test(before) && !/[\w]/.test(after);
    if (!open && !opens) return false;
    if (open && !closes) return false;
    open = !open;
  }
  return !open;
}

function punctuationDefects(text: string): LanguageDefect[] {
  const defects: LanguageDefect[] = [];
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  // an odd count of straight quotes leaves one open, which quotesPairByPosition reports
  if (opening !== closing || !quotesPairByPosition(text))
    defects.push({ kind: 'quotes', text: 'unmatched quote' });
  // a single quote opened on a word and never closed ("the 'dugnad"), beside the contractions that
  // open on one ("'cause", "'em", "'til")
  const singleOpen = (text.match(/(?:^|[\s(])['‘](?!(?:cause|em|til|bout|round)\b)[A-Za-z]/g) ?? []).length;
  const singleClose = (text.match(/[A-Za-z.!?,]['’](?![A-Za-z])/g) ?? []).length;
  if (singleOpen > singleClose) defects.push({ kind: 'quotes', text: 'unmatched single quote' });
  // a single quote closed on a word with none opened, where no plural possessive can explain it ("you can tell brass
  // from copper' put that on your cv": their quote cut in half, read on fresh v32); "the kids' room" ends on an s
  else if (singleOpen === 0 && /[A-RT-Za-rt-z]['’](?=\s+[a-z])/.test(text))
    defects.push({ kind: 'quotes', text: 'unmatched single quote' });
  for (const match of text.matchAll(
    /\s[,.;:!?](?!\d)|[,;:][.!?]|(?<!\.)\.\.(?!\.)|[.!?]\s+[a-z]|\s{2,}|\(\s*\)/g,
  ))
    defects.push({ kind: 'punctuation', text: match[0] });
  return defects;
}

/**
 * Every defect in one reply. `personWords`: what the person has said so far in the session; a
 * value said back to them must share a content word with it.
 */
export function checkReply(text: string, options: { personWords?: string } = {}): LanguageDefect[] {
  if (!text.trim()) return [{ kind: 'empty', text: '' }];
  const defects: LanguageDefect[] = [];
  const placeholder = text.match(PLACEHOLDER);
  if (placeholder) defects.push({ kind: 'placeholder', text: placeholder[0] });
  defects.push(...repeatDefects(text), ...articleDefects(text), ...punctuationDefects(text));
  // a say-back garbled in the turning, and a question built on whatever noun came last (garbled-clauses.ts)
  defects.push(...garbledClauses(text));
  const noun = nounQuestion(text);
  if (noun) defects.push(noun);
  // a learner's grammar in a reply of ours was pasted from the person: our templates never write it
  const learner = learnerGrammar(text);
  if (learner) defects.push({ kind: 'learner-grammar', text: learner });
  if (options.personWords !== undefined) {
    const said = contentWords(options.personWords);
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (!VALUE_CUES.test(sentence)) continue;
      const content = [...contentWords(sentence)].filter(
        (word) => !contentWords('matters important care value means lot').has(word),
      );
      if (!content.some((word) => said.has(word))) defects.push({ kind: 'unfounded-value', text: sentence });
    }
  }
  return defects;
}

/** Share of the reply's content words found in what the person just wrote: 0 when none. */
export function sharesContentWord(reply: string, personTurn: string): boolean {
  const said = contentWords(personTurn);
  for (const word of contentWords(reply)) if (said.has(word)) return true;
  return false;
}
