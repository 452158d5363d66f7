/**
 * Folds text for accent- and case-insensitive matching in Greek and English, as the server does:
 * "Ηράκλειο", "ΗΡΑΚΛΕΙΟ" and "ηρακλειο" all become "ηρακλειο"; final sigma becomes σ.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/\s+/g, ' ')
    .trim()
}
