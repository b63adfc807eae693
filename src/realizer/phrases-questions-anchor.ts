/**
 * Questions about the exact thing the turn gave (policy/listen-anchor.ts, understanding/content-anchor*.ts),
 * split from phrases-questions.ts to keep it to one screenful of phrasing per concern.
 */
import type { ContentAnchor } from '../spec/move.ts';
import { voiceQuestions } from './phrases-hinge.ts';

/**
 * The exact thing the turn gave, asked about in plain words (policy/listen-anchor.ts): the human
 * references asked "What's stopping you telling her?", "What did the email actually say?".
 */
export function anchorQuestions(anchor: ContentAnchor): string[] {
  const words = anchor.words.trim();
  if (!words) return [];
  // (just after a say-back of the same words, the question leans on it: "…What's making you hold off?")
  const echoed = anchor.echoed === true;
  switch (anchor.anchor) {
    case 'holding-off':
      // (the reason already told: what would make it possible, not what stops them)
      if (anchor.reasoned)
        return echoed
          ? [
              'What would make it feel a bit more possible?',
              'What would need to change for it to feel doable?',
            ]
          : [
              `What would make ${words} feel a bit more possible?`,
              `What would need to change for ${words} to feel doable?`,
            ];
      if (echoed)
        return anchor.cannot
          ? ['What makes it so hard, do you think?', 'What gets in the way, do you think?']
          : ["What's making you hold off, do you think?", "What's stopping you, do you think?"];
      return anchor.cannot
        ? [`What makes ${words} feel so hard?`, `What gets in the way of ${words}, do you think?`]
        : [`What's making you hold off on ${words}?`, `What's stopping you ${words}, do you think?`];
    case 'message':
      return echoed
        ? ['What did it actually say?', "What was in it, if you don't mind me asking?"]
        : [`What did ${words} actually say?`, `What was in ${words}, if you don't mind me asking?`];
    case 'gone-quiet':
      return [
        `If ${anchor.who} did get in touch, what would you want to say to ${words}?`,
        `What would you want to say to ${words}, if you could?`,
      ];
    case 'day-ahead':
      return [`How are you feeling about ${words}?`, `What's ${words} looking like, for you?`];
    // (how long, and a night hour: what it has been like, not the number said back as a fact)
    case 'length-of-time':
      return echoed
        ? ['What has that time been like for you?', 'How has that time been, for you?']
        : [`What have those ${words} been like for you?`, `What have those ${words} been like?`];
    case 'hour':
      return [`What's ${words} like for you?`, `What goes through your head at ${words}?`];
    // (someone's words: what it is like to hear them, from that person; "him" after a say-back named them)
    case 'voice':
      return voiceQuestions(words, echoed);
    // (the thing a short line names, asked about plainly: the human replies named it and asked)
    case 'phrase':
      return echoed ? [] : [`What's the story with ${words}?`, `Tell me a bit about ${words}.`];
  }
}
