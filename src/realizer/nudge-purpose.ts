/**
 * "check in with me thursday to make sure i did it": the nudge's words are what it is for, a check, not
 * words to hear ("The words will be: "Make sure you did it."" was rated odd on v32). Said as a purpose:
 * "I'll message you here to make sure you did it", and when it comes, "Checking in to make sure you did it."
 */

// the words of a check: what the message is for, not what it says
const PURPOSE =
  /^(?:make\s+sure|check\s+(?:in\s+)?(?:that|if|whether|on|how|you)|see\s+(?:if|whether|how|that)|find\s+out|ask\s+(?:you\s+)?(?:if|whether|how))\b/i;

/** The cue as a purpose ("make sure you did it"), or undefined when it is words to hear. */
export function nudgePurpose(cue: string): string | undefined {
  const words = cue.trim().replace(/[.!?]+$/, '');
  if (!PURPOSE.test(words) || /["“”]/.test(words)) return undefined;
  return words.charAt(0).toLowerCase() + words.slice(1);
}
