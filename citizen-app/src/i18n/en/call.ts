import type { call as el } from '../el/call'

export const call: Record<keyof typeof el, string> = {}
