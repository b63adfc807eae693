/**
 * Phrases for what the person just did to the conversation: asked a direct question (answered
 * plainly where an honest answer exists, else taken up as a question in their words), apologised or
 * thanked. A reply of ours that missed is owned in phrases-own-miss.ts.
 */
import type { MoveOf } from '../spec/move.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { askedOfUsUnits } from './phrases-asked-of-us.ts';
import { openQuestionUnits } from './phrases-open-question.ts';

export function takeUpQuestionUnits(move: MoveOf<'take-up-question'>): Unit[] {
  const question = move.question;
  const ofUs = askedOfUsUnits(question);
  if (ofUs) return ofUs;
  switch (question.asks) {
    case 'normal':
      return [
        {
          key: 'take-up-question:normal',
          candidates: [
            "Yes, that's really common: a lot of people feel this way, and it doesn't mean something's wrong with you.",
            "It's very common. Lots of people go through exactly this, even if they don't say so.",
            "You're far from the only one: many people feel this, and it makes sense given what you're dealing with.",
            "That's a very normal reaction. Plenty of people feel the same in your spot.",
            "It's more common than it feels: a lot of people struggle with exactly this.",
          ],
        },
      ];
    case 'am-i': {
      const about = toSecondPerson(question.about).trim();
      if (!about) return [];
      return [
        {
          key: 'take-up-question:am-i',
          candidates: [
            `From what you've told me, I don't think you're ${about}.`,
            `Honestly, I don't think you're ${about}, from what you've said.`,
            `It doesn't sound to me like you're ${about}.`,
            `Nothing you've said makes me think you're ${about}.`,
            `I don't hear anything that says you're ${about}.`,
          ],
        },
      ];
    }
    case 'is-that':
      // the human references: "It isn't stupid at all", "It doesn't sound wrong to me", then why it makes sense
      return [
        {
          key: 'take-up-question:is-that',
          candidates: [
            `It doesn't sound ${question.about} to me; from what you've said, it makes sense.`,
            `No, I don't think it's ${question.about}. It sounds like a very human thing.`,
            `Honestly, it doesn't sound ${question.about} to me at all.`,
          ],
        },
        {
          key: 'take-up-question:is-that-ask',
          candidates: [
            `What makes it feel ${question.about} to you?`,
            `What makes you wonder if it's ${question.about}?`,
          ],
        },
      ];
    case 'should':
      return decisionUnits(question.about ? toSecondPerson(question.about).trim() : undefined);
    case 'open':
      return openQuestionUnits(question);
    case 'words':
      // answered by the policy with the words themselves (a concrete answer), never as a question
      return [];
    case 'have-i':
      return [
        {
          key: 'take-up-question:have-i',
          candidates: [
            "I only know what you've told me, but from that, it sounds like you did what felt right at the time.",
            "From what you've said, it doesn't sound unreasonable to me; it sounds like you acted on something that mattered to you.",
            "Honestly, from what you've told me, I can see why you did it.",
          ],
        },
        {
          key: 'take-up-question:have-i-ask',
          candidates: [
            "What's bothering you most about it right now?",
            'What part of it is sitting with you most?',
            "What's weighing on you more right now, what happened or how people took it?",
          ],
        },
      ];
    case 'how-are-you':
    case 'are-you-real':
    case 'makes-sense':
    case 'easier':
    case 'guess':
    case 'can-it':
      // answered above (phrases-asked-of-us.ts)
      return [];
    case 'how': {
      const about = toSecondPerson(question.about).trim();
      if (!about) return [];
      return [
        {
          key: 'take-up-question:how-answer',
          // the human supporters' "we can work out how to tell her together": help promised, not
          // "there's no single trick for it", which raters read as a non-answer
          candidates: [
            'Good question, and we can work it out together.',
            "That's worth working out, and we can do it together.",
            'Fair question. There are a few ways in, and we can find one that fits you.',
            "Let's work that out together, one small piece at a time.",
            'We can work that out together; it helps to start from what gets in the way.',
          ],
        },
        {
          key: 'take-up-question:how-ask',
          candidates: [
            `What feels hardest about trying to ${about}?`,
            `What makes it hard to ${about}, right now?`,
            `What would help you ${about}, do you think?`,
            `What has got in the way when you've wanted to ${about}?`,
            `What do you imagine would happen if you tried to ${about}?`,
          ],
          fallbacks: [
            `We can think about how you might ${about}, a bit at a time.`,
            `We can look at what would help you ${about}.`,
            `It's worth working out together what would help you ${about}.`,
            `We can take "how to ${about}" one small piece at a time.`,
            `Let's see what might help you ${about}.`,
          ],
        },
      ];
    }
  }
}

/**
 * An apology for what they said is answered first, and what they feared it came across as is
 * taken back plainly (the human supporter's "It wasn't rude, it was honest"); the turn's question
 * follows from the policy.
 */
export function answerApologyUnits(move: MoveOf<'answer-apology'>): Unit[] {
  const candidates: Record<MoveOf<'answer-apology'>['said'], string[]> = {
    rude: [
      "It didn't come across as rude, it came across as honest.",
      "That wasn't rude, it was honest.",
      "No need to apologise, it didn't sound rude to me.",
      "It didn't read as rude, it read as tired and honest.",
      "Nothing to apologise for, that wasn't rude.",
    ],
    dramatic: [
      "It doesn't sound dramatic to me, it sounds like a lot.",
      "No need to apologise, it doesn't sound dramatic.",
      "It doesn't sound dramatic at all.",
      "Nothing to apologise for, it doesn't sound over the top.",
      "It doesn't sound dramatic, it sounds like it's been hard.",
    ],
    rambling: [
      'No need to apologise, say as much as you need to.',
      "Don't be sorry, I'd rather hear all of it.",
      'No need to be sorry, there is room for all of it here.',
      'Nothing to apologise for, keep going if it helps.',
      "You're not rambling, it helps to hear all of it.",
    ],
    plain: [
      'No need to be sorry.',
      'No need to apologise.',
      "You don't need to be sorry.",
      'Nothing to apologise for.',
      "There's nothing to be sorry for.",
    ],
  };
  return [{ key: 'answer-apology', candidates: candidates[move.said] }];
}

/** A thanks and nothing else, answered warmly and left there: a probe after it read as not hearing it. */
export function answerThanksUnits(): Unit[] {
  return [
    {
      key: 'answer-thanks',
      candidates: [
        "You're welcome. I'm glad it helped.",
        "I'm glad that helped a little.",
        "You're welcome, and thank you for telling me all this.",
        "I'm really glad. I'm here if you want to keep going.",
        "Thank you for saying so. I'm glad it helped.",
      ],
    },
  ];
}

/**
 * "should i…? what would you do": the decision is theirs (the human supporters' "I can't tell you
 * whether to, but I'm glad to think it through with you"), then one question that starts the thinking.
 */
function decisionUnits(about: string | undefined): Unit[] {
  return [
    {
      key: 'take-up-question:should',
      // an honest view with its reason first: "I can't decide that for you" alone read to the fresh
      // set's rater as "cold and evasive" after "should i text him or not. just say" (round 18)
      candidates: [
        "Honestly? I'd do it only if you'd be okay with whatever comes back, or with nothing coming back. If it would hang on the answer, I'd give it a day.",
        "If you want my straight view: go ahead if it's something you'd still stand by tomorrow; if it's mostly tonight's feeling talking, I'd wait a day.",
        "My honest take: it's worth doing if it's for you, not to get a particular reaction. If everything would ride on the reply, I'd hold off a little.",
      ],
    },
    {
      key: 'take-up-question:should-ask',
      candidates: about
        ? [`What would you be hoping for, if you did ${about}?`, 'Which way is your gut leaning?']
        : ['Which way is your gut leaning?', 'What would you be hoping for, if you did?'],
    },
  ];
}
