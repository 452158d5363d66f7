import { describe, expect, it } from 'vitest'
import { iceServersFor, turnCredential } from './ice.js'

describe('ICE servers', () => {
  it('builds coturn REST API credentials: <unix expiry>:<participant>, base64 HMAC-SHA1 (vector from openssl)', () => {
    // printf '%s' '1796000000:5f0c…0b6c' | openssl dgst -sha1 -hmac 'coturn-static-auth-secret' -binary | base64
    expect(
      turnCredential(
        'coturn-static-auth-secret',
        '5f0c6f0e-8f7a-4c53-9d1b-2a2f4f1e0b6c',
        new Date(1_796_000_000_000),
      ),
    ).toEqual({
      username: '1796000000:5f0c6f0e-8f7a-4c53-9d1b-2a2f4f1e0b6c',
      credential: 'EVgtzTPjCKjT/xJz3mksPGMbMvE=',
    })
  })

  it('answers an empty list when nothing is configured (one machine needs none)', () => {
    expect(
      iceServersFor({ stunUrls: [], turnUrls: [], turnSecret: undefined }, 'p', new Date()),
    ).toEqual([])
  })

  it('gives STUN without and TURN with a time-limited credential', () => {
    const servers = iceServersFor(
      {
        stunUrls: ['stun:stun.example.gr:3478'],
        turnUrls: ['turns:turn.example.gr:5349'],
        turnSecret: 'a-long-enough-secret',
      },
      'participant-1',
      new Date('2027-01-12T10:00:00Z'),
    )
    expect(servers).toEqual([
      { urls: ['stun:stun.example.gr:3478'], username: null, credential: null },
      {
        urls: ['turns:turn.example.gr:5349'],
        username: `${Date.parse('2027-01-12T10:00:00Z') / 1000}:participant-1`,
        credential: expect.stringMatching(/^[A-Za-z0-9+/]{27}=$/),
      },
    ])
  })
})
