/**
 * A normalised utterance and the one way to edit it: every character remembers the original offset
 * it came from, so a span found in the normalised text still points at what the person wrote.
 */
export type Normalised = {
  /** The text every reader sees. */
  text: string;
  /** origin[i] is the original offset of text[i]; origin[text.length] is the original length. */
  origin: number[];
  original: string;
};

/** Builder: appends normalised characters, each remembering where it came from. */
export class Output {
  text = '';
  origin: number[] = [];
  push(characters: string, from: number, to = from + 1): void {
    const length = characters.length;
    for (let index = 0; index < length; index++) {
      this.text += characters[index];
      // spread a replacement over its source so a span inside it still maps inside the source
      // the last character maps to the last source unit, so a span ending here covers all of it
      const at =
        index === length - 1 && length > 1 ? to - 1 : from + Math.floor((index * (to - from)) / length);
      this.origin.push(at);
    }
  }
}

/** Rewrites `text` through a list of [match, replacement] edits, carrying origins. */
export function rewrite(
  source: Normalised,
  edits: Array<{ start: number; end: number; replacement: string }>,
): Normalised {
  if (edits.length === 0) return source;
  const output = new Output();
  let cursor = 0;
  for (const edit of edits) {
    for (let index = cursor; index < edit.start; index++)
      output.push(source.text[index], source.origin[index]);
    const from = source.origin[edit.start];
    const to = source.origin[edit.end - 1] + 1;
    output.push(edit.replacement, from, to);
    cursor = edit.end;
  }
  for (let index = cursor; index < source.text.length; index++)
    output.push(source.text[index], source.origin[index]);
  output.origin.push(source.origin[source.text.length]);
  return { text: output.text, origin: output.origin, original: source.original };
}

export type Edit = { start: number; end: number; replacement: string };
