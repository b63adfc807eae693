/**
 * Final arrangements told as errands, with no word of death: letters to family far away, a late spouse's things
 * given away, papers taken to the lawyer, and then "everything is in order now", "a relief to have it done" (the
 * lead's class from a fresh conversation set, round 15: an older person across several turns, the check-in
 * wanted). Each errand alone is ordinary grief or housekeeping, so this reads only when the turn says its affairs
 * are settled and at least two kinds of errand are told in this turn or the person's recent turns, with no move,
 * trip or care home to explain them. 'possible': the person is asked, and the answer settles it.
 */
import type { ReaderContext, Reading } from './reader.ts';

const SETTLED =
  /\b(?:(?:everything|all|it all|all my affairs|my affairs)(?:'s| is| are)? (?:now |all |finally )*(?:in order|sorted out|settled|taken care of|in place)\b(?! for)|(?:a |such a |what a )?relief to have (?:it|that|this|everything|them) (?:all )?(?:done|sorted|settled|finished|in order))/g;

const ERRANDS: readonly RegExp[] = [
  // things given away
  /\b(?:gave|given|giving|give) (?:away )?(?:all |most )?(?:of )?(?:my|his|her|their|our|[a-z]+'s) (?:late \w+'s )?(?:\w+ )?(?:things|clothes|stuff|books|tools|belongings|records|jewell?e?ry|watch|coats?)\b|\b(?:gave|given|giving) (?:it|them|everything|things) away\b/,
  // papers, a will, the lawyer
  /\b(?:lawyer|solicitor|notary|my will|the will|power of attorney|(?:sorted|signed|updated|finished|filed) (?:out )?(?:the |my |all (?:the |my )?)?(?:papers|paperwork|documents|will|insurance|accounts))\b/,
  // letters or words to family, goodbyes
  /\b(?:wrote|written|writing|write|rang|called|phoned) (?:a )?(?:long )?(?:letters? |cards? )?(?:to )?(?:my |our |all (?:my |the )?)?(?:family|sister|brother|sons?|daughters?|children|kids|cousins?|nephews?|nieces?|grandchildren|grandkids|everyone|relatives)\b|\bletters? (?:for|to) (?:my |the )?(?:family|kids|children|everyone|grandchildren)\b|\bsaid (?:my )?goodbyes?\b/,
];

// a move, a trip, a care home or a wedding explains the errands
const ORDINARY_REASON =
  /\b(?:mov(?:e|ed|ing)(?! on)|emigrat\w*|relocat\w*|downsiz\w*|new (?:flat|house|place|home)|care home|nursing home|retirement (?:home|village|flat)|holiday|trip|flight|wedding|visa|mortgage|tax return|probate for)\b/;

export function readAffairsSettled(context: ReaderContext): Reading[] {
  const folded = context.prepared.folded;
  // only a turn that says its affairs are settled can read, so only such a turn looks back at the errands:
  // the earlier turns are read on ~1 turn in 100, not every turn (a memo by text can then hit, understand-memo.ts)
  const settled = [...folded.matchAll(SETTLED)];
  if (settled.length === 0) return [];
  const told = `${context.earlier} ${folded}`;
  const kinds = ERRANDS.filter((errand) => errand.test(told)).length;
  if (kinds < 2 || ORDINARY_REASON.test(told)) return [];
  return settled.map(
    (match): Reading => ({
      observation: {
        kind: 'risk',
        type: 'suicide',
        level: 'possible',
        span: [match.index, match.index + match[0].length],
      },
      confidence: 0.6,
    }),
  );
}
