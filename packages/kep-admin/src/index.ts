// Running a KEP, shared by the admin app (any KEP, by the ministry's administrators) and the
// staff app (a manager's own KEP): the server decides who may change what; these components only
// show it. An app spreads `kepAdminCatalogs` into its messages and lists this package's sources
// among its codegen documents (the fragments below are spread in its own operations).
export { kepAdminCatalogs, type KepAdminMessageKey } from './i18n'
export { AuditTrailLine, lastChangeQuery } from './common/audit-trail-line'
export { FormErrorSummary, inputIdFor, useFormErrors, type FormErrors } from './common/form-errors'
export { ImpactSummary, UncoveredChoiceRadios, type UncoveredChoice } from './common/impact-summary'
// an employee's availability and absences, each change previewed (issue 13 item 4; a manager's
// own KEP's, issue 14 item 6)
export { Absences } from './staff/absences'
export { AvailabilityEditor } from './staff/availability-editor'
export { athensInstant, todayInAthens } from './staff/dates'
export {
  ImpactConfirm,
  useImpactFlow,
  type ImpactArgument,
  type ImpactFlow,
} from './staff/impact-flow'
export { ImpactFollowUp, type FollowUpLinks } from './staff/impact-follow-up'
export { WeekAtAGlance } from './staff/week-at-a-glance'
export { KepAtAGlance, kepAtAGlanceQuery, type KepAtAGlanceProps } from './glance/kep-at-a-glance'
