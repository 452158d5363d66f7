// Greek tax numbers (ΑΦΜ): nine digits, the last a mod-11 check digit over the first eight.

function checkDigit(eightDigits: string): number {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * 2 ** (8 - i)
  return (sum % 11) % 10
}

export function isValidAfm(afm: string): boolean {
  return /^\d{9}$/.test(afm) && afm !== '000000000' && checkDigit(afm) === Number(afm[8])
}

/** A valid ΑΦΜ from eight digits: appends the check digit. */
export function withAfmCheckDigit(eightDigits: string): string {
  return `${eightDigits}${checkDigit(eightDigits)}`
}
