import { createHmac } from 'node:crypto'
import type { IceConfig } from '../../platform/config.js'

export interface IceServer {
  urls: string[]
  username: string | null
  credential: string | null
}

/**
 * coturn's REST API credential (use-auth-secret): username `<unix expiry>:<participant id>`,
 * password base64(HMAC-SHA1(secret, username)). coturn refuses it after the expiry.
 */
export function turnCredential(
  secret: string,
  participantId: string,
  expiresAt: Date,
): { username: string; credential: string } {
  const username = `${Math.floor(expiresAt.getTime() / 1000)}:${participantId}`
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') }
}

/** The ICE servers of one participant: STUN as configured, TURN with a credential until expiry. */
export function iceServersFor(
  config: IceConfig,
  participantId: string,
  expiresAt: Date,
): IceServer[] {
  const servers: IceServer[] = []
  if (config.stunUrls.length > 0) {
    servers.push({ urls: config.stunUrls, username: null, credential: null })
  }
  if (config.turnUrls.length > 0 && config.turnSecret) {
    servers.push({
      urls: config.turnUrls,
      ...turnCredential(config.turnSecret, participantId, expiresAt),
    })
  }
  return servers
}
