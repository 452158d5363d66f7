import { useMutation } from '@apollo/client/react'
import { Button, Radios, TextField } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { KepSelect } from '../../features/employees/kep-select'
import { addEmployeeMutation } from '../../features/employees/operations'
import type { EmployeeRoleCode } from '../../gql/graphql'
import { useT } from '../../i18n'

const fieldIds = {
  'input.kepId': 'employee-kep',
  'input.taxId': 'employee-tax-id',
  'input.fullName': 'employee-full-name',
  'input.email': 'employee-email',
  'input.role': 'employee-role',
}

/** Adds an employee to a KEP by tax number (ΑΦΜ) and name (OPERATOR, ADMINISTRATOR). */
export function AddEmployeePage() {
  const t = useT()
  const [, navigate] = useLocation()
  const [form, setForm] = useState({
    kepId: '',
    taxId: '',
    fullName: '',
    email: '',
    role: 'STAFF' as EmployeeRoleCode,
  })
  const [missingKep, setMissingKep] = useState(false)
  const [add, { loading, error }] = useMutation(addEmployeeMutation)
  const errors = useFormErrors(error, fieldIds, 'employee-tax-id')
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setMissingKep(form.kepId === '')
    if (form.kepId === '') return
    try {
      const { data } = await add({ variables: { input: form } })
      if (data) navigate(`/employees/${data.addEmployee.id}?added=1`)
    } catch {
      // shown by the error summary
    }
  }
  const kepError = missingKep ? t('employees.form.required.kep') : errors.field('input.kepId')
  return (
    <>
      <p>
        <Link className="govgr-back-link" href="/employees">
          {t('employee.back')}
        </Link>
      </p>
      <h1>{t('employees.form.title')}</h1>
      <FormErrorSummary
        errors={errors}
        extra={missingKep ? [{ fieldId: 'employee-kep', message: kepError ?? '' }] : []}
      />
      <p>{t('employees.form.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <KepSelect
          id="employee-kep"
          label={t('employees.form.kep')}
          emptyLabel={t('employees.form.chooseKep')}
          value={form.kepId}
          onChange={set('kepId')}
          error={kepError}
        />
        <TextField
          id="employee-tax-id"
          label={t('employees.form.taxId')}
          hint={t('employees.form.taxId.hint')}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="govgr-input--width-10"
          value={form.taxId}
          onChange={(e) => set('taxId')(e.target.value)}
          error={errors.field('input.taxId')}
        />
        <TextField
          id="employee-full-name"
          label={t('employees.form.fullName')}
          autoComplete="off"
          value={form.fullName}
          onChange={(e) => set('fullName')(e.target.value)}
          error={errors.field('input.fullName')}
        />
        <TextField
          id="employee-email"
          label={t('employees.form.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={form.email}
          onChange={(e) => set('email')(e.target.value)}
          error={errors.field('input.email')}
        />
        <Radios<EmployeeRoleCode>
          name="role"
          id="employee-role"
          legend={t('employees.form.role')}
          value={form.role}
          onChange={set('role')}
          choices={[
            { value: 'STAFF', label: t('employees.role.STAFF') },
            { value: 'MANAGER', label: t('employees.role.MANAGER') },
          ]}
        />
        <Button type="submit" disabled={loading} aria-busy={loading || undefined}>
          {loading ? t('employees.form.submitting') : t('employees.form.submit')}
        </Button>
      </form>
    </>
  )
}
