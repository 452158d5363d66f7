/** The texts of the call's shared components (English: exactly the Greek keys). */
import type { call as el } from './el'

export const call: Record<keyof typeof el, string> = {
  'callQuality.level.good': 'Good connection',
  'callQuality.level.fair': 'Fair connection',
  'callQuality.level.poor': 'Poor connection',
  'callQuality.level.unknown': 'Measuring the connection…',
  'callQuality.indicator.who': '({who})',
  'callQuality.figures.title': 'Connection: {who}',
  'callQuality.figures.received': 'Video you receive',
  'callQuality.figures.sent': 'Video you send',
  'callQuality.figures.loss': 'Packets lost',
  'callQuality.figures.rtt': 'Delay (round trip)',
  'callQuality.figures.fps': 'Frames per second',
  'callQuality.figures.kbps': '{value} kbps',
  'callQuality.figures.percent': '{value} %',
  'callQuality.figures.ms': '{value} ms',
  'callQuality.figures.fpsValue': '{value}',
  'callQuality.figures.none': 'not measured',
  'callQuality.offer.title': 'The connection is weak',
  'callQuality.offer.body': 'The picture or the sound may break up. You can improve the call:',
  'callQuality.offer.bodyBeforeIdentity':
    'The picture or the sound may break up. The camera is needed to identify you; you can lower the video quality:',
  'callQuality.offer.audioOnly': 'Continue with audio only',
  'callQuality.offer.lowerVideo': 'Lower the video quality',
  'callQuality.offer.dismiss': 'Close',
  'callQuality.offer.announce': 'The connection is weak. You can lower the video quality.',
  'callQuality.offer.announceAudioOnly':
    'The connection is weak. You can continue with audio only or lower the video quality.',
}
