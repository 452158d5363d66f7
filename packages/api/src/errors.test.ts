import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors'
import { describe, expect, it } from 'vitest'
import { apiErrorOf, fieldMessage, serviceUnavailableMessages } from './errors'

describe('apiErrorOf', () => {
  it('reads the code, both messages and the fields of a refused input', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Ορισμένα στοιχεία δεν είναι σωστά.',
          extensions: {
            code: 'VALIDATION_FAILED',
            messages: {
              el: 'Ορισμένα στοιχεία δεν είναι σωστά.',
              en: 'Some details are not valid.',
            },
            fields: [
              {
                field: 'input.email',
                reason: 'invalid_format',
                message: { el: 'Μη έγκυρο email.', en: 'Not a valid email.' },
              },
              { field: 'input.phone', reason: 'required' },
            ],
          },
        },
      ],
    })
    const read = apiErrorOf(error)
    expect(read).toMatchObject({ kind: 'server', code: 'VALIDATION_FAILED' })
    expect(read?.messages?.en).toBe('Some details are not valid.')
    // a field without its message is not shown rather than shown empty
    expect(read?.fields.map((f) => f.field)).toEqual(['input.email'])
    expect(fieldMessage(read, 'input.email')?.el).toBe('Μη έγκυρο email.')
    expect(fieldMessage(read, 'input.fullName')).toBeUndefined()
  })

  it('keeps further details, such as the alternatives of an unavailable slot', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'taken',
          extensions: { code: 'SLOT_UNAVAILABLE', alternatives: ['2027-01-12T08:30:00.000Z'] },
        },
      ],
    })
    expect(apiErrorOf(error)?.details.alternatives).toEqual(['2027-01-12T08:30:00.000Z'])
  })

  it('tells a rate limit and a network failure apart', () => {
    const limited = new ServerError('Too many requests', {
      response: new Response('', { status: 429 }),
      bodyText: '',
    })
    expect(apiErrorOf(limited)).toMatchObject({ kind: 'server', code: 'RATE_LIMITED' })
    expect(apiErrorOf(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'network' })
    expect(apiErrorOf(undefined)).toBeUndefined()
  })

  it('issue 11 defect 3: a 503 reads as SERVICE_UNAVAILABLE with the server’s messages, or the apps’ own when a proxy answered', () => {
    const messages = { el: 'Η υπηρεσία δεν είναι διαθέσιμη.', en: 'Not available.' }
    const fromServer = new ServerError('Response not successful', {
      response: new Response('', { status: 503 }),
      bodyText: JSON.stringify({
        errors: [
          {
            message: 'x',
            extensions: { code: 'SERVICE_UNAVAILABLE', messages, retryAfterSeconds: 5 },
          },
        ],
      }),
    })
    expect(apiErrorOf(fromServer)).toMatchObject({
      kind: 'server',
      code: 'SERVICE_UNAVAILABLE',
      messages,
      details: { retryAfterSeconds: 5 },
    })
    const fromProxy = new ServerError('Response not successful', {
      response: new Response('', { status: 503 }),
      bodyText: '<html>503 Service Unavailable</html>',
    })
    expect(apiErrorOf(fromProxy)).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      messages: serviceUnavailableMessages,
    })
    expect(serviceUnavailableMessages.el).toBe(
      'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
    )
  })

  it('reads the typed error of a 401 answered before GraphQL ran', () => {
    const refused = new ServerError('Response not successful', {
      response: new Response('', { status: 401 }),
      bodyText: JSON.stringify({
        errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    })
    expect(apiErrorOf(refused)).toMatchObject({ kind: 'server', code: 'UNAUTHENTICATED' })
  })
})
