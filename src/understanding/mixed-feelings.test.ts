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
