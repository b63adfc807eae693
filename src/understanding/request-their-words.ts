/**
 * An ask to have one's own words kept, said back, quoted, listed or summed up: "can u just type out what i
 * said, word for word", "sum up what ive said so far", "just list back what i told you", "quote me back to myself".
 * "write what i say" (present) is left out: in chat it asks for the words TO say ("what do i say"), which
 * `answer-words-asked.ts` answers with a script; two lanes read it two ways in round 13 and the script won.
 * It is a concrete ask (DESIGN's "tell me exactly … what X looks like") whose answer is the person's words,
 * not a step of ours: the request carries `wordsWanted: 'theirs'`.
 */
export const THEIR_WORDS =
  /\b(?:write|type|put|jot|note|keep|save)\s+(?:\w+\s+)?(?:down\s+|out\s+|back\s+)?(?:exactly\s+|just\s+)?what\s+i\s+(?:said|just\s+said|told\s+you|wrote|type|typed|tell\s+you)\b|\b(?:sum(?:\s+(?:it|that|this|everything))?\s+up|summ?ari[sz]e|recap|list|repeat|read|quote|say|give\s+me)\s+(?:back\s+)?(?:\w+\s+)?(?:what|everything)\s+(?:i'?ve|i\s+have|i|we'?ve|we\s+have|we)\s+(?:\w+\s+)?(?:said|say|told\s+you|talked\s+about|written|wrote|been\s+saying)\b|\bquote\s+me\b|\b(?:my|mine)\s+(?:own\s+|exact\s+)?words\s+back\b|\bsum\s+(?:it|that|this|everything)\s+up\b/i;
