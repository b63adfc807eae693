/** Phrase banks for the supportive moves: reflecting, validating, counting wins, values, defusion. */
import type { MoveOf } from '../spec/move.ts';
import { toSecondPerson } from '../text/person.ts';
import type { Unit } from './chooser.ts';
import { COMMON_OPENERS } from './phrase-context.ts';
import { bare, lowerFirst, upperFirst } from './text-tools.ts';

const SOFT_TAILS = [' right now', ' today', ' for now', ', and that is okay', ' here'];

/** `content` is a clause in the client's second person: "your chest is tight and your head is foggy". */
export function reflectUnits(move: MoveOf<'reflect'>): Unit[] {
  const content = lowerFirst(bare(move.content));
  return [
    {
      key: 'reflect',
      candidates: [
        `It sounds like ${content}.`,
        `What I hear is that ${content}.`,
        `You're noticing that ${content}.`,
        // complex forms: what it means that they stay with it (MITI: at least half complex)
        `It sounds like ${content}, but you're still here with it.`,
        `You're noticing that ${content}, even while you keep going.`,
        `What I hear is that ${content}, and part of you is still showing up.`,
        `It sounds like ${content}, even though you're staying with it.`,
      ],
      openers: ['Okay,', 'Mm,', 'I see,', 'Yes,', 'Alright,', 'So,', 'Right,', 'Hm,'],
      tails: SOFT_TAILS,
    },
  ];
}

/** `content`, when given, is a short noun phrase: "the worry about mistakes", "feeling jumpy". */
export function validateUnits(move: MoveOf<'validate'>): Unit[] {
  const content = move.content ? bare(move.content) : undefined;
  const candidates = content
    ? [
        `${upperFirst(content)} makes sense.`,
        `${upperFirst(content)} is a normal part of this.`,
        `There's room for ${lowerFirst(content)} here.`,
        `${upperFirst(content)} is allowed to be here.`,
        `${upperFirst(content)} fits what you're going through.`,
      ]
    : [
        `That makes sense.`,
        `That's a hard spot to be in.`,
        `It's okay to feel this way.`,
        `Of course this feels hard.`,
        `That's a very human reaction.`,
        `Anyone could feel that here.`,
      ];
  return [
    {
      key: 'validate',
      candidates,
      openers: ['Yes,', 'Mm,', 'Okay,', 'Honestly,', 'Really,', 'Sure,', 'Of course,', 'And'],
      tails: SOFT_TAILS,
    },
  ];
}

export function acknowledgeProgressUnits(move: MoveOf<'acknowledge-progress'>): Unit[] {
  const units: Unit[] = [
    {
      key: `acknowledge-progress:${move.discounted ? 'discounted' : 'plain'}`,
      candidates: move.discounted
        ? [
            `That counts; you did it.`,
            `Yes, that counts.`,
            `It counts, even if it felt small.`,
            `That was a real step, and it counts.`,
            `Small, and still real: it counts.`,
            `It counts, fully.`,
          ]
        : [
            `You did it.`,
            `That's a real step.`,
            `Nice, that one is done.`,
            `You did the step, and that matters.`,
            `Well done, that's a step taken.`,
          ],
      openers: ['Hey,', 'Look,', 'Okay,', 'Honestly,', 'Good,', 'Yes,', 'Really,', 'See,'],
      tails: [' today', ' right there', ', really', ', truly', ' in my book'],
    },
  ];
  if (move.wins >= 2) {
    units.push({
      key: 'acknowledge-progress:count',
      candidates: [
        `That's ${move.wins} small steps{~}.`,
        `That makes ${move.wins} steps{~}.`,
        `You've done ${move.wins} steps{~}.`,
        `Count them: ${move.wins} steps done{~}.`,
        `${move.wins} steps, all real{~}.`,
      ],
      openers: ['So,', 'And', 'Now,', 'Look,', 'Okay,', 'See,', 'Yes,', 'Remember,'],
      tails: [' so far', ' today', ' in this session', ' already', ', one by one'],
    });
  }
  return units;
}

/** `value` is a noun phrase for what matters to them: "doing good work", "my team". */
export function valuesLinkUnits(move: MoveOf<'values-link'>): Unit[] {
  // the value is the person's words: said back to them in the second person
  const value = lowerFirst(toSecondPerson(bare(move.value)));
  return [
    {
      key: 'values-link',
      candidates: [
        `This step is for ${value}.`,
        `It's a small step toward ${value}.`,
        `You're doing this because ${value} matters to you.`,
        `Each tiny step here is about ${value}.`,
        `It ties back to what matters to you: ${value}.`,
        `${upperFirst(value)} matters to you, and this is a small piece of it.`,
      ],
      openers: ['Remember,', 'And', 'Also,', 'Still,', 'Okay,', 'Really,', 'In the end,', 'Honestly,'],
      tails: [' today', ', in a small way', ', even now', ' here'],
    },
  ];
}

/** The short word the thought turns on: "I'm useless" → "useless". */
export function thoughtLabel(thought: string): string | undefined {
  const core = bare(thought)
    .replace(/^(i'm|i’m|i am|i'll|i’ll|i will|i)\s+/i, '')
    .replace(/^(just|so|such|really|totally|never|always|going to|gonna)\s+/i, '')
    .replace(/^(a|an|the)\s+/i, '');
  const words = core.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 2 ? core.toLowerCase() : undefined;
}

/** Naming a harsh thought as a thought ("there's the 'useless' thought"), not arguing with it. */
export function defuseUnits(move: MoveOf<'defuse'>): Unit[] {
  const thought = bare(move.thought);
  const inner = lowerFirst(thought);
  const label = thoughtLabel(thought);
  const candidates = [
    `Notice the thought "${thought}"; it's a thought, not a fact.`,
    `Try saying it this way: I'm having the thought that ${inner}.`,
    `Your mind is saying "${thought}" again, and you can let it talk.`,
    `"${thought}" is just words your mind is making right now.`,
    `You can hear "${thought}" and still keep going.`,
  ];
  if (label) {
    candidates.push(
      `There's the "${label}" thought.`,
      `Ah, the "${label}" story is showing up.`,
      `You can thank your mind for the "${label}" thought and carry on.`,
    );
  }
  return [{ key: 'defuse', candidates, openers: COMMON_OPENERS, tails: [' again', ' for now', ', gently'] }];
}

export function askRatingUnits(_move: MoveOf<'ask-rating'>): Unit[] {
  return [
    {
      key: 'ask-rating',
      candidates: [
        `How heavy does it feel{~}, 0 to 10?`,
        `On a scale of 0 to 10, how heavy does it feel{~}?`,
        `On a 0 to 10 scale, where 10 is crushing, how heavy does it feel{~}?`,
        `Quick check: how heavy does it feel{~}, 0 to 10?`,
        `From 0 to 10, how heavy does this feel{~}?`,
        // statement forms, for a turn that already asked its one question
        `Tell me how heavy it feels{~}, 0 to 10.`,
        `Give me a number for how heavy it feels{~}, 0 to 10.`,
      ],
      openers: ['Okay,', 'So,', 'Now,', 'One thing:', 'Before we go on,'],
      tails: [' right now', ' now', ' today', ' at this moment', ' in this moment'],
    },
  ];
}

export function permissionToStopUnits(_move: MoveOf<'permission-to-stop'>): Unit[] {
  return [
    {
      key: 'permission-to-stop',
      candidates: [
        `It's okay to stop here.`,
        `You can stop now; you've done enough for today.`,
        `Stopping here is fine.`,
        `You don't have to do more right now.`,
        `You're allowed to rest now.`,
      ],
      openers: ['Also,', 'And', 'Honestly,', 'Remember,', 'Really,', 'Okay,', 'Truly,', 'Just so you know,'],
      tails: [', really', ', if you want', ' today', ', no problem', ', truly'],
    },
  ];
}
