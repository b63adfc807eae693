import type { Realizer } from '../realizer/types.ts';

let loading: Promise<typeof import('../realizer/template-realizer.ts')> | undefined;

/** The offline template realizer, loaded once on first use. */
export async function defaultRealizer(seed: number): Promise<Realizer> {
  loading ??= import('../realizer/template-realizer.ts');
  const module = await loading;
  return module.createTemplateRealizer({ seed });
}
