/**
 * Folds text for accent- and case-insensitive search in Greek and English:
 * "Πιστοποιητικό" and "ΠΙΣΤΟΠΟΙΗΤΙΚΟ" both become "πιστοποιητικο"; final sigma becomes σ.
 * Control characters (NUL included) and lone surrogates become spaces: harmless in a search,
 * and never sent to the database, which refuses NUL.
 */
export function foldForSearch(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Escapes LIKE's wildcards so user input matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
