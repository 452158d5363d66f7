import net from 'node:net'

/** What a raw HTTP exchange gave back: the parsed answer, or nothing when the server hung up. */
export type RawAnswer =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'dropped' }
  /** Neither an answer nor a close within `hangAfterMs`: the server left the client waiting. */
  | { kind: 'hung' }

/**
 * Sends bytes as they are over a TCP socket to a server's URL (no client library to fix them
 * up) and reads the answer until the server closes (send `Connection: close`). `abortAfter`
 * sends only that many bytes, then resets the connection, as a client that goes away
 * mid-upload; `halfClose` ends the client's side after writing (Node's server then drops a
 * request still in flight: a client that stops sending is gone).
 */
export function rawHttp(
  url: string,
  bytes: Uint8Array,
  options: { abortAfter?: number; halfClose?: boolean; hangAfterMs?: number } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname)
    // Not a measure of speed: a generous bound that names a hang instead of timing out a test.
    const hang = setTimeout(() => {
      resolve({ kind: 'hung' })
      socket.destroy()
    }, options.hangAfterMs ?? 10_000)
    const received: Buffer[] = []
    socket.on('data', (chunk: Buffer) => received.push(chunk))
    // A reset from the server after it answered still leaves the answer readable.
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(hang)
      resolve(parse(Buffer.concat(received)))
    })
    socket.on('connect', () => {
      if (options.abortAfter !== undefined) {
        socket.write(bytes.subarray(0, options.abortAfter), () => socket.resetAndDestroy())
      } else if (options.halfClose) {
        socket.end(bytes)
      } else {
        socket.write(bytes)
      }
    })
  })
}

function parse(raw: Buffer): RawAnswer {
  const end = raw.indexOf('\r\n\r\n')
  const head = raw.subarray(0, Math.max(end, 0)).toString('latin1')
  const statusLine = /^HTTP\/1\.1 (\d{3})/.exec(head)
  if (end < 0 || !statusLine) return { kind: 'dropped' }
  const headers: Record<string, string> = {}
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':')
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  const rest = raw.subarray(end + 4)
  // Only this answer: what follows may be a second one (to bytes past the announced length).
  const body =
    headers['transfer-encoding'] === 'chunked'
      ? unchunk(rest)
      : rest.subarray(0, Number(headers['content-length'] ?? rest.length))
  return { kind: 'answer', status: Number(statusLine[1]), headers, body: body.toString('utf8') }
}

function unchunk(rest: Buffer): Buffer {
  const out: Buffer[] = []
  for (;;) {
    const eol = rest.indexOf('\r\n')
    const size = parseInt(rest.subarray(0, eol).toString('latin1'), 16)
    if (!(size > 0)) return Buffer.concat(out)
    out.push(rest.subarray(eol + 2, eol + 2 + size))
    rest = rest.subarray(eol + 2 + size + 2)
  }
}

/** A multipart/form-data body with the given parts, and the boundary it uses. */
export function multipartBody(
  parts: { name: string; fileName?: string; type?: string; content: Uint8Array | string }[],
  boundary = `----keplive${Math.random().toString(16).slice(2)}`,
): { boundary: string; body: Buffer } {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = part.fileName
      ? `form-data; name="${part.name}"; filename="${part.fileName}"`
      : `form-data; name="${part.name}"`
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n` +
          (part.type ? `Content-Type: ${part.type}\r\n` : '') +
          '\r\n',
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { boundary, body: Buffer.concat(chunks) }
}

/** The request line and headers of a POST, followed by the body as given. */
export function httpPost(
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
  contentLength: number | null = body.length,
): Buffer {
  const { pathname, host } = new URL(url)
  const lines = [`POST ${pathname} HTTP/1.1`, `Host: ${host}`, 'Connection: close']
  if (contentLength !== null) lines.push(`Content-Length: ${contentLength}`)
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body])
}
