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
    expect(box.afterSeq).toBe(3)
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
    // a reconnection: fetch after the watermark, which live signals do not move
    expect(box.beginReplay()).toBe(0)
    box.receive(signal(9))
    box.endReplay([signal(6), signal(7), signal(8)])
    expect(delivered).toEqual([7, 6, 8, 9])
    expect(box.afterSeq).toBe(8)
  })

  it('fills a hole left by a subscription that started late (a live signal before an earlier one)', () => {
    const { box, delivered } = mailbox()
    box.endReplay([signal(1)])
    box.receive(signal(4)) // 2 and 3 were sent before the subscription was registered
    box.beginReplay()
    box.endReplay([signal(2), signal(3), signal(4)])
    expect(delivered).toEqual([1, 4, 2, 3])
  })
})
