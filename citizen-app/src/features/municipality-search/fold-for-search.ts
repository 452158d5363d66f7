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

// Greek letters as people type them in Latin ("greeklish", close to ELOT 743); digraphs first.
const latinDigraphs: [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/αυ/g, 'av'],
  [/ευ/g, 'ev'],
  [/μπ/g, 'b'],
  [/ντ/g, 'nt'],
]
const latinLetters: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

/**
 * Writes folded Greek text in Latin letters, so a name typed on a keyboard without Greek
 * ("irakleiou") still finds "Ηρακλείου". Takes the output of foldForSearch.
 */
export function latinOf(folded: string): string {
  const digraphs = latinDigraphs.reduce(
    (text, [pattern, latin]) => text.replace(pattern, latin),
    folded,
  )
  return digraphs.replace(/[α-ω]/g, (letter) => latinLetters[letter] ?? letter)
}
