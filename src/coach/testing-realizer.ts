// for tests only: the real template realizer when it is there, else a bare stand-in that names the moves
import type { Realization, Realizer } from '../realizer/types.ts';
import { normalizeSentence } from '../text/sentences.ts';

export async function realizerForTests(seed = 1): Promise<{ realizer: Realizer; real: boolean }> {
  try {
    const module = await import('../realizer/template-realizer.ts');
    return { realizer: module.createTemplateRealizer({ seed }), real: true };
  } catch {
    return { realizer: standIn(), real: false };
  }
}

function standIn(): Realizer {
  const realize = (parts: string[], said: ReadonlySet<string>, turn: number): Realization => {
    const sentences = parts.map((part, index) => {
      const plain = `${part}.`;
      return said.has(normalizeSentence(plain)) ? `${part} at turn ${turn} part ${index}.` : plain;
    });
    return { text: sentences.join(' '), sentences, realizer: 'template' };
  };
  return {
    name: 'template',
    realize: async (plan, context) =>
      realize(
        plan.map((move) => (move.type === 'deliver-cue' ? `"${move.phrase}"` : `Move ${move.type}`)),
        context.said,
        context.turnIndex,
      ),
    realizeNudge: async (nudge, context) =>
      realize([nudge.cue.replace(/[.!?]+$/, '')], context.said, context.turnIndex),
  };
}
