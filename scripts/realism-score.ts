// npm run realism:score -- OUT-DIR [--protocol standard|forced-half]
// Scores OUT-DIR/judgements.jsonl against OUT-DIR-key/key.json under the protocol the mix was made
// with (OUT-DIR-key/protocol.json; a folder mixed by round 3's mix_realism.py has none: standard).
import './one-line-errors.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  describeRealismScore,
  type RealismJudgement,
  type RealismKey,
  type RealismProtocol,
  scoreRealism,
} from '../src/simulator/realism-protocol.ts';
import { TinystepError } from '../src/spec/errors.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--protocol');
const asked = flag >= 0 ? (args.splice(flag, 2)[1] as RealismProtocol) : undefined;
const [outDirectory] = args;
if (!outDirectory) throw new TinystepError('usage', 'realism-score OUT-DIR [--protocol p]');
const out = resolve(outDirectory);
const protocolPath = join(`${out}-key`, 'protocol.json');
const recorded = existsSync(protocolPath)
  ? (JSON.parse(readFileSync(protocolPath, 'utf8')) as { protocol: RealismProtocol }).protocol
  : 'standard';
const key = JSON.parse(readFileSync(join(`${out}-key`, 'key.json'), 'utf8')) as RealismKey;
const judgements = readFileSync(join(out, 'judgements.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as RealismJudgement);
console.log(describeRealismScore(scoreRealism(key, judgements, asked ?? recorded)));
