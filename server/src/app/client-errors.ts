import { STATUS_CODES, type ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Bilingual } from '../platform/errors.js'

// What Node's HTTP parser refuses before Express sees a request: bytes that are not HTTP,
// headers too large, data after `Connection: close` (a body longer than its Content-Length),
// a request that takes too long. Node's own answer is a bare 400 with no body; ours is the
// JSON every other error gets. Mount with `httpServer.on('clientError', answerClientError)`.

const answers: Record<number, { code: string; messages: Bilingual }> = {
  400: {
    code: 'BAD_REQUEST',
    messages: { el: 'Το αίτημα δεν είναι έγκυρο.', en: 'The request is not valid.' },
  },
  408: {
    code: 'REQUEST_TIMEOUT',
    messages: {
      el: 'Το αίτημα άργησε πολύ να φτάσει. Δοκιμάστε ξανά.',
      en: 'The request took too long to arrive. Please try again.',
    },
  },
  431: {
    code: 'BAD_REQUEST',
    messages: {
      el: 'Οι κεφαλίδες του αιτήματος είναι πολύ μεγάλες.',
      en: 'The request headers are too large.',
    },
  },
}

const statusOf = (code: string | undefined) =>
  code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400

/** The server's 'clientError' listener: a JSON answer when one can still be given, then close. */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  // Node's own name for the exchange in progress on this socket, if any.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage
  if (inFlight && !inFlight.writableFinished) {
    // Bytes after a whole request (past its Content-Length): its answer goes out, then we close.
    // A request cut by the error (the client ended mid-body) can never be whole: it is dropped.
    if (inFlight.req.complete && !inFlight.destroyed && socket.writable) {
      inFlight.once('finish', () => socket.end())
      inFlight.once('close', () => socket.destroy())
    } else {
      socket.destroy()
    }
    return
  }
  // The client ended its side mid-request (or reset it): nobody is waiting for an answer.
  if (err.code === 'HPE_INVALID_EOF_STATE' || err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const status = statusOf(err.code)
  const { code, messages } = answers[status]!
  const body = JSON.stringify({
    errors: [{ message: messages.en, extensions: { code, messages } }],
  })
  socket.end(
    [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  )
}
