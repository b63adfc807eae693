/**
 * A statement's chat spellings that the word normaliser leaves alone because they are words too
 * ("its", "ill", "id", "hes", "shes"): where what follows shows the contraction ("its my title now",
 * "ill be thinking about it all day", "id rather not"), the clause to say back gets its apostrophe
 * (issue 17, round 17). Said back without it, the say-back gate refused the clause as chat spelling
 * ("Its your title now"), so the whole reply was a stock question. The possessive ("its roof", "the
 * dog hurt its leg") and the adjective ("ill for weeks") are left as they are.
 */

// what follows "its" only when it is "it is" / "it has": an article, a negation, an adverb, a verb's
// "-ing" or "been", an adjective of how it is
const ITS = String.raw`\b(?:its)(?=\s+(?:a|an|the|not|just|so|been|like|all|too|my|your|his|her|our|their|only|going|gonna|always|never|ok|okay|fine|hard|because|really|still|over|late|worse|better|easier|harder|true|weird|different|nothing|everything|getting|starting|(?!(?:thing|king|ring|wing|string|ceiling|building|morning|evening|feeling|spring|ending|opening|meaning|wedding|funding|clothing|housing|training|setting|ranking|rating|timing|heating|parking|pricing|wording|booking)\b)\w+ing)\b)`;
// "ill"/"id" as "I'll"/"I'd" only before a verb or adverb that follows a helper
const ILL = String.raw`\b(?:ill)(?=\s+(?:be|have|do|go|get|try|see|just|never|probably|still|always|need|call|text|tell|make|ask|look|wait|keep|end|lose|miss|feel|find|start|stop|think)\b)`;
const ID = String.raw`\b(?:id)(?=\s+(?:rather|be|have|like|love|never|just|probably|need|say|hate|prefer|want)\b)`;
// "hes"/"shes" before what follows a subject and its "is"/"has"
const HES = String.raw`\b(?:hes|shes)(?=\s+(?:a|an|the|not|just|so|been|always|never|still|really|got|going|gonna|too|my|in|at|on|(?!(?:thing|king|ring|wing|string|morning|evening|feeling)\b)\w+ing)\b)`;

const MENDS: [RegExp, (word: string) => string][] = [
  [new RegExp(ITS, 'gi'), (word) => `${word.slice(0, 2)}'s`],
  [new RegExp(ILL, 'gi'), () => "I'll"],
  [new RegExp(ID, 'gi'), () => "I'd"],
  [new RegExp(HES, 'gi'), (word) => `${word.slice(0, -1)}'s`],
];

/** The clause with its ambiguous chat contractions given their apostrophes where sure; else unchanged. */
export function withContractions(text: string): string {
  let mended = text;
  for (const [pattern, mend] of MENDS) mended = mended.replace(pattern, mend);
  return mended;
}
