import { useMutation } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Button, formatDateTime, TextField, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import type { InviteToCallMutation } from '../../gql/graphql'
import { useT } from '../../i18n'
import { inviteToCallMutation } from './call-operations'

/**
 * R2.8: for a citizen who asked for sign-language or lip-reading interpretation, the employee
 * invites a third person with a one-time link, shown to copy and, if an address is given, emailed.
 */
export function InviteInterpreter({ callId }: { callId: string }) {
  const t = useT()
  const { language } = useLanguage()
  const [email, setEmail] = useState('')
  const [invitation, setInvitation] = useState<InviteToCallMutation['inviteToCall']>()
  const [failure, setFailure] = useState<string>()
  const [copied, setCopied] = useState(false)
  const [invite, inviting] = useMutation(inviteToCallMutation)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setFailure(undefined)
    setCopied(false)
    try {
      const { data } = await invite({
        variables: { input: { callId, email: email.trim() || null } },
      })
      setInvitation(data?.inviteToCall)
    } catch (error) {
      setFailure(apiErrorOf(error)?.messages?.[language] ?? t('console.error.generic'))
    }
  }

  const copy = async () => {
    if (!invitation) return
    await navigator.clipboard.writeText(invitation.link)
    setCopied(true)
  }

  return (
    <section aria-labelledby="invite-title">
      <h3 id="invite-title">{t('invite.title')}</h3>
      <p>{t('invite.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('invite.email.label')}
          hint={t('invite.email.hint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={inviting.loading}>
          {t('invite.create')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {invitation ? (
          <>
            <p>
              {invitation.emailSent ? t('invite.sent') : t('invite.notSent')}{' '}
              {t('invite.expires', { at: formatDateTime(invitation.expiresAt, language) })}
            </p>
            <p className="call-link-box" data-testid="invitation-link">
              {invitation.link}
            </p>
          </>
        ) : null}
        {copied ? <p>{t('invite.copied')}</p> : null}
        {failure ? <p className="govgr-error-message">{failure}</p> : null}
      </div>
      {invitation ? (
        <Button variant="secondary" onClick={() => void copy()}>
          {t('invite.copy')}
        </Button>
      ) : null}
    </section>
  )
}
