import type { AuthChecker } from 'type-graphql'
import { hasRole, type Role } from '../actor.js'
import type { BaseContext } from '../context.js'
import { DomainError } from '../errors.js'

export const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', {
    el: 'Χρειάζεται σύνδεση. Συνδεθείτε με τους κωδικούς TaxisNet και δοκιμάστε ξανά.',
    en: 'You need to log in. Log in with your TaxisNet credentials and try again.',
  })

export const forbidden = () =>
  new DomainError('FORBIDDEN', {
    el: 'Δεν έχετε δικαίωμα γι’ αυτή την ενέργεια.',
    en: 'You are not allowed to do this.',
  })

/**
 * The gate of `@Authorized(...)`: `@Authorized()` needs any login, `@Authorized(Role.X, …)` one
 * of the roles. Nobody logged in (or an expired session) → UNAUTHENTICATED; logged in with
 * another role → FORBIDDEN. Record-level rules (whose booking) live in each module's policy.
 */
export const authChecker: AuthChecker<BaseContext, Role> = ({ context }, roles) => {
  const { actor } = context
  if (actor.kind === 'anonymous') throw unauthenticated()
  if (roles.length === 0) return true
  if (roles.some((role) => hasRole(actor, role))) return true
  throw forbidden()
}
