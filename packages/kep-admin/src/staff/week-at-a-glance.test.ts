import { describe, expect, it } from 'vitest'
import { weekOf } from './week-at-a-glance'

const row = (weekday: number, validFrom: string, validTo: string | null = null) => ({
  id: `${weekday}-${validFrom}`,
  workstationId: 'w',
  workstationLabel: 'Θέση 1',
  weekday,
  startsAt: '08:00',
  endsAt: '15:00',
  validFrom,
  validTo,
})

describe('an employee’s week at a glance (issue 14 item 6)', () => {
  it('issue 14.6: Monday to Sunday of the week of today, each day with the windows in force then', () => {
    const days = weekOf(
      {
        availability: [
          row(1, '2026-01-01'),
          row(3, '2026-12-03'),
          row(5, '2026-01-01', '2026-12-03'),
        ],
        absences: [],
      },
      '2026-12-02', // a Wednesday
    )
    expect(days.map((d) => [d.date, d.windows])).toEqual([
      ['2026-11-30', ['08:00–15:00']],
      ['2026-12-01', []],
      ['2026-12-02', []], // the row for Wednesdays starts the next day
      ['2026-12-03', []],
      ['2026-12-04', []], // the row for Fridays ended the day before
      ['2026-12-05', []],
      ['2026-12-06', []],
    ])
  })

  it('issue 14.6: an absence from midnight to midnight (Athens) marks that day only', () => {
    const days = weekOf(
      {
        availability: [],
        // Thursday 3 December 00:00 to Friday 4 December 00:00 in Athens (UTC+2)
        absences: [
          {
            id: 'a',
            startsAt: '2026-12-02T22:00:00.000Z',
            endsAt: '2026-12-03T22:00:00.000Z',
            reason: '',
          },
        ],
      },
      '2026-12-02',
    )
    expect(days.filter((d) => d.absent).map((d) => d.date)).toEqual(['2026-12-03'])
  })
})
