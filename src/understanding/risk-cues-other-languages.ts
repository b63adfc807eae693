/**
 * Round 13: a disclosure said in the person's first language inside an English chat ("mi voglio ammazzare
 * stasera, sorry my english", "il m'a poussé contre le mur. I am afraid tonight"). People switch language for the
 * sentence that is hardest to say, and the model, trained on English, reads nothing there (0.05 and 0.37 on two
 * v19/v20 items). The plain first-person forms of "kill myself", "I want to die", "cut myself" and "he hits me"
 * in the languages our writers' voices use most (Spanish, French, Italian, Portuguese, German, Polish); accents
 * optional, since people type without them. Explicit self-killing is 'clear', as in English; the rest 'possible'.
 */
import type { RiskCue } from './risk-cues.ts';

// a letter after the match means a longer word: \b does not see accented letters
const END = '(?![a-zà-ÿ])';

export const RISK_CUES_OTHER_LANGUAGES: readonly RiskCue[] = [
  {
    // "me quiero matar", "je vais me tuer", "mi voglio ammazzare", "vou me matar", "ich will mich umbringen"
    id: 'kill-myself-other-language',
    type: 'suicide',
    level: 'clear',
    pattern: new RegExp(
      String.raw`\b(?:(?:me (?:quiero|voy a|vou) )?matarme|me (?:quiero|voy a) matar|suicidarme|me suicidar|vou me matar|quero me matar|(?:je (?:vais|veux) )?me (?:tuer|suicider)|mi voglio (?:ammazzare|uccidere)|ammazzarmi|uccidermi|suicidarmi|farla finita(?! con)|mich (?:umbringen|t[oö]ten)|zabi[cć] si[eę])${END}`,
    ),
  },
  {
    // "quiero morir", "j'ai envie de mourir", "voglio morire", "quero morrer", "ich will sterben", "chcę umrzeć"
    id: 'want-to-die-other-language',
    type: 'suicide',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:(?:me )?quiero morir(?:me)?|no quiero (?:vivir|seguir viviendo)|je veux mourir|envie de mourir|en finir avec (?:la vie|tout)|(?:veux|envie d'|vais) en finir(?! avec)|voglio morire|non voglio (?:pi[uù] )?vivere|quero morrer|n[aã]o quero (?:mais )?viver|ich (?:will|m[oö]chte) (?:sterben|nicht mehr leben)|ch(?:c[eę]|ce) umrze[cć])${END}`,
    ),
  },
  {
    // "me corto los brazos", "je me scarifie", "mi taglio", "ich ritze mich" (hair is not this: "me corto el pelo")
    id: 'self-harm-other-language',
    type: 'self-harm',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:me corto|cortarme|me cortar|je me (?:coupe|scarifie)|me scarifier|mi taglio|tagliarmi|ritze mich|mich ritzen)${END}(?! (?:el|le|les|i|il|la|o|as|os|das|die) ?(?:pelo|cabelo|cheveux|capelli|haare|u[ñn]as|ongles|unghie|barba|frange|flequillo))`,
    ),
  },
  {
    // "il m'a poussé contre le mur", "mi marido me pega", "mi picchia", "me bateu", "er schlägt mich"
    id: 'hit-by-someone-other-language',
    type: 'abuse',
    level: 'possible',
    pattern: new RegExp(
      String.raw`\b(?:m'a (?:pouss[ée]e?|frapp[ée]e?|battue?|gifl[ée]e?|[ée]trangl[ée]e?)|me (?:frappe|bat|gifle)|me (?:pega|golpea|peg[oó]|golpe[oó]|empuj[oó]|amenaza)|mi (?:picchia|ha picchiat[oa]|ha spint[oa]|minaccia|ha dato uno schiaffo)|me (?:bate|bateu|empurrou|amea[cç]a)|schl[aä]gt mich|hat mich geschlagen|bedroht mich)${END}`,
    ),
  },
];
