import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A message as the sink received it. */
export interface ReceivedMail {
  id: number
  messageId: string | undefined
  outboxId: string | undefined
  to: string[]
  subject: string
  html: string
  text: string
  attachments: { filename: string; contentType: string; content: string }[]
  receivedAt: string
}

export interface SinkBehaviour {
  /** Answer 451 to every message (a mail server in trouble, for a while). */
  tempFail: boolean
  /** Answer 550 to these recipients (an address that does not exist). */
  rejectRecipients: Set<string>
}

export interface SmtpSink {
  port: number
  url: string
  /** The last `keep` messages, oldest first. */
  messages: ReceivedMail[]
  /** Messages accepted, by Message-ID (all of them, however many are kept). */
  countsByMessageId: Map<string, number>
  behaviour: SinkBehaviour
  close(): Promise<void>
}

/**
 * A local SMTP server that accepts everything and keeps what it receives: the development mail
 * transport (shown at /dev/mail) and the tests' real SMTP server, which can be told to fail.
 */
export async function startSmtpSink(
  options: { port?: number; keep?: number; parse?: boolean } = {},
): Promise<SmtpSink> {
  const keep = options.keep ?? 500
  const messages: ReceivedMail[] = []
  const countsByMessageId = new Map<string, number>()
  const behaviour: SinkBehaviour = { tempFail: false, rejectRecipients: new Set() }
  let next = 1
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 5 * 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (!behaviour.tempFail) return callback()
      callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
    },
    onRcptTo(address, _session, callback) {
      if (!behaviour.rejectRecipients.has(address.address.toLowerCase())) return callback()
      callback(
        Object.assign(new Error(`No such user here: <${address.address}>`), { responseCode: 550 }),
      )
    },
    onData(stream, session, callback) {
      const done = (mail: Omit<ReceivedMail, 'id' | 'to' | 'receivedAt'>) => {
        if (mail.messageId) {
          countsByMessageId.set(mail.messageId, (countsByMessageId.get(mail.messageId) ?? 0) + 1)
        }
        messages.push({
          id: next++,
          to: session.envelope.rcptTo.map((r) => r.address),
          receivedAt: new Date().toISOString(),
          ...mail,
        })
        if (messages.length > keep) messages.splice(0, messages.length - keep)
        callback()
      }
      if (options.parse === false) {
        // Headers only: the benchmark counts messages without parsing 10,000 bodies.
        const chunks: Buffer[] = []
        stream.on('data', (c: Buffer) => chunks.push(c))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const head = raw.slice(0, raw.indexOf('\r\n\r\n'))
          done({
            messageId: /^Message-ID:\s*(\S+)/im.exec(head)?.[1],
            outboxId: /^X-Keplive-Outbox:\s*(\S+)/im.exec(head)?.[1],
            subject: '',
            html: '',
            text: '',
            attachments: [],
          })
        })
        return
      }
      simpleParser(stream)
        .then((parsed) => {
          const outboxHeader = parsed.headers.get('x-keplive-outbox')
          done({
            messageId: parsed.messageId,
            outboxId: typeof outboxHeader === 'string' ? outboxHeader : undefined,
            subject: parsed.subject ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            text: parsed.text ?? '',
            attachments: parsed.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content.toString('utf8'),
            })),
          })
        })
        .catch((err: Error) => callback(err))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  server.on('error', () => {})
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    countsByMessageId,
    behaviour,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
