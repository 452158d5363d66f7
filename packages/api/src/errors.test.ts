import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors'
import { describe, expect, it } from 'vitest'
import { apiErrorOf, fieldMessage } from './errors'

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
})
