/** Sign-offs at the end of wire copy (` Reuter` in 1980s Reuters stories): they leave the body. */
const SIGNOFF = /^(?:Reuter|REUTER|Reuters|REUTERS|AP|AFP|-30-|###|ENDS|End)$/;

export function isSignoff(text: string): boolean {
  return SIGNOFF.test(text);
}
