/**
 * The rater's instructions, written beside the blind file. The rater reads nothing else. `paired`
 * (scripts/judge-paired.ts) has three or four candidates an excerpt and `lines` ratings in all.
 */
export function raterInstructions(count: number, paired?: { lines: number }): string {
  const candidates = paired
    ? 'three or four candidate next replies from the supporter, labelled A, B, C (and D). The'
    : 'three candidate next replies from the supporter, labelled A, B and C. The';
  const lines = paired ? paired.lines : count * 3;
  return `# Rating instructions

\`blind.jsonl\` holds ${count} excerpts of text chats between a person who is struggling (the
*seeker*) and a *supporter*. Each line has the conversation so far (\`context\`, ending with the
seeker's turn) and ${candidates}
candidates come from different sources, in a random order that changes from excerpt to excerpt.

Read the context, then rate **each** candidate on its own, 1 (very poor) to 5 (excellent):

| dimension | the question |
| --- | --- |
| fit | Does it respond to what the seeker just said (not a generic line)? |
| accuracy | Is everything it says or assumes about the seeker true to what they wrote (nothing invented)? |
| help | Would it help this person move forward or feel understood? |
| warmth | Does it sound caring and respectful, without being gushing or preachy? |
| natural | Does it read like a fluent, well-formed message a person would write (no garbled or odd phrasing)? |
| overall | Taking everything together, how good a reply is it at this point? |

Use the whole scale. Rate each candidate against the conversation, not against the others.

Write \`ratings.jsonl\` in this folder, one line per candidate (${lines} lines):

\`\`\`json
{"id": "<excerpt id>", "label": "A", "fit": 4, "accuracy": 5, "help": 3, "warmth": 4, "natural": 5, "overall": 4, "note": "one short sentence on why"}
\`\`\`

When every line is written, create an empty file \`DONE\` in this folder.
`;
}
