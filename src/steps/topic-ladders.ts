import type { Step } from '../spec/move.ts';
import type { LifeTopic } from '../spec/observation.ts';

/**
 * Tiny steps for what people bring besides a task (issue 17): a job search, a message to send.
 * Largest first, sizes strictly falling, like the task ladders. Topics where a step would push
 * (grief) have none: the coach stays with the person instead.
 */
const TOPIC_RUNGS: Partial<Record<LifeTopic, [string, number][]>> = {
  'job-loss': [
    ['spend 10 minutes writing down what you did well in your last job', 600],
    ['write down three things you did well in your last job', 120],
    ['write down one thing you did well in your last job', 30],
    ['say out loud one thing you were good at in that job', 10],
  ],
  'job-search': [
    ['spend 10 minutes on one application, timer on', 600],
    ['write the first line of one application', 120],
    ['open one job listing and read just the title and the first line', 30],
    ['open the job site and look at it for one second', 10],
  ],
  exams: [
    ['revise one topic for 10 minutes, timer on', 600],
    ['read one page of your notes', 120],
    ['open your notes to the first page', 20],
    ['put your notes on the desk in front of you, closed', 10],
  ],
  breakup: [
    ['go for a ten-minute walk outside', 600],
    ['tell one person you trust that it has ended, a friend or family, in one short message', 60],
    ['pick one friend you could message this week and write down their name', 20],
    ['put your phone in another room for five minutes', 10],
  ],
  // debts and bills: a free advice service goes through the options with them (two writers' references);
  // money is read from one word ("rent", "a loan", "my pension"), so no rung names a bill, a debt or a
  // date they may not have ("the one bill that worries you most" to someone owed a loan, fresh v31)
  money: [
    ['ring a free money advice service and ask them to go through your options with you', 300],
    ['write down, in a few words, the one money worry that weighs on you most', 60],
    ['look up a free money advice service and save its number', 30],
    ['open your banking app and look at the balance for one second', 15],
    ['put your banking app on the first screen of your phone', 10],
  ],
  'family-conflict': [
    ['spend 10 minutes somewhere calm, away from the argument', 600],
    ['write down one thing you wish your family understood', 60],
    ['write down one word for how things at home feel', 15],
    ['take three slow breaths before the next conversation at home', 10],
  ],
  loneliness: [
    ['go somewhere with people around for 10 minutes, a café or a library', 600],
    ['send one short message to someone you miss', 60],
    ['write down the name of one person you could message', 20],
    ['open your messages and scroll to one person you like', 10],
  ],
  health: [
    ['spend 10 minutes writing down what you want to ask your doctor', 600],
    ['ring the surgery and say only: "I\'d like an appointment to get something checked"', 120],
    ['write down the one question you most want answered about it', 60],
    ['find your doctor’s phone number and save it', 20],
    ['take one slow breath and notice where you are', 5],
  ],
  // asked what to do, the human supporters give one concrete thing for the situation (a shift
  // swap, a shower while someone holds the baby, a carer's assessment, dated photos of the damp)
  'new-baby': [
    ['ask your partner, or someone who can help, to cover one night shift so you can sleep', 600],
    ['hand the baby to someone for ten minutes and take a shower', 120],
    ['put the baby down somewhere safe, like the cot, and sit down for five minutes', 60],
    ['drink a glass of water while the baby is settled', 10],
    ['let your shoulders drop for one breath', 5],
  ],
  caring: [
    ["ring the doctor's surgery or the local council and ask what support there is for carers", 300],
    ['message one family member with one specific thing you need from them this week', 120],
    ['write down the one thing that would make this week easier', 30],
    ['unclench your jaw and let your shoulders drop', 10],
    ['take one slow breath before the next thing you do for them', 5],
  ],
  housing: [
    ['send the landlord or housing office a short written message saying what is wrong and since when', 300],
    ['write down what is wrong and since when, with dates, in a few lines', 60],
    ['take a photo of the problem, or of the letter, on your phone', 30],
    ["find the landlord's or the housing office's email and save it", 15],
    ['take one slow breath and notice where you are', 5],
  ],
  'work-stress': [
    ['work on the one task that weighs most for 10 minutes, timer on', 600],
    ['write down the one work task that weighs on you most', 60],
    ['write down one word for how work feels right now', 15],
    ['let your shoulders drop for one breath', 5],
  ],
};

const ladders = new Map<LifeTopic, readonly Step[]>();

/** The topic's ladder, or undefined when a step would not fit what they bring. */
export function ladderForTopic(topic: LifeTopic): readonly Step[] | undefined {
  const rungs = TOPIC_RUNGS[topic];
  if (!rungs) return undefined;
  let ladder = ladders.get(topic);
  if (!ladder) {
    ladder = Object.freeze(rungs.map(([text, size], rung) => Object.freeze({ text, size, rung })));
    ladders.set(topic, ladder);
  }
  return ladder;
}
