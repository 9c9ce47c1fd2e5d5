/**
 * The users search: every word typed must appear in the person's name or e-mail address, ignoring case and accents
 * ("angela" finds "Ángela Núñez", "nunez dcfs" finds her at angela.nunez@dcfs...).
 */

/** Text as the search compares it: accents dropped, lower case. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-US');
}

export function matchesSearch(person: { displayName: string; email: string }, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${folded(person.displayName)} ${folded(person.email)}`;
  return words.every((word) => haystack.includes(word));
}
