import nodemailer, { type Transporter } from 'nodemailer'

/**
 * nodemailer over SMTP_URL, pooled. Short timeouts keep one send well inside the outbox lease
 * (outbox.service.ts), so a slow server cannot make a claimed row come due again mid-send.
 */
export function createMailTransport(
  smtpUrl: string,
  options: { pool?: boolean } = {},
): Transporter {
  const url = new URL(smtpUrl)
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    // A local sink on the loopback has no certificate; a real server offers STARTTLS.
    ignoreTLS: url.hostname === '127.0.0.1' || url.hostname === 'localhost',
    pool: options.pool ?? true,
    maxConnections: 5,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
}
