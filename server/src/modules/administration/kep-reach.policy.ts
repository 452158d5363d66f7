import { isAdministrator, type Actor } from '../../platform/actor.js'
import { notFound } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'

// Who may change one KEP's hours, closures and workstations (issue 13, issue 14 items 7 and 8):
// the ministry's OPERATORs and ADMINISTRATORs any KEP, a KEP's manager their own. Another KEP
// is NOT_FOUND to a manager, so its ids reveal nothing; anyone else is FORBIDDEN.

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

/** Whether the actor is a KEP's manager (their own KEP only). */
export function isKepManager(
  actor: Actor,
): actor is Extract<Actor, { kind: 'employee' }> & { role: 'manager' } {
  return actor.kind === 'employee' && actor.role === 'manager'
}

/**
 * Refuses a change of `kepId` the actor may not make.
 * @throws DomainError FORBIDDEN (not an OPERATOR, ADMINISTRATOR or manager), NOT_FOUND (a
 * malformed id; another KEP's, to a manager).
 */
export function assertKepChanger(actor: Actor, kepId: string): void {
  const manager = isKepManager(actor)
  if (!isAdministrator(actor, 'operator') && !manager) throw forbidden()
  if (!isUuid(kepId) || (manager && actor.kepId !== kepId)) throw kepNotFound()
}

/** Refuses anyone who may change no KEP at all (before the KEP is known). */
export function assertSomeKepChanger(actor: Actor): void {
  if (!isAdministrator(actor, 'operator') && !isKepManager(actor)) throw forbidden()
}
