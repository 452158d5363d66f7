import { useEffect, useRef, type ReactNode } from 'react'

export interface VideoTileProps {
  stream: MediaStream | null
  /** Who this is, e.g. "Υπάλληλος ΚΕΠ"; also the video's accessible name. */
  label: string
  /** Our own preview: silent (no echo) and mirrored like a mirror. */
  self?: boolean
  /** Shown over the tile instead of the picture, e.g. "audio only" or "reconnecting…". */
  notice?: string
  testId?: string
  /** Smaller, e.g. one's own preview beside the others. */
  small?: boolean
  /** Drawn over the picture, e.g. the identity document's framing guide. */
  overlay?: ReactNode
  /** The speakers chosen in the device check (where the browser lets a page choose). */
  speakerId?: string
  /** Extra classes, e.g. where the call screen places the tile. */
  className?: string
}

/**
 * One participant's picture and sound. The stream is attached to the element and played,
 * nothing else: no frame is ever read from it.
 */
export function VideoTile({
  stream,
  label,
  self = false,
  notice,
  testId,
  small = false,
  overlay,
  speakerId,
  className,
}: VideoTileProps) {
  const ref = useRef<HTMLVideoElement>(null)
  useEffect(() => {
    const video = ref.current
    if (!video) return
    if (video.srcObject !== stream) video.srcObject = stream
    if (stream) void video.play().catch(() => undefined)
  }, [stream])
  useEffect(() => {
    const video = ref.current as
      (HTMLVideoElement & { setSinkId?: (id: string) => Promise<void> }) | null
    if (video?.setSinkId && speakerId && !self)
      void video.setSinkId(speakerId).catch(() => undefined)
  }, [speakerId, self])
  return (
    <figure
      className={`video-tile${self ? ' video-tile--self' : ''}${small ? ' video-tile--small' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
    >
      <video ref={ref} autoPlay playsInline muted={self} aria-label={label} />
      {overlay}
      {notice ? (
        <p className="video-tile__notice" role="status">
          {notice}
        </p>
      ) : null}
      <figcaption className="video-tile__label">{label}</figcaption>
    </figure>
  )
}
