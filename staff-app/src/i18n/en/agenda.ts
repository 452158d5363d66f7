import type { agenda as el } from '../el/agenda'

export const agenda: Record<keyof typeof el, string> = {
  'agenda.title': "Today's appointments",
  'agenda.loginFirst':
    "Log in as a KEP employee (public-sector employees' login) to see your KEP's appointments.",
  'agenda.notStaff': 'This page is for KEP employees.',
  'agenda.loadFailed': 'The appointments could not be loaded. Reload the page.',
  'agenda.none': 'There are no appointments today.',
  'agenda.caption': "The KEP's appointments today",
  'agenda.col.time': 'Time',
  'agenda.col.citizen': 'Citizen',
  'agenda.col.procedure': 'Procedure',
  'agenda.col.state': 'State',
  'agenda.col.action': 'Action',
  'agenda.needs.signLanguage': 'Greek Sign Language interpreting',
  'agenda.needs.lipReading': 'Lip-reading',
  'agenda.state.notStarted': 'Not started',
  'agenda.state.waiting': 'Waiting to be let in',
  'agenda.state.inCall': 'In the call',
  'agenda.state.ended': 'Completed',
  'agenda.state.completed': 'Completed',
  'agenda.state.noShow': 'Did not attend',
  'agenda.state.cancelled': 'Cancelled',
  'agenda.open': 'Open the call with {name}',
  'agenda.waitingNow': 'Citizens waiting now: {count}',
  'agenda.announce.waiting': '{name} is waiting in the waiting room.',
}
