import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError, type DocumentNode } from 'graphql'
import type { Actor } from '../actor.js'
import type { BaseContext } from '../context.js'
import { DomainError } from '../errors.js'
import { rootFields, usesIntrospection } from './graphql-limits.js'
import type { RateLimitBucket, RateLimits } from './rate-limit.js'
import { callerKey } from './rate-limit.js'

/** Operations counted against a rate-limit bucket, by root field name. */
export const rateLimitedOperations: Record<string, RateLimitBucket> = {
  bookAppointment: 'booking',
  rescheduleBooking: 'booking',
  // each change emails the address given: counted like a booking, so it cannot be a mail cannon
  updateBookingContact: 'booking',
  // each time chosen holds it for 10 minutes: a script cycling holds could keep slots from others
  holdSlot: 'hold',
  sendSignal: 'signal',
}

export interface OperationGuardOptions {
  /** In production only administrators and API clients may introspect the schema. */
  production: boolean
  /** Root fields each API-key scope opens; an API client may call nothing else. */
  scopeOperations: Record<string, readonly string[]>
  /**
   * Root fields anyone may call without logging in. Every other operation is private by
   * default: nobody logged in → UNAUTHENTICATED before any resolver runs, so a new operation
   * whose resolver forgets its gate still refuses anonymous callers.
   */
  publicOperations: ReadonlySet<string>
  /**
   * Root fields an employee may call before acknowledging the acceptable-use notice (Art. 7.2,
   * issue 14 item 5): who they are, the acknowledgement, logging out, the public reads. Every
   * other operation answers ACCEPTABLE_USE_REQUIRED until they acknowledge it.
   */
  beforeAcceptableUse: ReadonlySet<string>
  rateLimits: RateLimits
}

const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', {
    el: 'Χρειάζεται σύνδεση. Συνδεθείτε με τους κωδικούς TaxisNet και δοκιμάστε ξανά.',
    en: 'You need to log in. Log in with your TaxisNet credentials and try again.',
  })

const forbidden = (el: string, en: string) => new DomainError('FORBIDDEN', { el, en })

/** Issue 14 item 5: an employee's first login, before the acceptable-use notice is acknowledged. */
export const acceptableUseRequired = () =>
  new DomainError('ACCEPTABLE_USE_REQUIRED', {
    el:
      'Πριν συνεχίσετε, διαβάστε τον όρο αποδεκτής χρήσης (άρθρο 7.2) και δηλώστε ότι ' +
      'έλαβατε γνώση.',
    en:
      'Before you continue, read the acceptable-use notice (Article 7.2) and confirm that ' +
      'you have read it.',
  })

/**
 * Checks that apply to a whole operation before any resolver runs, over HTTP and WebSocket:
 * introspection, API-key scopes, an employee's acceptable-use acknowledgement, and the rate
 * limits of booking and of a call's signals.
 * @throws FORBIDDEN, ACCEPTABLE_USE_REQUIRED or RATE_LIMITED
 */
export async function guardOperation(
  options: OperationGuardOptions,
  document: DocumentNode,
  operationName: string | null | undefined,
  caller: { actor: Actor; ip: string | undefined },
): Promise<void> {
  const { actor } = caller
  if (
    options.production &&
    actor.kind !== 'administrator' &&
    actor.kind !== 'api_client' &&
    usesIntrospection(document)
  ) {
    throw forbidden(
      'Η περιγραφή του σχήματος διατίθεται μόνο σε διαχειριστές και πελάτες API.',
      'Introspection is available to administrators and API clients only.',
    )
  }
  const fields = rootFields(document, operationName).filter((f) => !f.startsWith('__'))
  if (actor.kind === 'anonymous' && fields.some((f) => !options.publicOperations.has(f))) {
    throw unauthenticated()
  }
  if (
    actor.kind === 'employee' &&
    actor.acceptableUseAcknowledged !== true &&
    fields.some((f) => !options.beforeAcceptableUse.has(f))
  ) {
    throw acceptableUseRequired()
  }
  if (actor.kind === 'api_client') {
    const allowed = new Set(actor.scopes.flatMap((s) => options.scopeOperations[s] ?? []))
    const outside = fields.filter((f) => !allowed.has(f))
    if (outside.length > 0) {
      throw forbidden(
        `Το κλειδί API δεν επιτρέπει: ${outside.join(', ')}.`,
        `The API key's scopes do not allow: ${outside.join(', ')}.`,
      )
    }
  }
  for (const bucket of new Set(fields.map((f) => rateLimitedOperations[f]).filter(Boolean))) {
    await options.rateLimits.consume(bucket!, {
      caller: callerKey(
        'sessionId' in actor ? actor.sessionId : 'clientId' in actor ? actor.clientId : undefined,
      ),
      ip: caller.ip,
    })
  }
}

// 200 like the same errors from a resolver, so clients see one shape; 429 tells proxies too.
const httpStatus: Partial<Record<string, number>> = { RATE_LIMITED: 429 }

/** guardOperation as an Apollo plugin; its errors keep their code and both messages. */
export function operationGuardPlugin<C extends BaseContext>(
  options: OperationGuardOptions,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, contextValue }) {
          try {
            await guardOperation(options, document, operationName, contextValue)
          } catch (err) {
            if (!(err instanceof DomainError)) throw err
            // A path makes formatError unwrap the original DomainError (code + messages).
            throw new GraphQLError(err.message, {
              path: [],
              originalError: err,
              extensions: {
                code: err.code,
                http: { status: httpStatus[err.code] ?? 200 },
              },
            })
          }
        },
      }
    },
  }
}
