import type { ClientCode } from './miti-vocabulary.ts';

/** How many times the rules' own verdict is counted among the words: the model leans on the rules. */
const RULE_WEIGHT = 3;

/** The features the client-talk model reads: words, word pairs, and the rules' verdict. */
export function clientTalkFeatures(text: string, ruleCode: ClientCode): string[] {
  const words = clientTalkWords(text);
  const features = [...words];
  for (let index = 1; index < words.length; index++) features.push(`${words[index - 1]}_${words[index]}`);
  for (let count = 0; count < RULE_WEIGHT; count++) features.push(`RULE=${ruleCode}`);
  return features;
}

/** The words of a client turn as the features read them (lower case, curly apostrophes straight). */
export function clientTalkWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(/[a-z']+/g) ?? []
  );
}

export const CLIENT_TALK_RULE_WEIGHT = RULE_WEIGHT;
