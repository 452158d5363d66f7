import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import { rawHttp } from '../test/raw-http.js'
import { startTestServer, type TestServer } from '../test/server.js'

// Issue 11: what Node's HTTP parser refuses before Express sees it answers JSON with a typed
// code, as every other error does; never Node's bare page, and the server goes on.

let database: Database
let server: TestServer

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const send = (text: string) => rawHttp(server.url, Buffer.from(text, 'latin1'))
const codeOf = (answer: Awaited<ReturnType<typeof rawHttp>>) => {
  if (answer.kind !== 'answer') return answer.kind
  expect(answer.headers['content-type']).toMatch(/^application\/json/)
  const body = JSON.parse(answer.body) as { errors: { extensions: { code: string } }[] }
  return `${answer.status} ${body.errors[0]!.extensions.code}`
}

describe('requests Node itself refuses', () => {
  it('issue 11: bytes that are not HTTP answer 400 BAD_REQUEST in JSON', async () => {
    expect(codeOf(await send('GARBAGE \u0001\u0002\r\n\r\n'))).toBe('400 BAD_REQUEST')
    expect(codeOf(await send('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'))).toBe(
      '400 BAD_REQUEST',
    )
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('issue 11: headers too large answer 431 in JSON', async () => {
    const answer = await send(
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    )
    expect(codeOf(answer)).toBe('431 BAD_REQUEST')
  })

  it('issue 11: bytes past a request’s Content-Length: its own answer goes out, then the connection closes', async () => {
    const body = '{"query":"{ __typename }"}'
    const answer = await send(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body}and then some garbage`,
    )
    expect(answer.kind === 'answer' && answer.status).toBe(200)
  })

  it('issue 11: a client that stops mid-request is dropped, and the server goes on', async () => {
    const { port } = new URL(server.url)
    await new Promise<void>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.end(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"q',
        )
      })
      socket.on('error', () => {})
      socket.resume()
      socket.on('close', () => resolve())
    })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})
