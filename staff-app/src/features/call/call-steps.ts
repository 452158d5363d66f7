import type { StaffCall_CallFragment } from '../../gql/graphql'

export type CallStepId = 'identity' | 'request' | 'outcome'

/**
 * How a step stands: `current` is the one to act on now; `done` and `failed` are finished (failed:
 * the identity was not verified); `open` can be read ahead (the request while the identity check
 * runs); `locked` waits for an earlier step (the outcome form for the identity check).
 */
export type CallStepState = 'current' | 'done' | 'failed' | 'open' | 'locked'

export interface CallStep {
  id: CallStepId
  number: 1 | 2 | 3
  state: CallStepState
}

/**
 * The three steps of the call (issue 15 item 2), from the call as the server has it and whether
 * the employee has moved on from reading the request: 1 identity, 2 the request, 3 the outcome.
 * The outcome form opens only once the identity is verified (the server refuses it before).
 */
export function callSteps(
  call: Pick<StaffCall_CallFragment, 'status' | 'identityCheck'>,
  requestRead: boolean,
): CallStep[] {
  const ended = call.status === 'ENDED' || call.status === 'NO_SHOW'
  const check = call.identityCheck
  const identity: CallStepState = check ? (check.verified ? 'done' : 'failed') : 'current'
  let request: CallStepState
  let outcome: CallStepState
  if (ended) {
    request = 'done'
    outcome = 'done'
  } else if (!check) {
    request = 'open'
    outcome = 'locked'
  } else if (!check.verified) {
    // nothing can be filed for a person not identified: all that is left is to end the call
    request = 'open'
    outcome = 'current'
  } else {
    request = requestRead ? 'done' : 'current'
    outcome = requestRead ? 'current' : 'open'
  }
  return [
    // a call ended before any check: the identity step is over, and nobody was verified
    { id: 'identity', number: 1, state: ended && !check ? 'failed' : identity },
    { id: 'request', number: 2, state: request },
    { id: 'outcome', number: 3, state: outcome },
  ]
}
