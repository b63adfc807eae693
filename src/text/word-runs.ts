/** True when the two texts share a run of `size` words (case and punctuation aside). */
export function sharesWordRun(left: string, right: string, size: number): boolean {
  const grams = (text: string) => {
    const tokens = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const found = new Set<string>();
    for (let index = 0; index + size <= tokens.length; index++)
      found.add(tokens.slice(index, index + size).join(' '));
    return found;
  };
  const mine = grams(left);
  for (const gram of grams(right)) if (mine.has(gram)) return true;
  return false;
}
