import type { common as el } from '../el/common'

export const common: Record<keyof typeof el, string> = {
  'app.name': 'KEP staff',
  'app.documentTitle': 'myKEPlive — KEP staff',
  'notFound.title': 'Page not found',
  'notFound.back': 'To my appointments',
}
