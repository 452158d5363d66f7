import type { apiClients as el } from '../el/api-clients'

export const apiClients: Record<keyof typeof el, string> = {
  'nav.apiClients': 'API keys',

  'apiClients.title': 'Third parties’ API keys',
  'apiClients.intro':
    'Organisations such as the national portal and municipalities read the public API (municipalities, KEPs, procedures, availability) with a key of their own. Use is shown up to a minute late.',
  'apiClients.developers': 'The developer page',
  'apiClients.readOnly':
    'Only an administrator with the Administrator role creates and revokes keys.',
  'apiClients.caption': 'The API keys, newest first',
  'apiClients.empty': 'There are no API keys.',
  'apiClients.column.name': 'Organisation',
  'apiClients.column.key': 'Key starts',
  'apiClients.column.scopes': 'Scopes',
  'apiClients.column.rateLimit': 'Requests / minute',
  'apiClients.column.created': 'Created',
  'apiClients.column.lastUsed': 'Last used',
  'apiClients.column.lastDay': 'Requests in 24 hours',
  'apiClients.column.status': 'Status',
  'apiClients.column.actions': 'Actions',
  'apiClients.created': '{date} by {name}',
  'apiClients.createdUnknown': '{date}',
  'apiClients.never': 'Never',
  'apiClients.status.active': 'Active',
  'apiClients.status.revoked': 'Revoked {date}',
  'apiClients.scope.CATALOG_READ': 'Catalog',
  'apiClients.scope.AVAILABILITY_READ': 'Availability',

  'apiClients.revoke': 'Revoke',
  'apiClients.revoke.of': 'Revoke: {name}',
  'apiClients.revoke.title': 'Revoke the key “{name}”?',
  'apiClients.revoke.summary': 'Key starts: {prefix}. Requests in the last 24 hours: {count}.',
  'apiClients.revoke.warning':
    'Requests with this key will be refused at once. Revoking cannot be undone; the organisation will need a new key.',
  'apiClients.revoke.confirm': 'Revoke key',
  'apiClients.revoke.done': 'The key “{name}” has been revoked.',

  'apiClients.create.title': 'New API key',
  'apiClients.create.intro':
    'Give a key only after an official request from the organisation, with the scopes it needs.',
  'apiClients.create.name': 'Organisation',
  'apiClients.create.name.hint':
    'Who will use the key, e.g. “gov.gr national portal”. Up to 100 characters.',
  'apiClients.create.scopes': 'Scopes',
  'apiClients.create.scopes.hint': 'What the organisation will read; give only what it needs.',
  'apiClients.create.scope.CATALOG_READ': 'Catalog: fields, procedures, municipalities, KEPs',
  'apiClients.create.scope.AVAILABILITY_READ': 'Availability: the free appointment times',
  'apiClients.create.scopes.required': 'Choose at least one scope.',
  'apiClients.create.rateLimit': 'Requests a minute',
  'apiClients.create.rateLimit.hint': 'From 1 to 60,000. Left empty: 600.',
  'apiClients.create.rateLimit.invalid': 'Enter a whole number from 1 to 60,000.',
  'apiClients.create.submit': 'Create key',

  'apiClients.key.title': 'The key of “{name}”',
  'apiClients.key.warning':
    'Copy it now: it will not be shown again. We do not keep it; if it is lost, a new key is needed.',
  'apiClients.key.label': 'API key',
  'apiClients.key.copy': 'Copy key',
  'apiClients.key.copied': 'The key has been copied.',
  'apiClients.key.copyFailed':
    'It could not be copied; select the key in the field and copy it with Ctrl+C.',
  'apiClients.key.how':
    'The organisation sends it with every request as “Authorization: Bearer <key>”.',
  'apiClients.key.done': 'I have copied it, close',
}
