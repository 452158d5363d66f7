import { playTestSound, VideoTile, type MediaProblem } from '@keplive/call'
import { Button, Loading, Notice, SelectField } from '@keplive/ui'
import { useState } from 'react'
import { useT } from '../../i18n'
import type { DeviceCheckState } from './use-device-check'

/** What to do when the camera or microphone cannot be used, in steps a person can follow. */
function MediaHelp({ problem, onRetry }: { problem: MediaProblem; onRetry: () => void }) {
  const t = useT()
  return (
    <Notice title={t(`call.media.${problem}.title`)} tone="alert">
      <p>{t(`call.media.${problem}.body`)}</p>
      {problem === 'denied' ? (
        <ol className="govgr-list govgr-list--number" data-testid="permission-help">
          <li>{t('call.media.denied.step1')}</li>
          <li>{t('call.media.denied.step2')}</li>
          <li>{t('call.media.denied.step3')}</li>
          <li>{t('call.media.denied.phone')}</li>
        </ol>
      ) : null}
      <Button variant="secondary" onClick={onRetry}>
        {t('call.media.retry')}
      </Button>
    </Notice>
  )
}

/** The microphone's level as a meter, with its label. */
export function MicrophoneLevel({ level }: { level: number }) {
  const t = useT()
  return (
    <>
      <label htmlFor="mic-level" className="govgr-label">
        {t('call.check.level')}
      </label>
      <meter id="mic-level" className="level-meter" min={0} max={1} low={0.1} value={level} />
    </>
  )
}

/** The choice of another camera, microphone or speakers, where there is more than one. */
export function DeviceChoices({ check }: { check: DeviceCheckState }) {
  const t = useT()
  const { devices, choice } = check
  const deviceOptions = (list: MediaDeviceInfo[], fallback: string) =>
    list.map((d, i) => ({ value: d.deviceId, label: d.label || `${fallback} ${i + 1}` }))
  return devices.cameras.length > 1 ||
    devices.microphones.length > 1 ||
    devices.speakers.length > 1 ? (
    <details>
      <summary>{t('call.check.choose')}</summary>
      {devices.cameras.length > 1 ? (
        <SelectField
          label={t('call.check.chooseCamera')}
          value={choice.cameraId ?? devices.cameras[0]?.deviceId ?? ''}
          onChange={(e) => check.choose({ cameraId: e.target.value })}
          options={deviceOptions(devices.cameras, t('call.check.camera'))}
        />
      ) : null}
      {devices.microphones.length > 1 ? (
        <SelectField
          label={t('call.check.chooseMicrophone')}
          value={choice.microphoneId ?? devices.microphones[0]?.deviceId ?? ''}
          onChange={(e) => check.choose({ microphoneId: e.target.value })}
          options={deviceOptions(devices.microphones, t('call.check.microphone'))}
        />
      ) : null}
      {devices.speakers.length > 1 ? (
        <SelectField
          label={t('call.check.chooseSpeaker')}
          value={choice.speakerId ?? devices.speakers[0]?.deviceId ?? ''}
          onChange={(e) => check.choose({ speakerId: e.target.value })}
          options={deviceOptions(devices.speakers, t('call.check.speakers'))}
        />
      ) : null}
    </details>
  ) : null
}

/**
 * The device check (issue 6 item 5, issue 7 item 3): the camera's picture, the microphone's
 * level, a test sound for the speakers, the choice of each device, and help when something
 * does not work. Nothing leaves the browser.
 */
export function DeviceCheck({ check }: { check: DeviceCheckState }) {
  const t = useT()
  const [sound, setSound] = useState<'idle' | 'playing' | 'played'>('idle')
  const { access, choice } = check

  const playSound = async () => {
    setSound('playing')
    await playTestSound(choice.speakerId)
    setSound('played')
  }

  return (
    <section aria-labelledby="device-check-title" data-testid="device-check">
      <h2 id="device-check-title">{t('call.check.title')}</h2>
      <p>{t('call.check.intro')}</p>
      {access === null ? <Loading>{t('call.check.asking')}</Loading> : null}
      {access && !access.ok ? <MediaHelp problem={access.problem} onRetry={check.retry} /> : null}
      {access?.ok ? (
        <>
          {access.withoutCamera ? (
            <Notice title={t('call.check.noCamera.title')}>
              <p>{t('call.check.noCamera.body')}</p>
            </Notice>
          ) : (
            <div className="device-preview">
              <h3>{t('call.check.camera')}</h3>
              <VideoTile stream={access.stream} label={t('call.check.preview')} self />
              <p className="govgr-hint">{t('call.check.cameraHint')}</p>
            </div>
          )}
          <h3>{t('call.check.microphone')}</h3>
          <MicrophoneLevel level={check.level} />
          <p className="govgr-hint">{t('call.check.levelHint')}</p>
          <h3>{t('call.check.speakers')}</h3>
          <p>
            <Button
              variant="secondary"
              onClick={() => void playSound()}
              disabled={sound === 'playing'}
            >
              {t('call.check.playSound')}
            </Button>
          </p>
          <p role="status">{sound === 'played' ? t('call.check.soundPlayed') : ''}</p>
          <DeviceChoices check={check} />
        </>
      ) : null}
    </section>
  )
}
