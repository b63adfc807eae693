import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './analyse.ts';

const mixedOf = (text: string) =>
  analyse(text).observations.find((item) => item.kind === 'mixed') as { form: string } | undefined;

test('one thing felt both ways, or a choice where each way costs, is read as mixed', () => {
  assert.equal(mixedOf('which is what i wanted but also not')?.form, 'both-ways');
  assert.equal(mixedOf('part of me wants to go and part of me wants to hide')?.form, 'both-ways');
  assert.equal(
    mixedOf('do i say something or not because if i say something im dramatic and if i dont im a pushover')
      ?.form,
    'torn',
  );
  assert.equal(mixedOf('idk if i shld say smth or act like i didnt see')?.form, 'torn');
  assert.equal(mixedOf('i dont know if i must say something or leave it')?.form, 'torn');
});

test('a plain "but" is not two pulls at once', () => {
  for (const text of ['i want to go but i cant afford it', 'i like it but not the price', 'yes and no'])
    assert.equal(mixedOf(text), undefined, text);
});

test('a shrug that says it does not matter is read as one', () => {
  assert.equal(mixedOf('whatever i dont care')?.form, 'shrug');
  assert.equal(mixedOf('whatever works for you'), undefined);
});

test('at ease with something hard and undone by one thing is read as that bind, not a plain "but"', () => {
  for (const text of [
    'i can talk to a room of fifty kids but one phone call and i go to pieces',
    'i can pull a bloke out of a rip but talking to 5 people makes me want to hide',
    'i can run a whole ward but i cant open one letter',
  ])
    assert.equal(mixedOf(text)?.form, 'capable', text);
  for (const text of [
    'i can ask but im scared',
    'i can do it but not today, im too scared',
    'i could do it but i cant be bothered',
    'i can cook for 20 but i like it',
  ])
    assert.notEqual(mixedOf(text)?.form, 'capable', text);
});
