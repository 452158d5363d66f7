export { createApiClient, type ApiClient, type ApiClientOptions } from './client'
export {
  apiErrorOf,
  fieldMessage,
  serviceUnavailableMessages,
  type ApiError,
  type BilingualText,
  type FieldProblem,
} from './errors'
export { LazySubscriptionLink, type SocketState } from './subscriptions'
