import type { booking as el } from '../el/booking'

export const booking: Record<keyof typeof el, string> = {}
