import { describe, expect, it } from 'vitest'
import { openDaysOf } from './application-steps'
import {
  newKep,
  newService,
  sectionInput,
  valuesOf,
  type ApplicationRead,
  type ApplicationValues,
} from './application-values'

const saved: ApplicationRead = {
  decisionNumber: '12/2026',
  decisionDate: '2026-11-30',
  contact: { name: 'Α. Δημητρίου', email: 'a@example.gr', phone: '2101234567' },
  keps: [
    {
      key: 'kep-1',
      existingKepId: null,
      nameEl: 'ΚΕΠ Α',
      nameEn: 'KEP A',
      addressEl: 'Οδός 1',
      addressEn: 'Street 1',
      postalCode: '10558',
      cityEl: 'Αθήνα',
      cityEn: 'Athens',
      phone: '2101234567',
      email: 'kep@example.gr',
      hours: [
        { weekday: 1, opens: '08:00', closes: '15:00' },
        { weekday: 3, opens: '09:00', closes: '14:00' },
      ],
    },
  ],
  employees: [{ fullName: 'Ι. Π.', taxId: '123456783', kepKey: 'kep-1', email: 'e@example.gr' }],
  services: [
    {
      titleEl: 'Βεβαίωση',
      titleEn: 'Certificate',
      descriptionEl: '',
      descriptionEn: '',
      requiredDocumentsEl: ['Ταυτότητα', 'Λογαριασμός'],
      requiredDocumentsEn: ['Identity card', 'Bill'],
      formUrl: null,
      pickUpAtKep: true,
    },
  ],
}

describe('the application form’s values (issue 18 item 2)', () => {
  it('R5.1 reads a saved draft back into the form and writes each step’s section unchanged', () => {
    const values = valuesOf(saved)
    expect(values.keps[0]!.hours[1]).toEqual({ opens: '', closes: '' })
    expect(values.services[0]!.documentsEl).toBe('Ταυτότητα\nΛογαριασμός')
    expect(sectionInput('keps', values)).toEqual({
      keps: [{ ...saved.keps[0], existingKepId: null }],
    })
    expect(sectionInput('services', values)).toEqual({ services: saved.services })
    expect(sectionInput('decision', values)).toEqual({
      decisionNumber: '12/2026',
      decisionDate: '2026-11-30',
    })
  })

  it('R5.1 a draft read back as the client gives it (with __typename) saves each step without it', () => {
    const typed = <T extends object>(o: T, name: string) => ({ ...o, __typename: name })
    const fromClient = {
      ...saved,
      contact: typed(saved.contact!, 'ApplicationContact'),
      keps: saved.keps.map((k) =>
        typed({ ...k, hours: k.hours.map((h) => typed(h, 'ApplicationHours')) }, 'ApplicationKep'),
      ),
      employees: saved.employees.map((e) => typed(e, 'ApplicationEmployee')),
      services: saved.services.map((s) => typed(s, 'ApplicationService')),
    } as ApplicationRead
    const values = valuesOf(fromClient)
    for (const step of ['contact', 'decision', 'keps', 'employees', 'services'] as const) {
      expect(JSON.stringify(sectionInput(step, values))).not.toContain('__typename')
    }
    expect(sectionInput('contact', values)).toEqual({ contact: saved.contact })
    expect(sectionInput('employees', values)).toEqual({ employees: saved.employees })
  })

  it('R5.1 sends an existing KEP by its id alone, and an empty date as none', () => {
    const values: ApplicationValues = {
      ...valuesOf(saved),
      decision: { number: '1', date: '' },
      keps: [{ ...newKep([]), existingKepId: 'k-9' }],
    }
    expect(sectionInput('keps', values)).toEqual({ keps: [{ key: 'kep-1', existingKepId: 'k-9' }] })
    expect(sectionInput('decision', values).decisionDate).toBeNull()
  })

  it('R5.2 writes documents one per line, blank lines dropped, and an empty form link as none', () => {
    const values = valuesOf(saved)
    values.services = [{ ...newService(), titleEl: 'Τ', documentsEl: ' Α \n\n Β ', formUrl: '  ' }]
    const [service] = sectionInput('services', values).services!
    expect(service!.requiredDocumentsEl).toEqual(['Α', 'Β'])
    expect(service!.requiredDocumentsEn).toEqual([])
    expect(service!.formUrl).toBeNull()
  })

  it('numbers a KEP’s hours as the server does: the open days only, in order', () => {
    const kep = valuesOf(saved).keps[0]!
    expect(openDaysOf(kep)).toEqual([0, 2])
    // a fresh KEP opens on weekdays, and its key is not one already used
    const fresh = newKep([kep])
    expect(openDaysOf(fresh)).toEqual([0, 1, 2, 3, 4])
    expect(fresh.key).not.toBe(kep.key)
  })
})
