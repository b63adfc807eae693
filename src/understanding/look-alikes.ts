/**
 * Letters from other scripts that look like Latin ones, as people use them to slip words past a
 * filter ("kіll" with a Cyrillic і). Mathematical and fullwidth letters need no entry: NFKD folds
 * them. Lower and upper case both listed, mapped to the Latin letter of the same case.
 */
// biome-ignore format: a table reads best in rows
const PAIRS: Array<[string, string]> = [
  // Cyrillic
  ['а', 'a'], ['А', 'A'], ['в', 'b'], ['В', 'B'], ['с', 'c'], ['С', 'C'], ['ԁ', 'd'], ['е', 'e'], ['Е', 'E'],
  ['ё', 'e'], ['һ', 'h'], ['Н', 'H'], ['н', 'h'], ['і', 'i'], ['І', 'I'], ['ї', 'i'], ['ј', 'j'], ['Ј', 'J'],
  ['к', 'k'], ['К', 'K'], ['ӏ', 'l'], ['Ӏ', 'l'], ['м', 'm'], ['М', 'M'], ['п', 'n'], ['о', 'o'], ['О', 'O'],
  ['р', 'p'], ['Р', 'P'], ['ԛ', 'q'], ['г', 'r'], ['ѕ', 's'], ['Ѕ', 'S'], ['т', 't'], ['Т', 'T'], ['у', 'y'],
  ['У', 'Y'], ['ѡ', 'w'], ['х', 'x'], ['Х', 'X'], ['ү', 'y'], ['Ү', 'Y'], ['ь', 'b'], ['ɡ', 'g'], ['Ԝ', 'W'],
  ['ԝ', 'w'], ['з', '3'],
  // Greek
  ['α', 'a'], ['Α', 'A'], ['β', 'b'], ['Β', 'B'], ['ε', 'e'], ['Ε', 'E'], ['Ζ', 'Z'], ['η', 'n'], ['Η', 'H'],
  ['ι', 'i'], ['Ι', 'I'], ['κ', 'k'], ['Κ', 'K'], ['Μ', 'M'], ['ν', 'v'], ['Ν', 'N'], ['ο', 'o'], ['Ο', 'O'],
  ['ρ', 'p'], ['Ρ', 'P'], ['τ', 't'], ['Τ', 'T'], ['υ', 'u'], ['Υ', 'Y'], ['χ', 'x'], ['Χ', 'X'], ['ϲ', 'c'],
  ['ω', 'w'], ['ς', 's'],
  // Latin small capitals and other stand-ins
  ['ɪ', 'i'], ['ʟ', 'l'], ['ᴋ', 'k'], ['ᴅ', 'd'], ['ᴇ', 'e'], ['ꜱ', 's'], ['ᴜ', 'u'], ['ᴍ', 'm'], ['ʏ', 'y'],
  ['ғ', 'f'], ['ɴ', 'n'], ['ᴏ', 'o'], ['ᴛ', 't'], ['ᴀ', 'a'], ['ʜ', 'h'], ['ᴄ', 'c'], ['ᴡ', 'w'], ['ɢ', 'g'],
  ['ı', 'i'], ['ł', 'l'], ['ø', 'o'], ['đ', 'd'], ['ß', 'ss'],
];

export const LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(PAIRS);
