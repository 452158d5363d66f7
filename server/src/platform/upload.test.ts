import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpPost, multipartBody, rawHttp, type RawAnswer } from '../test/raw-http.js'
import { framingBytes, readUpload, type Upload, type UploadRules } from './upload.js'

// The one multipart reader (issue 13), on a bare Node server on a free port: what it hands on
// or refuses for each way an upload can arrive, and that the server goes on after each.

const rules: UploadRules = {
  maxFileBytes: 1000,
  defaultFileName: 'upload',
  messages: {
    required: { el: 'Επιλέξτε αρχείο.', en: 'Choose a file.' },
    tooLarge: { el: 'Πάνω από 1000 bytes.', en: 'Over 1000 bytes.' },
  },
}

let server: http.Server
let url: string
/** What readUpload gave for each request, in order. */
const outcomes: Upload[] = []
let outcomeArrived: (() => void) | undefined

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.on('error', () => res.destroy())
    void readUpload(req, rules).then((upload) => {
      outcomes.push(upload)
      outcomeArrived?.()
      if (upload.kind === 'gone') return void res.destroy()
      if (!req.complete) res.setHeader('Connection', 'close')
      const answer =
        upload.kind === 'file'
          ? { fileName: upload.fileName, size: upload.bytes.length, first: upload.bytes[0] }
          : {
              code: upload.error.code,
              fields: upload.error.details.fields,
            }
      res.writeHead(upload.kind === 'file' ? 201 : 400, { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer))
    })
  })
  server.on('error', () => undefined)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** The next outcome readUpload reports (for an exchange the client cut short: no answer). */
const nextOutcome = (count = outcomes.length) =>
  new Promise<Upload>((resolve) => {
    if (outcomes.length > count) return resolve(outcomes[count]!)
    outcomeArrived = () => resolve(outcomes[count]!)
  })

const bytesOf = (n: number, fill = 7) => Buffer.alloc(n, fill)
const filePart = (content: Uint8Array, fileName = 'a.pdf') => ({
  name: 'file',
  fileName,
  type: 'application/pdf',
  content,
})

function post(
  parts: Parameters<typeof multipartBody>[0],
  options: { cut?: number; contentType?: string; abortAfter?: number } = {},
): Promise<RawAnswer> {
  const { boundary, body } = multipartBody(parts)
  const sent = options.cut === undefined ? body : body.subarray(0, options.cut)
  const contentType = options.contentType ?? `multipart/form-data; boundary=${boundary}`
  return rawHttp(url, httpPost(url, { 'content-type': contentType }, sent), {
    abortAfter: options.abortAfter,
  })
}

/** "status reason" of a refusal, or "201 name size" of a file handed on. */
function summary(answer: RawAnswer): string {
  if (answer.kind !== 'answer') return answer.kind
  const body = JSON.parse(answer.body) as {
    fileName?: string
    size?: number
    code?: string
    fields?: { field: string; reason: string; message: { el: string; en: string } }[]
  }
  if (answer.status === 201) return `201 ${body.fileName} ${body.size}`
  return `${answer.status} ${body.code} ${body.fields?.map((f) => `${f.field}:${f.reason}`)}`
}

/** The server still answers a good upload: nothing above left it stuck or broken. */
async function stillServes() {
  expect(summary(await post([filePart(bytesOf(10))]))).toBe('201 a.pdf 10')
}

describe('reading one uploaded file (platform/upload.ts, issue 13)', () => {
  it('hands on a whole file with its name and bytes, a file of exactly the limit included', async () => {
    const answer = await post([
      { name: 'note', content: 'x' },
      filePart(bytesOf(1000, 9), 'ΑΔΤ.pdf'),
    ])
    expect(summary(answer)).toBe('201 ΑΔΤ.pdf 1000')
    expect(answer.kind === 'answer' && JSON.parse(answer.body).first).toBe(9)
  })

  it('Bad input: a file one byte over the limit is refused as too large, in the words of the use', async () => {
    const answer = await post([filePart(bytesOf(1001))])
    expect(summary(answer)).toBe('400 VALIDATION_FAILED file:too_large')
    expect(answer.kind === 'answer' && JSON.parse(answer.body).fields[0].message).toEqual(
      rules.messages.tooLarge,
    )
    await stillServes()
  })

  it('Bad input: a body announced over the limit is refused before it is sent', async () => {
    const { boundary } = multipartBody([])
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` }
    const announced = rules.maxFileBytes + framingBytes + 1
    const answer = await rawHttp(url, httpPost(url, headers, Buffer.alloc(0), announced))
    expect(summary(answer)).toBe('400 VALIDATION_FAILED file:too_large')
    await stillServes()
  })

  it('Bad input: a body sent over the limit without announcing its length is cut off as too large', async () => {
    const { boundary, body } = multipartBody([filePart(bytesOf(framingBytes * 2))])
    const chunked = Buffer.concat([
      Buffer.from(`${body.length.toString(16)}\r\n`),
      body,
      Buffer.from('\r\n0\r\n\r\n'),
    ])
    const headers = {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'transfer-encoding': 'chunked',
    }
    const answer = await rawHttp(url, httpPost(url, headers, chunked, null))
    expect(summary(answer)).toBe('400 VALIDATION_FAILED file:too_large')
    await stillServes()
  })

  it.each([
    ['not multipart', 'application/json'],
    ['multipart without a boundary', 'multipart/form-data'],
  ])('Bad input: a body of the wrong type (%s) is refused as malformed', async (_, contentType) => {
    const answer = await post([filePart(bytesOf(10))], { contentType })
    expect(summary(answer)).toBe('400 VALIDATION_FAILED file:malformed')
    await stillServes()
  })

  it('Bad input: a truncated body (the boundary never closed) is refused as incomplete', async () => {
    const answer = await post([filePart(bytesOf(800))], { cut: 500 })
    expect(summary(answer)).toBe('400 VALIDATION_FAILED file:incomplete')
    await stillServes()
  })

  it('Bad input: no file part, or two, are refused by name', async () => {
    const none = await post([{ name: 'note', content: 'x' }])
    expect(summary(none)).toBe('400 VALIDATION_FAILED file:required')
    expect(none.kind === 'answer' && JSON.parse(none.body).fields[0].message).toEqual(
      rules.messages.required,
    )
    const two = await post([filePart(bytesOf(10)), filePart(bytesOf(10), 'b.pdf')])
    expect(summary(two)).toBe('400 VALIDATION_FAILED file:too_many_files')
    await stillServes()
  })

  it('a client that goes away mid-body is "gone": nothing handed on, nobody answered, the server goes on', async () => {
    const count = outcomes.length
    const arrived = nextOutcome(count)
    const answer = await post([filePart(bytesOf(900))], { abortAfter: 400 })
    expect(answer.kind).toBe('dropped')
    expect((await arrived).kind).toBe('gone')
    await stillServes()
  })
})
