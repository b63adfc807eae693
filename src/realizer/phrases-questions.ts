/**
 * Open questions about what the person just said (issue 17): about their own clause, the feeling
 * they named, what they brought (money, a breakup), or the task they named this turn. A slot
 * that says nothing gives no question, never a stand-in.
 */
import type { MoveOf } from '../spec/move.ts';
import type { TaskDomain } from '../spec/observation.ts';
import { objectPhrase } from '../steps/index.ts';
import type { Unit } from './chooser.ts';
import { hingeQuestionUnits } from './phrases-hinge.ts';
import { QUESTION_OPENERS, saidBack } from './phrases-listen.ts';
import { anchorQuestions } from './phrases-questions-anchor.ts';
import { concernUnits } from './phrases-questions-concern.ts';
import { planQuestions } from './phrases-questions-plan.ts';
import { GETTING_BY, nextThingQuestions } from './phrases-questions-situation.ts';

// a feeling asked about as a thing ("What's the loneliness like?"): only those with a plain noun
const FEELING_NOUNS: Record<string, string> = {
  lonely: 'loneliness',
  sad: 'sadness',
  angry: 'anger',
  scared: 'fear',
  afraid: 'fear',
  frightened: 'fear',
  guilty: 'guilt',
  ashamed: 'shame',
  embarrassed: 'embarrassment',
  anxious: 'anxiety',
  stressed: 'stress',
  worried: 'worry',
  numb: 'numbness',
  empty: 'emptiness',
  hopeless: 'hopelessness',
  frustrated: 'frustration',
  exhausted: 'exhaustion',
  nervous: 'nerves',
  panicky: 'panic',
  overwhelmed: 'overwhelm',
};

// how a person gets started on each kind of task: "calling the dentist", "writing the email"
const STARTING: Record<TaskDomain, string> = {
  call: 'making',
  email: 'writing',
  writing: 'working on',
  code: 'working on',
  study: 'studying for',
  chores: 'starting on',
  other: 'starting on',
};

export function openQuestionUnits(move: MoveOf<'open-question'>): Unit[] {
  const task = move.task ? objectPhrase(move.task) : '';
  // "calling the dentist", but "making the call to your mum"
  const verb =
    move.domain === 'call' && !/\bcall\b/i.test(task) ? 'calling' : STARTING[move.domain ?? 'other'];
  const starting = `${verb} ${task}`;
  let candidates: string[];
  const planning = planQuestions(move);
  if (planning && planning.length === 0) return [];
  if (planning) candidates = planning;
  else
    switch (move.about) {
      case 'what-happens':
        if (!task) return [];
        candidates = [
          `What happens when you think about ${starting}?`,
          `What gets in the way of ${starting}?`,
          `When you picture ${starting}, what comes up?`,
          `What goes through your mind when you think of ${starting}?`,
          `What tends to happen when you try ${starting}?`,
        ];
        break;
      case 'matters':
        if (!task) return [];
        candidates = [
          `What would it mean to you to get ${task} done?`,
          `How would things be different with ${task} done?`,
          `What would getting ${task} done give you?`,
          `What difference would it make to have ${task} behind you?`,
        ];
        break;
      case 'getting-by':
        if (!move.topic) return [];
        candidates = [...GETTING_BY[move.topic]];
        break;
      case 'doing': {
        const said = saidBack(move.clause);
        if (!said) return [];
        candidates = [
          `What's it like when ${said}?`,
          `What goes through your head when ${said}?`,
          `What's going on for you when ${said}?`,
        ];
        break;
      }
      case 'anchor': {
        const asked = move.anchor ? anchorQuestions(move.anchor) : [];
        if (asked.length === 0) return [];
        candidates = asked;
        break;
      }
      case 'said': {
        // (in place of their line said back and a stock question after it: "So she never accepted Maja.
        // What's the hardest part of that for you?" read as a parrot and a form, round 16 lead classes)
        const said = saidBack(move.clause);
        if (!said) return [];
        candidates = [`What's it like for you, that ${said}?`, `How is it for you, that ${said}?`];
        break;
      }
      case 'expecting': {
        const said = saidBack(move.clause);
        if (!said) return [];
        // (a sceptical "What makes you think…?" read to a rater as doubting them: the fear is taken as theirs)
        candidates = [
          `What's the hardest part of the thought that ${said}?`,
          `What comes up for you with the thought that ${said}?`,
        ];
        break;
      }
      case 'worry': {
        // the fear said earlier named back, then asked about as something that could be looked at
        const said = move.worry ? saidBack({ text: move.worry, span: [0, 0] }) : '';
        if (!said) return [];
        // "what the answer might be" is named as it is; a clause is named as a thought
        const asked = /^(?:what|how|whether)\b/i.test(said);
        return [
          {
            key: 'open-question:worry-named',
            candidates: asked
              ? [
                  `It sounds like the scary bit is ${said}.`,
                  `Sounds like what really frightens you is ${said}.`,
                ]
              : [
                  `It sounds like the scary bit is the thought that ${said}.`,
                  `Sounds like what really frightens you is the thought that ${said}.`,
                  `It sounds like the real fear underneath is that ${said}.`,
                ],
          },
          {
            key: 'open-question:worry-asked',
            candidates: [
              'What would you guess is actually the worst case, if it did turn out that way?',
              'If it did turn out that way, what do you picture happening next?',
              'What would be the worst part of that, if it were true?',
            ],
          },
        ];
      }
      case 'concern':
        return concernUnits(move);
      case 'hinge':
        return hingeQuestionUnits(move);
      case 'thing':
        // their topic named in the question: a question that could follow anything read as not listening
        if (!move.thing) return [];
        // (where it is hardest only when they said something was hard: else the question presumes it)
        // (the thing is the task they named: "What comes up for you when you think about X?" took any
        // noun and read as a form, so the question asks what stands between them and it)
        candidates = move.hard
          ? [
              `What is it about ${move.thing} that's hardest right now?`,
              `What makes ${move.thing} so hard to face?`,
            ]
          : [
              `What is it about ${move.thing} that makes it hard to start?`,
              `What gets in the way with ${move.thing}?`,
            ];
        break;
      case 'their-doing':
        // ("What did you do, when that happened?" asked after "my wife left last year" read as deaf to
        // a loss: what went through their mind fits a deed that hurt and one that did not)
        candidates = ['How did that land with you?', 'What went through your mind when that happened?'];
        break;
      case 'leaning':
        candidates = [
          'Which way are you leaning, if either?',
          'If you had to pick one today, which would it be?',
        ];
        break;
      case 'other-side':
        candidates = [
          "What's the part of it that isn't what you wanted?",
          'What is the side of it that still sits badly?',
        ];
        break;
      case 'this-one':
        candidates = [
          "What is it about this one that's so different, do you think?",
          "What's different about this, next to the things you handle without a second thought?",
        ];
        break;
      case 'their-plan':
        candidates = ['How do you picture that going?', 'What would help it go the way you want?'];
        break;
      case 'next-thing': {
        const situation = nextThingQuestions(move, task);
        if (!situation) return [];
        candidates = situation;
        break;
      }
      case 'feeling': {
        const noun = move.feeling ? FEELING_NOUNS[move.feeling] : undefined;
        if (!noun) return [];
        candidates = [
          `What's the ${noun} like, day to day?`,
          `When does the ${noun} hit hardest?`,
          `What's underneath the ${noun}, do you think?`,
        ];
        break;
      }
      case 'hardest-part':
        // asked after their words were said back: about how it sits with them, not where a task sticks
        // ("Where does it get stuck, mostly?" after "my children see me come home smelling of cardboard")
        // (the stock lines a rater called generic, "How is that sitting with you?", are retired; and
        // "hardest" only when they said something was hard)
        candidates = move.hard
          ? ["What's the hardest part of that for you?", 'What feels hardest about it right now?']
          : ['What stands out most to you in that?', 'What do you make of that, yourself?'];
        break;
      case 'unfinished-but':
        candidates = [
          'Knowing it and feeling it are different things. What\'s the "but", for you?',
          'And yet something in you isn\'t there yet. What comes after the "but"?',
        ];
        break;
      default:
        candidates = [
          // (a last resort: the turn found nothing of theirs to name; "hardest" only if they said it was hard)
          'Can you tell me more about that?',
          move.hard ? "What's the hardest part of that for you?" : 'What stands out most to you in that?',
        ];
    }
  // statement forms for a turn that already asked its one question
  const statements = task
    ? [
        `Tell me a bit about ${task}.`,
        `I'd like to hear more about ${task}.`,
        `I'm curious how ${task} has been going.`,
        `Say a little more about ${task}, if you like.`,
        `Tell me what ${task} is like for you.`,
      ]
    : [
        "Tell me a bit more about that, if you'd like.",
        "I'd like to hear more, if you want to say.",
        "I'm listening, if there's more you want to say.",
        'Say a little more about that, if you like.',
        "Tell me more whenever you're ready.",
      ];
  return [
    {
      key: `open-question:${move.about}`,
      candidates,
      fallbacks: statements,
      openers: QUESTION_OPENERS,
    },
  ];
}
