/**
 * The forms a place name and the name of its people may take of each other, by English's commonest
 * endings: "Karsova" and "Karsovan", "Corvania" and "Corvanian", "Italy" and "Italian", "Brazil" and
 * "Brazilian", "Mexico" and "Mexican". Guesses: only those a text holds are of use.
 */
export function placeAndPeopleForms(name: string): string[] {
  const forms: string[] = [];
  if (name.length < 4) return forms;
  // The place: "Karsova" → "Karsovan", "Italy" → "Italian", "Brazil" → "Brazilian", "Mexico" → "Mexican".
  if (name.endsWith("a")) forms.push(`${name}n`);
  else if (name.endsWith("y")) forms.push(`${name.slice(0, -1)}ian`);
  else if (name.endsWith("o")) forms.push(`${name.slice(0, -1)}an`);
  else if (!name.endsWith("n")) forms.push(`${name}ian`);
  // Its people: "Corvanian" → "Corvania", "Italian" → "Italy", "Brazilian" → "Brazil", "Mexican" → "Mexico".
  if (name.endsWith("ian")) forms.push(name.slice(0, -1), `${name.slice(0, -3)}y`, name.slice(0, -3));
  else if (name.endsWith("an")) forms.push(name.slice(0, -1), `${name.slice(0, -2)}o`);
  return forms;
}
