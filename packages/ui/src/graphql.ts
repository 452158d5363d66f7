import { useEffect, useState } from 'react'
import type { LocalizedText } from './i18n/i18n'

/**
 * Why a request failed. `messages` is set when the server explained it (its own errors carry
 * `extensions.messages: {el, en}`); otherwise the app shows a generic text for the kind.
 */
export interface RequestError {
  kind: 'network' | 'server'
  code?: string
  messages?: LocalizedText
}

export interface GraphQLResult<TData> {
  data: TData | undefined
  error: RequestError | undefined
  loading: boolean
}

interface GraphQLResponseBody<TData> {
  data?: TData | null
  errors?: { extensions?: { code?: unknown; messages?: unknown } }[]
}

const endpoint = '/graphql'

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as Partial<LocalizedText> | null
  return typeof text?.el === 'string' && typeof text.en === 'string'
}

function serverError(body: GraphQLResponseBody<unknown> | undefined, status: number): RequestError {
  const extensions = body?.errors?.[0]?.extensions
  return {
    kind: 'server',
    code:
      typeof extensions?.code === 'string'
        ? extensions.code
        : status === 503
          ? 'SERVICE_UNAVAILABLE' // a proxy's page while the server restarts
          : undefined,
    messages: isLocalizedText(extensions?.messages) ? extensions.messages : undefined,
  }
}

async function post<TData>(
  query: string,
  variables: unknown,
  signal: AbortSignal,
): Promise<{ data: TData | undefined; error: RequestError | undefined }> {
  let response: Response
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      // Apollo's CSRF prevention accepts a request only with a JSON content type.
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
      signal,
    })
  } catch (cause) {
    if (signal.aborted) throw cause
    return { data: undefined, error: { kind: 'network' } }
  }
  let body: GraphQLResponseBody<TData> | undefined
  try {
    body = (await response.json()) as GraphQLResponseBody<TData>
  } catch (cause) {
    if (signal.aborted) throw cause
    body = undefined // a proxy's HTML error page, an empty 502, …
  }
  const data = body?.data ?? undefined
  if (!response.ok || body?.errors?.length || data === undefined) {
    return { data, error: serverError(body, response.status) }
  }
  return { data, error: undefined }
}

/**
 * Runs a GraphQL query against the server that served the page and re-runs it when the query
 * or the variables change. Keeps the last data while a new request is under way.
 */
export function useGraphQL<
  TData,
  TVariables extends Record<string, unknown> = Record<string, never>,
>(query: string, variables?: TVariables): GraphQLResult<TData> {
  const [result, setResult] = useState<GraphQLResult<TData>>({
    data: undefined,
    error: undefined,
    loading: true,
  })
  // compared by value, so callers may pass an object literal
  const variablesKey = JSON.stringify(variables ?? {})

  useEffect(() => {
    const controller = new AbortController()
    setResult((previous) => ({ ...previous, loading: true }))
    post<TData>(query, JSON.parse(variablesKey), controller.signal).then(
      ({ data, error }) => setResult({ data, error, loading: false }),
      () => undefined, // aborted: a newer request or an unmount replaced this one
    )
    return () => controller.abort()
  }, [query, variablesKey])

  return result
}
