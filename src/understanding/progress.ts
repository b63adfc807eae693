import type { ProgressObservation, ProposalObservation } from '../spec/observation.ts';
import type { Prepared } from './analyse-prepare.ts';
import type { FoundDuration } from './durations.ts';
import { bareDoneWithComplaint, isLeavingAt } from './leaving.ts';
import { matchesOf } from './matches.ts';
import { hasWordAtStart } from './word-start-gate.ts';

const DONE_VERBS =
  'did|done|began|begun|clicked|opened|wrote|written|sent|typed|put|left|looked|noticed|tried|highlighted|managed|finished|started|read|made|fixed|cleaned|washed|folded|called|rang|phoned|answered|replied|completed|sat|submitted|emailed|filled|booked|tidied|drafted|edited|saved|closed|checked|picked|set|named|listed|outlined|paid|cooked|hoovered|vacuumed|emptied|sorted|organised|organized|posted|uploaded|committed|pushed|ran|revised|studied|practised|practiced|printed|signed|got|watched|stayed|kept';
// every branch of DONE puts the verb at a clause's start or after a space, with a boundary after it:
// a clause without one of these words is not searched (nor, in a cold process, is DONE compiled)
export const DONE_VERB_WORDS: ReadonlySet<string> = new Set(DONE_VERBS.split('|'));
const DONE = new RegExp(
  `(?:\\bi(?:'ve|\\s+have)?\\s+(?:just\\s+|finally\\s+|actually\\s+|already\\s+|only\\s+|kind\\s+of\\s+|sort\\s+of\\s+|even\\s+|also\\s+|then\\s+)*|\\bi(?:'m|\\s+am)\\s+(?:all\\s+|just\\s+|finally\\s+)?(?=done\\b)|^(?:just\\s+|finally\\s+|ok\\s+|okay\\s+|all\\s+)?)(?:${DONE_VERBS})\\b(?!\\s+(?:things|it|stuff|everything|tasks)?\\s*off\\b)`,
  'g',
);
// a failure or a left-out part: "I couldn't", "but didn't reply", "opened it, didn't send it"
const NOT_DONE =
  /(?:\bi\s+|\bbut\s+|^|[,;]\s*|\band\s+(?:then\s+)?)(?:still\s+|just\s+|really\s+)?(?:didn't|didnt|did\s+not|couldn't|couldnt|could\s+not|haven't|havent|have\s+not|wasn't\s+able\s+to|wasnt\s+able\s+to|failed\s+to)(?:\s+(?:even\s+|really\s+|actually\s+|quite\s+)?(?!sleep|like|want|know|think|mean|expect|realise|realize|feel|need|say|care|see|follow|get\s+it|understand|believe|agree|wait|tell|imagine|remember|hear|stop\b|you\b|u\b|mind\b|matter\b|help\b)(?:manage|get|start|do|open|write|send|call|finish|make|touch|look|try|reply|answer|click|type|read|begin|clean|submit|\w+)|(?=\s*(?:$|[.!,;]|\s+(?:though|either|in\s+the\s+end)\b)))|\bwithout\s+(?:doing|touching|changing|writing|sending|reading|opening|answering)\s+(?:anything|a\s+thing|it|them)\b/g;
const NOT_DONE_WORDS = /n't|nt\b|\bnot\b|\bwithout\b|\bfailed\b/;
// clause splitting eats the "but": read "… but (then) stopped" on the whole utterance
const STOPPED_SHORT =
  /\bbut\s+(?:then\s+)?(?:i\s+)?(?:stopped|froze|bailed|chickened\s+out|gave\s+up|got\s+stuck|panicked|hung\s+up|backed\s+out|bottled\s+it|lost\s+my\s+nerve)\b/g;
// "I tried" and "I sat down to do it" report an attempt: with a failure they are not-done
const ATTEMPT = /^(?:.*\s)?(?:tried|sat)$/;
const ATTEMPT_FAILED =
  /\b(?:does(?:n't|nt|\s+not)|did(?:n't|nt|\s+not))\s+(?:really\s+)?(?:work|help)\b|\bnothing\s+(?:works|worked|helps|helped)\b/;
const ATTEMPT_TAIL = /^\s+down\s+(?:to|and|for|with)\b/;
// "didn't change anything, like you said": a step kept as asked, not a failure
const AS_ASKED =
  /^[^.!?;]{0,40}?\b(?:like|as)\s+(?:you\s+(?:said|asked|told\s+me|suggested)|agreed|planned|instructed)\b/;
const PARTIAL =
  /\b(?:half(?:way)?|part\s+of|some\s+of|a\s+bit\s+of|almost|nearly|partly|partway|tried\s+to|started\s+(?:to|on|but)|only\s+got|only\s+did|only\s+managed|didn't\s+finish|gave\s+up|a\s+few\s+of)\b/;
const GOT_AS_DONE = /^got\s+(?:it\s+done|through|started|the\s+\w+\s+done|to\s+the\s+end|\w+\s+\w+\s+done)/;
const DISCOUNTING =
  /\b(?:not\s+sure\s+(?:that|it|this)\s+(?:really\s+)?counts|(?:doesn't|does\s+not|don't|barely|hardly|probably\s+doesn't)\s+(?:really\s+)?counts?|it's\s+(?:nothing|not\s+much|pathetic|so\s+small|silly|tiny)|anyone\s+could|so\s+what|big\s+deal|that's\s+(?:nothing|not\s+much|pathetic|barely\s+anything|tiny)|not\s+(?:real|much\s+of\s+an?)\s+(?:progress|achievement)|should\s+have\s+done\s+more|meaningless|not\s+enough|only\s+(?:a|one)\s+(?:tiny\s+|little\s+)?\w+|nothing\s+really)\b/;

const PROPOSAL_PATTERNS = [
  /(?<!\bso\s+(?:that\s+)?)\bi\s+(?:guess\s+|suppose\s+)?(?:i\s+)?(?:could|might)\s+(?:maybe\s+|just\s+|probably\s+|always\s+)?(?:try\s+(?:to\s+)?)?(?!not\b|never\b|ever\b|hardly\b|barely\b|need\b|do\s+with\b|murder\b|kill\b|die\b|cry\b|scream\b|be\b|have\b|feel\b|see\b|notice\b|end\s+up\b|just\s+end\b|finally\b|rest\b|sleep\b|disappear\b|escape\b|go\s+away\b)/g,
  /\bi\s+(?:guess\s+)?(?:i\s+)?can\s+(?:maybe\s+|just\s+)?try\s+(?:to\s+)?/g,
  /\b(?:maybe|perhaps)\s+i\s+(?:should|could|can|'ll|will)\s+(?:just\s+|try\s+(?:to\s+)?)?/g,
  /\bwhat\s+if\s+i\s+(?:just\s+|try\s+(?:to\s+)?)?(?!fail\b|mess\b|get\s+(?:it\s+)?wrong\b|lose\b|forget\b|freeze\b|panic\b|cry\b|break\b|make\s+a\s+mistake\b|screw\b|look\s+(?:stupid|silly|like)\b|can'?t\b|cant\b|don'?t\b|dont\b|never\b|die\b|say\s+(?:the\s+)?wrong\b)/g,
  /\bhow\s+about\s+(?:if\s+)?i\s+(?:just\s+)?/g,
  /\bi(?:'ll|\s+will)\s+(?:just\s+)?(?:try\s+(?:to\s+)?|start\s+(?:by|with)\s+|give\s+)(?!it\b|that\b|this\b|again\b|harder\b)/g,
  /^(?:i\s+guess\s+|maybe\s+|so\s+)?(?=[a-z]+ing\b[^,;]{3,80}?\s(?:could|might|would)\s+(?:work|help|do\s+it))/g,
  /\bi\s+was\s+thinking\s+(?:of\s+|about\s+|i\s+(?:could|might|would|'d)\s+)/g,
];
const FEARED_OUTCOME =
  /\b(?:and|then)\s+(?:i'm|im|i\s+am|i\s+(?:fail|mess|can't|cant|look|get\s+laughed)|it's|its|it\s+(?:goes|turns)|they|everyone|people)\b/i;
const NOT_A_STEP =
  /^(?:again|it|that|this|harder|more|anything|something|and|but|or|though|to|too|now|later|tomorrow)\b|^\W*$/;
const STEP_TAIL =
  /\s*(?:,?\s+but\b|,?\s+though\b|;|\s-\s|,\s*(?:and\s+)?(?:i'm|i\s+am|so|because)\b|\s+so\s+(?:it|that|i)\b|\s+instead\b|\s+(?:could|might|would)\s+(?:work|help)\b).*$/i;

export function readProgressAndProposals(
  prepared: Prepared,
  // asked for only when a proposal is found (most turns propose nothing; finding them is a scan)
  durations: () => FoundDuration[],
): (ProgressObservation | ProposalObservation)[] {
  const { folded, original } = prepared;
  const found: (ProgressObservation | ProposalObservation)[] = [];
  let done: [number, number] | undefined;
  let notDone: [number, number] | undefined;
  // "I tried" alone is progress; "I tried but couldn't" is not: only a real action makes it partial
  let actedBeyondAttempt = false;
  let bareDoneAt: number | undefined;
  // NOT_DONE has no literal to anchor on; one look at the whole text skips it for most turns
  const mayBeNotDone = NOT_DONE_WORDS.test(folded);
  // a set, not a search per match: a pasted page holds a thousand sentences
  const sentenceStarts = new Set(prepared.sentences.map((sentence) => sentence.start));
  for (const clause of prepared.clauses) {
    const doneMatches = hasWordAtStart(clause.text, DONE_VERB_WORDS) ? matchesOf(DONE, clause.text) : [];
    for (const match of doneMatches) {
      const start = clause.start + (match.index ?? 0);
      const verb = folded.slice(start, start + match[0].length).replace(/^.*\s/, '');
      const sentenceStart = sentenceStarts.has(clause.start);
      if (!/^i\b/.test(match[0]) && !sentenceStart) continue;
      // "everything I've written" describes, it does not report
      if (
        /\b(?:everything|anything|what|which|that|something|all)\s+$/.test(
          folded.slice(Math.max(0, start - 12), start),
        )
      )
        continue;
      if (verb === 'got' && !GOT_AS_DONE.test(folded.slice(start + match[0].length - 3))) continue;
      if (
        /\b(?:if|when|once|will|i'll|could|would|should|might|to|do|does|did|shall|can)\s+$/.test(
          folded.slice(Math.max(0, start - 10), start),
        )
      )
        continue;
      const end = start + match[0].length;
      if (verb === 'done' && /^i/.test(match[0])) {
        bareDoneAt ??= bareDoneWithComplaint(folded);
        if (isLeavingAt(folded, start, bareDoneAt)) continue;
      }
      const attempt =
        ATTEMPT.test(match[0]) && (verb === 'tried' || ATTEMPT_TAIL.test(folded.slice(end, end + 16)));
      if (!attempt) actedBeyondAttempt = true;
      done ??= [start, end];
    }
    if (!mayBeNotDone) continue;
    for (const match of matchesOf(NOT_DONE, clause.text)) {
      const start = clause.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (AS_ASKED.test(folded.slice(end, clause.end))) continue;
      notDone ??= [start, end];
    }
  }
  // "couldn't" after "I tried" is a failed attempt; "gave up" or "stopped" means some was done
  // "I've tried all that, doesn't work" is a failed attempt too, said without a "couldn't"
  const failedAttempt =
    done !== undefined && (notDone !== undefined || ATTEMPT_FAILED.test(folded)) && !actedBeyondAttempt;
  for (const match of matchesOf(STOPPED_SHORT, folded)) {
    const start = match.index ?? 0;
    notDone ??= [start, start + match[0].length];
  }
  if (done || notDone) {
    const partial = !failedAttempt && ((done && notDone) || PARTIAL.test(folded));
    const status = partial ? 'partial' : done && !failedAttempt ? 'done' : 'not-done';
    found.push({ kind: 'progress', status, discounting: DISCOUNTING.test(folded), span: done ?? notDone! });
  }
  for (const sentence of prepared.sentences) {
    for (const pattern of PROPOSAL_PATTERNS) {
      pattern.lastIndex = 0;
      const match = pattern.exec(folded.slice(sentence.start, sentence.end));
      if (!match) continue;
      const stepStart = sentence.start + match.index + match[0].length;
      const step = original
        .slice(stepStart, sentence.end)
        .replace(STEP_TAIL, '')
        // a closing emoticon is the person's tone, not part of the step (":/" said back reads as garble)
        .replace(/(?:\s*(?:[:;=][-']?[()[\]/\\|DPp]+|\p{Extended_Pictographic}\uFE0F?))+\s*$/u, '')
        .replace(/[\s.!?…,]+$/u, '')
        .trim();
      // (a bare verb is no step to give back: "so i could study", "i could just call" came back as
      // "When you're ready, study." and "When you're ready, call.", round 14 seen sets)
      if (NOT_A_STEP.test(step.toLowerCase()) || step.split(/\s+/).length < 2) continue;
      // "what if I get it and I'm rubbish at it" fears an outcome (a second subject follows): no step
      if (FEARED_OUTCOME.test(step)) continue;
      const stepEnd = stepStart + step.length;
      const proposal: ProposalObservation = {
        kind: 'proposal',
        step,
        span: [sentence.start + match.index, stepEnd],
      };
      const duration = durations().find(
        (candidate) => candidate.span[0] >= stepStart && candidate.span[1] <= stepEnd,
      );
      if (duration) proposal.afterMs = duration.ms;
      found.push(proposal);
      break;
    }
  }
  return found;
}
