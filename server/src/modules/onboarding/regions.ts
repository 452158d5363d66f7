// Issue 18 "Bad input": a new KEP's address must be in its municipality's region. Greek
// postcodes begin with two digits that belong to one prefecture, hence to one of the 13
// regions (ELTA's numbering); the regions are named as the municipalities' regionEn.

const regionByPrefix = new Map<number, string>()
const regions: [string, number[]][] = [
  ['Attica', [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]],
  ['Peloponnese', [20, 21, 22, 23, 24]],
  ['Western Greece', [25, 26, 27, 30]],
  ['Ionian Islands', [28, 29, 31, 49]],
  ['Central Greece', [32, 33, 34, 35, 36]],
  ['Thessaly', [37, 38, 40, 41, 42, 43]],
  ['Epirus', [44, 45, 46, 47, 48]],
  ['Western Macedonia', [50, 51, 52, 53]],
  ['Central Macedonia', [54, 55, 56, 57, 58, 59, 60, 61, 62, 63]],
  ['Eastern Macedonia and Thrace', [64, 65, 66, 67, 68, 69]],
  ['Crete', [70, 71, 72, 73, 74]],
  ['North Aegean', [81, 82, 83]],
  ['South Aegean', [84, 85]],
]
for (const [region, prefixes] of regions) {
  for (const prefix of prefixes) regionByPrefix.set(prefix, region)
}

/** The region (in English, as municipalities.region_en) of a 5-digit postcode; undefined if none. */
export function regionOfPostalCode(postalCode: string): string | undefined {
  if (!/^\d{5}$/.test(postalCode)) return undefined
  return regionByPrefix.get(Number(postalCode.slice(0, 2)))
}
