/** Sign-offs at the end of wire copy (` Reuter` in 1980s Reuters stories): they leave the body. */
const SIGNOFF = /^(?:Reuter|REUTER|Reuters|REUTERS|-30-|###|ENDS)$/;
/** A sign-off glued to the last sentence: `...of 1986. REUTER` (only the agency words, after a sentence end). */
const GLUED = /^(.*[.!?"”’)]) (Reuter|REUTER)$/;

export function isSignoff(text: string): boolean {
  return SIGNOFF.test(text);
}

export function gluedSignoff(text: string): { rest: string; signoff: string } | null {
  const match = GLUED.exec(text);
  return match ? { rest: match[1]!, signoff: match[2]! } : null;
}
