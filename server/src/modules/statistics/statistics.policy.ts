import { isAdministrator, type Actor } from '../../platform/actor.js'
import { notFound } from '../../platform/errors.js'
import { forbidden, unauthenticated } from '../../platform/security/auth-checker.js'

// Who reads a KEP's figures (issue 14 item 9) — one place, for GraphQL and the service.

/**
 * A KEP at a glance: any of the ministry's administrators (AUDITORs included) for any KEP, a
 * KEP's manager for their own; another KEP's manager is told it does not exist, anyone else is
 * refused.
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN or NOT_FOUND.
 */
export function glanceReadable(actor: Actor, kepId: string): void {
  if (actor.kind === 'anonymous') throw unauthenticated()
  if (isAdministrator(actor, 'auditor')) return
  if (actor.kind !== 'employee' || actor.role !== 'manager') throw forbidden()
  if (actor.kepId !== kepId) throw notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })
}
