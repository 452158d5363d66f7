import { describe, expect, it } from 'vitest'
import { decideSignal, isInitiator, type LinkState } from './negotiation'

const citizen = { id: 'b-citizen', joinedAt: '2027-01-12T08:25:00.000Z' }
const employee = { id: 'a-employee', joinedAt: '2027-01-12T08:28:00.000Z' }

describe('who starts a connection', () => {
  it('the later-joined participant offers, so exactly one of each pair does', () => {
    expect(isInitiator(employee, citizen)).toBe(true)
    expect(isInitiator(citizen, employee)).toBe(false)
  })

  it('R2.7 a reloaded page is a new, later participant and offers to everyone again', () => {
    const reloaded = { id: 'a-citizen-2', joinedAt: '2027-01-12T08:31:00.000Z' }
    expect(isInitiator(reloaded, employee)).toBe(true)
    expect(isInitiator(employee, reloaded)).toBe(false)
  })

  it('breaks a tie of join times by id, the same way on both sides', () => {
    const a = { id: 'a', joinedAt: citizen.joinedAt }
    const b = { id: 'b', joinedAt: citizen.joinedAt }
    expect(isInitiator(a, b)).not.toBe(isInitiator(b, a))
  })
})

describe('what to do with a signal', () => {
  const link: LinkState = { negotiationId: 'n2', retired: new Set(['n1']) }
  const offer = { type: 'offer', sdp: 'v=0' }

  it('applies a signal of the current negotiation on either side', () => {
    expect(decideSignal(link, { negotiationId: 'n2', payload: offer }, false)).toEqual({
      kind: 'apply',
    })
    expect(decideSignal(link, { negotiationId: 'n2', payload: offer }, true)).toEqual({
      kind: 'apply',
    })
  })

  it('drops a late signal of a replaced negotiation', () => {
    expect(decideSignal(link, { negotiationId: 'n1', payload: offer }, false)).toEqual({
      kind: 'drop',
      reason: 'stale',
    })
  })

  it('the answering side replaces its peer when the other side starts a new negotiation', () => {
    expect(decideSignal(link, { negotiationId: 'n3', payload: offer }, false)).toEqual({
      kind: 'replace',
      negotiationId: 'n3',
    })
    expect(decideSignal(undefined, { negotiationId: 'n1', payload: offer }, false)).toEqual({
      kind: 'replace',
      negotiationId: 'n1',
    })
  })

  it('the offering side ignores negotiations it did not start', () => {
    expect(decideSignal(link, { negotiationId: 'n3', payload: offer }, true)).toEqual({
      kind: 'drop',
      reason: 'unknown',
    })
  })

  it('a restart request restarts only the current negotiation, and only on the offering side', () => {
    const restart = { restart: true }
    expect(decideSignal(link, { negotiationId: 'n2', payload: restart }, true)).toEqual({
      kind: 'restart',
    })
    expect(decideSignal(link, { negotiationId: 'n1', payload: restart }, true).kind).toBe('drop')
    expect(decideSignal(link, { negotiationId: 'n2', payload: restart }, false).kind).toBe('drop')
  })
})
