/* eslint-disable */
import * as types from './graphql'
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n': typeof types.AuditTrailLineDocument
  '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n': typeof types.ImpactSummary_ImpactFragmentDoc
  '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n': typeof types.KepAtAGlanceDocument
  '\n  fragment HoursImpact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n': typeof types.HoursImpactFragmentDoc
  '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n': typeof types.KepClosuresDocument
  '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.AddKepClosureDocument
  '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n': typeof types.RemoveKepClosureDocument
  '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n': typeof types.HoursKepSpecialHoursDocument
  '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!, $impact: ImpactInput!) {\n    setKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.HoursSetKepSpecialHoursDocument
  '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!, $impact: ImpactInput!) {\n    removeKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      removed\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.HoursRemoveKepSpecialHoursDocument
  '\n  query KepAdminWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.KepAdminWeeklyHoursDocument
  '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n': typeof types.EmployeeDetail_EmployeeFragmentDoc
  '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n': typeof types.EmployeeImpact_ImpactFragmentDoc
  '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.SetEmployeeAvailabilityDocument
  '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.AddEmployeeAbsenceDocument
  '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.RemoveEmployeeAbsenceDocument
  '\n  query KepWorkstations($kepId: ID!) {\n    kepWorkstations(kepId: $kepId) {\n      id\n      label\n      active\n      futureBookings\n    }\n  }\n': typeof types.KepWorkstationsDocument
  '\n  mutation ChangeKepWorkstations($input: ChangeKepWorkstationsInput!, $impact: ImpactInput!) {\n    changeKepWorkstations(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n    }\n  }\n': typeof types.ChangeKepWorkstationsDocument
  '\n  query StaffAccount {\n    me {\n      role\n      employeeAccount {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n': typeof types.StaffAccountDocument
  '\n  mutation AcknowledgeAcceptableUse {\n    acknowledgeAcceptableUse {\n      account {\n        acceptableUseAcknowledgedAt\n      }\n    }\n  }\n': typeof types.AcknowledgeAcceptableUseDocument
  '\n  mutation UpdateEmployeeSettings($input: UpdateEmployeeSettingsInput!) {\n    updateEmployeeSettings(input: $input) {\n      account {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n': typeof types.UpdateEmployeeSettingsDocument
  '\n  query StaffMe {\n    me {\n      role\n      displayName\n      kep {\n        id\n        code\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.StaffMeDocument
  '\n  fragment AgendaAppointment_appointment on AgendaAppointment {\n    state\n    booking {\n      id\n      reference\n      startsAt\n      endsAt\n      fullName\n      status\n      business {\n        representation\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n      }\n      documents {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n    }\n    call {\n      id\n      bookingId\n      status\n    }\n  }\n': typeof types.AgendaAppointment_AppointmentFragmentDoc
  '\n  query StaffAgenda($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope!) {\n    staffAgenda(from: $from, to: $to, scope: $scope) {\n      ...AgendaAppointment_appointment\n    }\n  }\n': typeof types.StaffAgendaDocument
  '\n  query FindKepBookings($query: String!) {\n    findKepBookings(query: $query) {\n      ...AgendaAppointment_appointment\n    }\n  }\n': typeof types.FindKepBookingsDocument
  '\n  subscription KepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n      status\n      participants {\n        id\n        role\n        admitted\n      }\n    }\n  }\n': typeof types.KepCallUpdatesDocument
  '\n  query StaffBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      version\n      changeable\n      kep {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        reason\n        fromStartsAt\n        toStartsAt\n        fromEmployee {\n          id\n          displayName\n        }\n        toEmployee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.StaffBookingDocument
  '\n  query StaffFreeTimes($input: AvailabilityInput!) {\n    availability(input: $input) {\n      lastBookableDate\n      days {\n        date\n        slots {\n          startsAt\n          localTime\n        }\n      }\n    }\n  }\n': typeof types.StaffFreeTimesDocument
  '\n  mutation RescheduleBookingForCitizen($input: RescheduleBookingForCitizenInput!) {\n    rescheduleBookingForCitizen(input: $input) {\n      booking {\n        id\n        startsAt\n        endsAt\n        version\n      }\n    }\n  }\n': typeof types.RescheduleBookingForCitizenDocument
  '\n  mutation CancelBookingForCitizen($input: CancelBookingForCitizenInput!) {\n    cancelBookingForCitizen(input: $input) {\n      booking {\n        id\n        status\n        version\n      }\n    }\n  }\n': typeof types.CancelBookingForCitizenDocument
  '\n  fragment BookingDetails_booking on Booking {\n    id\n    reference\n    startsAt\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    business {\n      name\n      taxId\n      representation\n    }\n    procedure {\n      id\n      code\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n    }\n    category {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    documents {\n      id\n      fileName\n      mimeType\n      sizeBytes\n    }\n  }\n': typeof types.BookingDetails_BookingFragmentDoc
  '\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      callOpensAt\n      callClosesAt\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n': typeof types.ConsoleBookingDocument
  '\n  fragment StaffCall_call on Call {\n    id\n    bookingId\n    status\n    admittedAt\n    endedAt\n    identityVerified\n    identityDocumentRequestedAt\n    audioOnly\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    identityCheck {\n      verified\n      documentType\n      checkedAt\n      kedReference\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n': typeof types.StaffCall_CallFragmentDoc
  '\n  mutation StaffJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n      }\n      participantToken\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.StaffJoinCallDocument
  '\n  subscription StaffCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.StaffCallEventsDocument
  '\n  mutation StaffLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n': typeof types.StaffLeaveCallDocument
  '\n  mutation StaffSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.StaffSetVideoEnabledDocument
  '\n  mutation AdmitCitizen($input: CallIdInput!) {\n    admitCitizen(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.AdmitCitizenDocument
  '\n  mutation AdmitInterpreter($input: AdmitInterpreterInput!) {\n    admitInterpreter(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.AdmitInterpreterDocument
  '\n  mutation CheckIdentityDocument($input: CheckIdentityDocumentInput!) {\n    checkIdentityDocument(input: $input) {\n      status\n      kedReference\n      matchesBooking\n      holder {\n        firstName\n        lastName\n        fatherName\n        birthDate\n      }\n    }\n  }\n': typeof types.CheckIdentityDocumentDocument
  '\n  mutation RequestIdentityDocument($input: CallIdInput!) {\n    requestIdentityDocument(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.RequestIdentityDocumentDocument
  '\n  mutation ConfirmIdentity($input: ConfirmIdentityInput!) {\n    confirmIdentity(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.ConfirmIdentityDocument
  '\n  mutation InviteToCall($input: InviteToCallInput!) {\n    inviteToCall(input: $input) {\n      link\n      expiresAt\n      emailSent\n    }\n  }\n': typeof types.InviteToCallDocument
  '\n  mutation RecordSubmission($input: RecordSubmissionInput!) {\n    recordSubmission(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.RecordSubmissionDocument
  '\n  mutation EndCall($input: CallIdInput!) {\n    endCall(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.EndCallDocument
  '\n  mutation RecordNoShow($input: RecordNoShowInput!) {\n    recordNoShow(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n': typeof types.RecordNoShowDocument
  '\n    mutation StaffSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ': typeof types.StaffSendSignalDocument
  '\n    query StaffMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ': typeof types.StaffMissedSignalsDocument
  '\n    subscription StaffCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ': typeof types.StaffCallSignalsDocument
  '\n  query CallAssignment($bookingId: ID!) {\n    callAssignment(bookingId: $bookingId) {\n      bookingId\n      assignedToId\n      assignedToName\n      conductsCall\n      canHandOver\n    }\n  }\n': typeof types.CallAssignmentDocument
  '\n  query FreeColleagues($bookingId: ID!) {\n    freeColleagues(bookingId: $bookingId) {\n      id\n      displayName\n    }\n  }\n': typeof types.FreeColleaguesDocument
  '\n  mutation HandOverBooking($input: HandOverBookingInput!) {\n    handOverBooking(input: $input) {\n      assignedToId\n      assignedToName\n      booking {\n        id\n      }\n    }\n  }\n': typeof types.HandOverBookingDocument
  '\n  subscription ConsoleKepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n    }\n  }\n': typeof types.ConsoleKepCallUpdatesDocument
  '\n  query KepStaff($kepId: ID!) {\n    kepStaff(kepId: $kepId) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.KepStaffDocument
  '\n  query KepEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.KepEmployeeDocument
  '\n  query KepBookingsNeedingAttention($kepId: ID!) {\n    kepBookingsNeedingAttention(kepId: $kepId) {\n      bookingId\n      reference\n      startsAt\n      endsAt\n      employeeName\n      colleagueFree\n    }\n  }\n': typeof types.KepBookingsNeedingAttentionDocument
}
const documents: Documents = {
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n':
    types.AuditTrailLineDocument,
  '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n':
    types.ImpactSummary_ImpactFragmentDoc,
  '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n':
    types.KepAtAGlanceDocument,
  '\n  fragment HoursImpact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n':
    types.HoursImpactFragmentDoc,
  '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n':
    types.KepClosuresDocument,
  '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.AddKepClosureDocument,
  '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n':
    types.RemoveKepClosureDocument,
  '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n':
    types.HoursKepSpecialHoursDocument,
  '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!, $impact: ImpactInput!) {\n    setKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.HoursSetKepSpecialHoursDocument,
  '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!, $impact: ImpactInput!) {\n    removeKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      removed\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.HoursRemoveKepSpecialHoursDocument,
  '\n  query KepAdminWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n':
    types.KepAdminWeeklyHoursDocument,
  '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n':
    types.EmployeeDetail_EmployeeFragmentDoc,
  '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n':
    types.EmployeeImpact_ImpactFragmentDoc,
  '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.SetEmployeeAvailabilityDocument,
  '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.AddEmployeeAbsenceDocument,
  '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.RemoveEmployeeAbsenceDocument,
  '\n  query KepWorkstations($kepId: ID!) {\n    kepWorkstations(kepId: $kepId) {\n      id\n      label\n      active\n      futureBookings\n    }\n  }\n':
    types.KepWorkstationsDocument,
  '\n  mutation ChangeKepWorkstations($input: ChangeKepWorkstationsInput!, $impact: ImpactInput!) {\n    changeKepWorkstations(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n    }\n  }\n':
    types.ChangeKepWorkstationsDocument,
  '\n  query StaffAccount {\n    me {\n      role\n      employeeAccount {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n':
    types.StaffAccountDocument,
  '\n  mutation AcknowledgeAcceptableUse {\n    acknowledgeAcceptableUse {\n      account {\n        acceptableUseAcknowledgedAt\n      }\n    }\n  }\n':
    types.AcknowledgeAcceptableUseDocument,
  '\n  mutation UpdateEmployeeSettings($input: UpdateEmployeeSettingsInput!) {\n    updateEmployeeSettings(input: $input) {\n      account {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n':
    types.UpdateEmployeeSettingsDocument,
  '\n  query StaffMe {\n    me {\n      role\n      displayName\n      kep {\n        id\n        code\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.StaffMeDocument,
  '\n  fragment AgendaAppointment_appointment on AgendaAppointment {\n    state\n    booking {\n      id\n      reference\n      startsAt\n      endsAt\n      fullName\n      status\n      business {\n        representation\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n      }\n      documents {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n    }\n    call {\n      id\n      bookingId\n      status\n    }\n  }\n':
    types.AgendaAppointment_AppointmentFragmentDoc,
  '\n  query StaffAgenda($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope!) {\n    staffAgenda(from: $from, to: $to, scope: $scope) {\n      ...AgendaAppointment_appointment\n    }\n  }\n':
    types.StaffAgendaDocument,
  '\n  query FindKepBookings($query: String!) {\n    findKepBookings(query: $query) {\n      ...AgendaAppointment_appointment\n    }\n  }\n':
    types.FindKepBookingsDocument,
  '\n  subscription KepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n      status\n      participants {\n        id\n        role\n        admitted\n      }\n    }\n  }\n':
    types.KepCallUpdatesDocument,
  '\n  query StaffBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      version\n      changeable\n      kep {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        reason\n        fromStartsAt\n        toStartsAt\n        fromEmployee {\n          id\n          displayName\n        }\n        toEmployee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.StaffBookingDocument,
  '\n  query StaffFreeTimes($input: AvailabilityInput!) {\n    availability(input: $input) {\n      lastBookableDate\n      days {\n        date\n        slots {\n          startsAt\n          localTime\n        }\n      }\n    }\n  }\n':
    types.StaffFreeTimesDocument,
  '\n  mutation RescheduleBookingForCitizen($input: RescheduleBookingForCitizenInput!) {\n    rescheduleBookingForCitizen(input: $input) {\n      booking {\n        id\n        startsAt\n        endsAt\n        version\n      }\n    }\n  }\n':
    types.RescheduleBookingForCitizenDocument,
  '\n  mutation CancelBookingForCitizen($input: CancelBookingForCitizenInput!) {\n    cancelBookingForCitizen(input: $input) {\n      booking {\n        id\n        status\n        version\n      }\n    }\n  }\n':
    types.CancelBookingForCitizenDocument,
  '\n  fragment BookingDetails_booking on Booking {\n    id\n    reference\n    startsAt\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    business {\n      name\n      taxId\n      representation\n    }\n    procedure {\n      id\n      code\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n    }\n    category {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    documents {\n      id\n      fileName\n      mimeType\n      sizeBytes\n    }\n  }\n':
    types.BookingDetails_BookingFragmentDoc,
  '\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      callOpensAt\n      callClosesAt\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n':
    types.ConsoleBookingDocument,
  '\n  fragment StaffCall_call on Call {\n    id\n    bookingId\n    status\n    admittedAt\n    endedAt\n    identityVerified\n    identityDocumentRequestedAt\n    audioOnly\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    identityCheck {\n      verified\n      documentType\n      checkedAt\n      kedReference\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n':
    types.StaffCall_CallFragmentDoc,
  '\n  mutation StaffJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n      }\n      participantToken\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.StaffJoinCallDocument,
  '\n  subscription StaffCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.StaffCallEventsDocument,
  '\n  mutation StaffLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n':
    types.StaffLeaveCallDocument,
  '\n  mutation StaffSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.StaffSetVideoEnabledDocument,
  '\n  mutation AdmitCitizen($input: CallIdInput!) {\n    admitCitizen(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.AdmitCitizenDocument,
  '\n  mutation AdmitInterpreter($input: AdmitInterpreterInput!) {\n    admitInterpreter(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.AdmitInterpreterDocument,
  '\n  mutation CheckIdentityDocument($input: CheckIdentityDocumentInput!) {\n    checkIdentityDocument(input: $input) {\n      status\n      kedReference\n      matchesBooking\n      holder {\n        firstName\n        lastName\n        fatherName\n        birthDate\n      }\n    }\n  }\n':
    types.CheckIdentityDocumentDocument,
  '\n  mutation RequestIdentityDocument($input: CallIdInput!) {\n    requestIdentityDocument(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.RequestIdentityDocumentDocument,
  '\n  mutation ConfirmIdentity($input: ConfirmIdentityInput!) {\n    confirmIdentity(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.ConfirmIdentityDocument,
  '\n  mutation InviteToCall($input: InviteToCallInput!) {\n    inviteToCall(input: $input) {\n      link\n      expiresAt\n      emailSent\n    }\n  }\n':
    types.InviteToCallDocument,
  '\n  mutation RecordSubmission($input: RecordSubmissionInput!) {\n    recordSubmission(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.RecordSubmissionDocument,
  '\n  mutation EndCall($input: CallIdInput!) {\n    endCall(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.EndCallDocument,
  '\n  mutation RecordNoShow($input: RecordNoShowInput!) {\n    recordNoShow(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n':
    types.RecordNoShowDocument,
  '\n    mutation StaffSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ':
    types.StaffSendSignalDocument,
  '\n    query StaffMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ':
    types.StaffMissedSignalsDocument,
  '\n    subscription StaffCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ':
    types.StaffCallSignalsDocument,
  '\n  query CallAssignment($bookingId: ID!) {\n    callAssignment(bookingId: $bookingId) {\n      bookingId\n      assignedToId\n      assignedToName\n      conductsCall\n      canHandOver\n    }\n  }\n':
    types.CallAssignmentDocument,
  '\n  query FreeColleagues($bookingId: ID!) {\n    freeColleagues(bookingId: $bookingId) {\n      id\n      displayName\n    }\n  }\n':
    types.FreeColleaguesDocument,
  '\n  mutation HandOverBooking($input: HandOverBookingInput!) {\n    handOverBooking(input: $input) {\n      assignedToId\n      assignedToName\n      booking {\n        id\n      }\n    }\n  }\n':
    types.HandOverBookingDocument,
  '\n  subscription ConsoleKepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n    }\n  }\n':
    types.ConsoleKepCallUpdatesDocument,
  '\n  query KepStaff($kepId: ID!) {\n    kepStaff(kepId: $kepId) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.KepStaffDocument,
  '\n  query KepEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.KepEmployeeDocument,
  '\n  query KepBookingsNeedingAttention($kepId: ID!) {\n    kepBookingsNeedingAttention(kepId: $kepId) {\n      bookingId\n      reference\n      startsAt\n      endsAt\n      employeeName\n      colleagueFree\n    }\n  }\n':
    types.KepBookingsNeedingAttentionDocument,
}

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n',
): (typeof documents)['\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n',
): (typeof documents)['\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HoursImpact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n',
): (typeof documents)['\n  fragment HoursImpact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!, $impact: ImpactInput!) {\n    setKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!, $impact: ImpactInput!) {\n    setKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!, $impact: ImpactInput!) {\n    removeKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      removed\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!, $impact: ImpactInput!) {\n    removeKepSpecialHoursWithImpact(input: $input, impact: $impact) {\n      removed\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepAdminWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepAdminWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepWorkstations($kepId: ID!) {\n    kepWorkstations(kepId: $kepId) {\n      id\n      label\n      active\n      futureBookings\n    }\n  }\n',
): (typeof documents)['\n  query KepWorkstations($kepId: ID!) {\n    kepWorkstations(kepId: $kepId) {\n      id\n      label\n      active\n      futureBookings\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeKepWorkstations($input: ChangeKepWorkstationsInput!, $impact: ImpactInput!) {\n    changeKepWorkstations(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeKepWorkstations($input: ChangeKepWorkstationsInput!, $impact: ImpactInput!) {\n    changeKepWorkstations(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffAccount {\n    me {\n      role\n      employeeAccount {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffAccount {\n    me {\n      role\n      employeeAccount {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeAcceptableUse {\n    acknowledgeAcceptableUse {\n      account {\n        acceptableUseAcknowledgedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeAcceptableUse {\n    acknowledgeAcceptableUse {\n      account {\n        acceptableUseAcknowledgedAt\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmployeeSettings($input: UpdateEmployeeSettingsInput!) {\n    updateEmployeeSettings(input: $input) {\n      account {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmployeeSettings($input: UpdateEmployeeSettingsInput!) {\n    updateEmployeeSettings(input: $input) {\n      account {\n        acceptableUseAcknowledgedAt\n        morningSummary\n        emailLocale\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffMe {\n    me {\n      role\n      displayName\n      kep {\n        id\n        code\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffMe {\n    me {\n      role\n      displayName\n      kep {\n        id\n        code\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgendaAppointment_appointment on AgendaAppointment {\n    state\n    booking {\n      id\n      reference\n      startsAt\n      endsAt\n      fullName\n      status\n      business {\n        representation\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n      }\n      documents {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n    }\n    call {\n      id\n      bookingId\n      status\n    }\n  }\n',
): (typeof documents)['\n  fragment AgendaAppointment_appointment on AgendaAppointment {\n    state\n    booking {\n      id\n      reference\n      startsAt\n      endsAt\n      fullName\n      status\n      business {\n        representation\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n      }\n      documents {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n    }\n    call {\n      id\n      bookingId\n      status\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffAgenda($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope!) {\n    staffAgenda(from: $from, to: $to, scope: $scope) {\n      ...AgendaAppointment_appointment\n    }\n  }\n',
): (typeof documents)['\n  query StaffAgenda($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope!) {\n    staffAgenda(from: $from, to: $to, scope: $scope) {\n      ...AgendaAppointment_appointment\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindKepBookings($query: String!) {\n    findKepBookings(query: $query) {\n      ...AgendaAppointment_appointment\n    }\n  }\n',
): (typeof documents)['\n  query FindKepBookings($query: String!) {\n    findKepBookings(query: $query) {\n      ...AgendaAppointment_appointment\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription KepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n      status\n      participants {\n        id\n        role\n        admitted\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription KepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n      status\n      participants {\n        id\n        role\n        admitted\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      version\n      changeable\n      kep {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        reason\n        fromStartsAt\n        toStartsAt\n        fromEmployee {\n          id\n          displayName\n        }\n        toEmployee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      version\n      changeable\n      kep {\n        id\n      }\n      assignedEmployee {\n        id\n        displayName\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        reason\n        fromStartsAt\n        toStartsAt\n        fromEmployee {\n          id\n          displayName\n        }\n        toEmployee {\n          id\n          displayName\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffFreeTimes($input: AvailabilityInput!) {\n    availability(input: $input) {\n      lastBookableDate\n      days {\n        date\n        slots {\n          startsAt\n          localTime\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StaffFreeTimes($input: AvailabilityInput!) {\n    availability(input: $input) {\n      lastBookableDate\n      days {\n        date\n        slots {\n          startsAt\n          localTime\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleBookingForCitizen($input: RescheduleBookingForCitizenInput!) {\n    rescheduleBookingForCitizen(input: $input) {\n      booking {\n        id\n        startsAt\n        endsAt\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleBookingForCitizen($input: RescheduleBookingForCitizenInput!) {\n    rescheduleBookingForCitizen(input: $input) {\n      booking {\n        id\n        startsAt\n        endsAt\n        version\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelBookingForCitizen($input: CancelBookingForCitizenInput!) {\n    cancelBookingForCitizen(input: $input) {\n      booking {\n        id\n        status\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelBookingForCitizen($input: CancelBookingForCitizenInput!) {\n    cancelBookingForCitizen(input: $input) {\n      booking {\n        id\n        status\n        version\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BookingDetails_booking on Booking {\n    id\n    reference\n    startsAt\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    business {\n      name\n      taxId\n      representation\n    }\n    procedure {\n      id\n      code\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n    }\n    category {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    documents {\n      id\n      fileName\n      mimeType\n      sizeBytes\n    }\n  }\n',
): (typeof documents)['\n  fragment BookingDetails_booking on Booking {\n    id\n    reference\n    startsAt\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    business {\n      name\n      taxId\n      representation\n    }\n    procedure {\n      id\n      code\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n    }\n    category {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    documents {\n      id\n      fileName\n      mimeType\n      sizeBytes\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      callOpensAt\n      callClosesAt\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConsoleBooking($id: ID!) {\n    booking(id: $id) {\n      ...BookingDetails_booking\n      status\n      endsAt\n      callOpensAt\n      callClosesAt\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StaffCall_call on Call {\n    id\n    bookingId\n    status\n    admittedAt\n    endedAt\n    identityVerified\n    identityDocumentRequestedAt\n    audioOnly\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    identityCheck {\n      verified\n      documentType\n      checkedAt\n      kedReference\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment StaffCall_call on Call {\n    id\n    bookingId\n    status\n    admittedAt\n    endedAt\n    identityVerified\n    identityDocumentRequestedAt\n    audioOnly\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    identityCheck {\n      verified\n      documentType\n      checkedAt\n      kedReference\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n      }\n      participantToken\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StaffJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n      }\n      participantToken\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription StaffCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription StaffCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StaffLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StaffSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StaffSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdmitCitizen($input: CallIdInput!) {\n    admitCitizen(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdmitCitizen($input: CallIdInput!) {\n    admitCitizen(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdmitInterpreter($input: AdmitInterpreterInput!) {\n    admitInterpreter(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdmitInterpreter($input: AdmitInterpreterInput!) {\n    admitInterpreter(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckIdentityDocument($input: CheckIdentityDocumentInput!) {\n    checkIdentityDocument(input: $input) {\n      status\n      kedReference\n      matchesBooking\n      holder {\n        firstName\n        lastName\n        fatherName\n        birthDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckIdentityDocument($input: CheckIdentityDocumentInput!) {\n    checkIdentityDocument(input: $input) {\n      status\n      kedReference\n      matchesBooking\n      holder {\n        firstName\n        lastName\n        fatherName\n        birthDate\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestIdentityDocument($input: CallIdInput!) {\n    requestIdentityDocument(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestIdentityDocument($input: CallIdInput!) {\n    requestIdentityDocument(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmIdentity($input: ConfirmIdentityInput!) {\n    confirmIdentity(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmIdentity($input: ConfirmIdentityInput!) {\n    confirmIdentity(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteToCall($input: InviteToCallInput!) {\n    inviteToCall(input: $input) {\n      link\n      expiresAt\n      emailSent\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteToCall($input: InviteToCallInput!) {\n    inviteToCall(input: $input) {\n      link\n      expiresAt\n      emailSent\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSubmission($input: RecordSubmissionInput!) {\n    recordSubmission(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSubmission($input: RecordSubmissionInput!) {\n    recordSubmission(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndCall($input: CallIdInput!) {\n    endCall(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EndCall($input: CallIdInput!) {\n    endCall(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordNoShow($input: RecordNoShowInput!) {\n    recordNoShow(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordNoShow($input: RecordNoShowInput!) {\n    recordNoShow(input: $input) {\n      call {\n        ...StaffCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    mutation StaffSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ',
): (typeof documents)['\n    mutation StaffSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query StaffMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query StaffMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription StaffCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ',
): (typeof documents)['\n    subscription StaffCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallAssignment($bookingId: ID!) {\n    callAssignment(bookingId: $bookingId) {\n      bookingId\n      assignedToId\n      assignedToName\n      conductsCall\n      canHandOver\n    }\n  }\n',
): (typeof documents)['\n  query CallAssignment($bookingId: ID!) {\n    callAssignment(bookingId: $bookingId) {\n      bookingId\n      assignedToId\n      assignedToName\n      conductsCall\n      canHandOver\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FreeColleagues($bookingId: ID!) {\n    freeColleagues(bookingId: $bookingId) {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query FreeColleagues($bookingId: ID!) {\n    freeColleagues(bookingId: $bookingId) {\n      id\n      displayName\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HandOverBooking($input: HandOverBookingInput!) {\n    handOverBooking(input: $input) {\n      assignedToId\n      assignedToName\n      booking {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation HandOverBooking($input: HandOverBookingInput!) {\n    handOverBooking(input: $input) {\n      assignedToId\n      assignedToName\n      booking {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ConsoleKepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n    }\n  }\n',
): (typeof documents)['\n  subscription ConsoleKepCallUpdates {\n    kepCallUpdates {\n      id\n      bookingId\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepStaff($kepId: ID!) {\n    kepStaff(kepId: $kepId) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  query KepStaff($kepId: ID!) {\n    kepStaff(kepId: $kepId) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  query KepEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepBookingsNeedingAttention($kepId: ID!) {\n    kepBookingsNeedingAttention(kepId: $kepId) {\n      bookingId\n      reference\n      startsAt\n      endsAt\n      employeeName\n      colleagueFree\n    }\n  }\n',
): (typeof documents)['\n  query KepBookingsNeedingAttention($kepId: ID!) {\n    kepBookingsNeedingAttention(kepId: $kepId) {\n      bookingId\n      reference\n      startsAt\n      endsAt\n      employeeName\n      colleagueFree\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
