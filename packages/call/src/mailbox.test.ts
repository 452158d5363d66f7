import { describe, expect, it } from 'vitest'
import { SignalMailbox } from './mailbox'
import type { CallSignal } from './signals'

const signal = (seq: number, from = 'other', to = 'me'): CallSignal => ({
  seq,
  from,
  to,
  negotiationId: 'n1',
  payload: { seq },
})

function mailbox() {
  const delivered: number[] = []
  const box = new SignalMailbox('me', (s) => delivered.push(s.seq))
  return { box, delivered }
}

describe('the signalling mailbox (issue 7: subscribe, then fetch what was missed)', () => {
  it('holds live signals until the first fetch, then delivers both in sequence order once', () => {
    const { box, delivered } = mailbox()
    expect(box.beginReplay()).toBe(0)
    box.receive(signal(5))
    box.receive(signal(3))
    expect(delivered).toEqual([])
    box.endReplay([signal(1), signal(3), signal(2)])
    expect(delivered).toEqual([1, 2, 3, 5])
    expect(box.afterSeq).toBe(5)
  })

  it('drops its own echoes and signals addressed to someone else', () => {
    const { box, delivered } = mailbox()
    box.endReplay([signal(1, 'me', 'other'), signal(2, 'other', 'third'), signal(3)])
    box.receive(signal(4, 'me', 'other'))
    box.receive(signal(5))
    expect(delivered).toEqual([3, 5])
  })

  it('delivers live signals at once between fetches and skips them when a fetch returns them again', () => {
    const { box, delivered } = mailbox()
    box.endReplay([])
    box.receive(signal(7))
    box.receive(signal(7))
    expect(delivered).toEqual([7])
    // a reconnection: fetch after the last seq seen, live ones included
    expect(box.beginReplay()).toBe(7)
    box.receive(signal(9))
    box.endReplay([signal(8)])
    expect(delivered).toEqual([7, 8, 9])
    expect(box.afterSeq).toBe(9)
  })

  it('issue 11 defect 10: fetches after the last seq it saw, not from 0; a signal that comes out of order is still delivered once', () => {
    const { box, delivered } = mailbox()
    box.endReplay([])
    for (let seq = 1; seq <= 600; seq++) box.receive(signal(seq, seq % 2 ? 'other' : 'me', 'x'))
    box.receive(signal(601))
    expect(box.beginReplay()).toBe(601)
    box.endReplay([signal(602), signal(603)])
    // 604 was published before 605 but arrives after it, on the re-sent subscription's replay
    box.receive(signal(605))
    box.receive(signal(604))
    box.receive(signal(605))
    expect(delivered).toEqual([601, 602, 603, 605, 604])
    expect(box.afterSeq).toBe(605)
  })
})
