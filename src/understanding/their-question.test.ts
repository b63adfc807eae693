import assert from 'node:assert/strict';
import { test } from 'node:test';
import { understand } from './index.ts';
import { apologyOf, theirQuestionOf } from './their-question.ts';

test('their question is read: how to, is it normal, am I being …', () => {
  assert.deepEqual(theirQuestionOf('i tried. unblocked after a day lol. how do i stop'), {
    asks: 'how',
    about: 'stop',
  });
  assert.deepEqual(theirQuestionOf('How do people say no without feeling awful?'), {
    asks: 'how',
    about: 'say no without feeling awful',
  });
  assert.equal(theirQuestionOf('Do other people feel like this?')?.asks, 'normal');
  assert.equal(theirQuestionOf('is that normal lol')?.asks, 'normal');
  assert.deepEqual(theirQuestionOf('Yesterday I helped someone else. Am I being unreasonable?'), {
    asks: 'am-i',
    about: 'being unreasonable',
  });
  // not a question about themselves to answer with a verdict
  assert.equal(theirQuestionOf('am i right?'), undefined);
  assert.equal(theirQuestionOf('I know how it goes'), undefined);
  assert.equal(theirQuestionOf('I keep wondering how he is'), undefined);
});

test('an apology for what they said is read with what they feared it came across as', () => {
  assert.equal(apologyOf('sorry, this sounds dramatic'), 'dramatic');
  assert.equal(apologyOf("Sorry. That was rude. I'm just so tired."), 'rude');
  assert.equal(apologyOf('sorry for rambling'), 'rambling');
  // (oversharing feared, not being dramatic; and no ask for a smaller step: the model read one)
  assert.equal(apologyOf('sorry thats too much info'), 'rambling');
  assert.equal(apologyOf('sorry tmi'), 'rambling');
  assert.ok(
    !understand('sorry thats too much info').some((item) => item.kind === 'request'),
    'an apology for oversharing read as a request',
  );
  assert.equal(apologyOf('sorry its just been a long day'), 'plain');
  assert.equal(apologyOf("i don't want them to feel sorry for me"), undefined);
  assert.equal(apologyOf('sorry for myself mostly'), undefined);
  assert.equal(apologyOf('sorry to hear that lol'), undefined);
});

test('their question and apology come out of understanding as observations', () => {
  const kinds = understand('sorry for rambling. is that normal?').map((item) => item.kind);
  assert.ok(kinds.includes('their-question'));
  assert.ok(kinds.includes('apology'));
  assert.ok(!understand('i went for a walk').some((item) => item.kind === 'apology'));
});

test('a decision question is read as theirs to decide; a bare "have i?" as a verdict asked back', () => {
  assert.deepEqual(theirQuestionOf('should i text him back'), { asks: 'should', about: 'text him back' });
  assert.deepEqual(theirQuestionOf('idk. should i just move out? what would u do'), {
    asks: 'should',
    about: 'move out',
  });
  assert.deepEqual(theirQuestionOf('so should i?'), { asks: 'should' });
  assert.deepEqual(theirQuestionOf('should i stay or go'), { asks: 'should' });
  assert.deepEqual(theirQuestionOf('have i?'), { asks: 'have-i' });
  assert.equal(theirQuestionOf('should i be worried about it'), undefined);
  assert.equal(theirQuestionOf('i should do it'), undefined);
});

test('a question to us for the words themselves is read with its medium', () => {
  assert.deepEqual(theirQuestionOf('ah ok. and then i say what? i have no words for this'), {
    asks: 'words',
    medium: 'said',
  });
  assert.deepEqual(theirQuestionOf('ok but what would u actually write'), {
    asks: 'words',
    medium: 'written',
  });
});

test('a medication question is no decision to weigh', () => {
  assert.equal(theirQuestionOf('Do you think I have ADHD? should I up my meds?'), undefined);
});

test('not knowing whether to do something is the same decision', () => {
  assert.deepEqual(theirQuestionOf('i dont know if i should say something or leave it'), { asks: 'should' });
  assert.deepEqual(theirQuestionOf("i don't know whether i should go"), { asks: 'should', about: 'go' });
});

test('"is that stupid", "Is that wrong? Feels like lying": a verdict feared on what they told; not a fact asked', () => {
  assert.deepEqual(theirQuestionOf('but nobody lets me just miss him. is that stupid'), {
    asks: 'is-that',
    about: 'stupid',
  });
  assert.deepEqual(theirQuestionOf('Is that wrong? Feels like lying'), { asks: 'is-that', about: 'wrong' });
  assert.deepEqual(theirQuestionOf('is it selfish of me'), { asks: 'is-that', about: 'selfish' });
  // a symptom or a form asked about is not a verdict on them
  assert.equal(theirQuestionOf('my knee is swollen. is it bad'), undefined);
  assert.equal(theirQuestionOf('the form says 2019. is it wrong'), undefined);
});

test('a question put to the coach itself, or one no one can answer for sure, is read (round 16)', () => {
  assert.deepEqual(theirQuestionOf('yeah. anyway how are u'), { asks: 'how-are-you' });
  assert.deepEqual(theirQuestionOf('hbu'), { asks: 'how-are-you' });
  assert.deepEqual(theirQuestionOf('are you a real person?'), { asks: 'are-you-real' });
  assert.deepEqual(theirQuestionOf('wait am i talking to a bot'), { asks: 'are-you-real' });
  assert.deepEqual(theirQuestionOf('i cant sleep before tests. does that make sense?'), {
    asks: 'makes-sense',
  });
  assert.deepEqual(theirQuestionOf('does it get easier?'), { asks: 'easier' });
  assert.deepEqual(theirQuestionOf('how long does this feeling last'), { asks: 'easier' });
  assert.deepEqual(theirQuestionOf("do you think she'll forgive me?"), { asks: 'guess' });
  assert.deepEqual(theirQuestionOf('do you think i should text him'), { asks: 'should', about: 'text him' });
  assert.deepEqual(theirQuestionOf('tell me honestly, can anxiety really do this?'), {
    asks: 'can-it',
    about: 'anxiety',
  });
});

test('a question followed by a short aside, or after "tell me honestly", is still the question', () => {
  assert.deepEqual(theirQuestionOf('is it normal to feel angry at him? he is sick'), { asks: 'normal' });
  assert.deepEqual(theirQuestionOf('tell me honestly, am I being a silly old woman?'), {
    asks: 'am-i',
    about: 'being a silly old woman',
  });
  assert.deepEqual(theirQuestionOf('be honest, am i overreacting'), { asks: 'am-i', about: 'overreacting' });
});

test('a statement about what someone thinks, or a clinical question, is no question of ours', () => {
  assert.equal(theirQuestionOf('you think im lazy'), undefined);
  assert.equal(theirQuestionOf('my mum thinks im lazy'), undefined);
  assert.equal(theirQuestionOf('do you think I have ADHD?'), undefined);
  assert.equal(theirQuestionOf('everyone asks how are you and i say fine'), undefined);
});
