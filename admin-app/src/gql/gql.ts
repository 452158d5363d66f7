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
  '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n': typeof types.AdministratorsListDocument
  '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n': typeof types.AdministratorRow_AdministratorFragmentDoc
  '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.AddAdministratorDocument
  '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.SetAdministratorRoleDocument
  '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.DeactivateAdministratorDocument
  '\n  query ApiClientsList {\n    apiClients {\n      ...ApiClientRow_apiClient\n    }\n  }\n': typeof types.ApiClientsListDocument
  '\n  fragment ApiClientRow_apiClient on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    createdByName\n    lastUsedAt\n    requestsLastDay\n    revokedAt\n  }\n': typeof types.ApiClientRow_ApiClientFragmentDoc
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n': typeof types.CreateApiClientDocument
  '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n': typeof types.RevokeApiClientDocument
  '\n  query AuditTrail($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      entries {\n        seq\n        at\n        actorKind\n        actorId\n        actorName\n        actorRole\n        kepId\n        action\n        entity\n        entityId\n        ipAddress\n        details\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AuditTrailDocument
  '\n  query AuditChainStatus($full: Boolean) {\n    auditChainStatus(full: $full) {\n      ok\n      verifiedRows\n      fromSeq\n      checkpointMonth\n      badSeq\n      reason\n      unsealed\n      checkedAt\n    }\n  }\n': typeof types.AuditChainStatusDocument
  '\n  query AdminBookings(\n    $filter: AdminBookingsFilter\n    $sort: AdminBookingsSort\n    $first: Int\n    $after: String\n  ) {\n    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        startsAt\n        fullName\n        kepName {\n          el\n          en\n        }\n        procedureTitle {\n          el\n          en\n        }\n        employeeName\n      }\n    }\n  }\n': typeof types.AdminBookingsDocument
  '\n  query BookingFilterChoices {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n    procedures {\n      id\n      title {\n        el\n        en\n      }\n      category {\n        id\n      }\n    }\n  }\n': typeof types.BookingFilterChoicesDocument
  '\n  query BookingEmployeeChoices($kepId: ID!) {\n    adminEmployees(filter: { kepId: $kepId }, first: 100) {\n      employees {\n        id\n        fullName\n      }\n    }\n  }\n': typeof types.BookingEmployeeChoicesDocument
  '\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      createdAt\n      fullName\n      email\n      phone\n      postalAddress\n      deliveryMethod\n      business {\n        name\n        taxId\n        representation\n      }\n      category {\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        title {\n          el\n          en\n        }\n      }\n      kep {\n        name {\n          el\n          en\n        }\n      }\n      assignedEmployee {\n        displayName\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n        other\n      }\n      documents {\n        id\n        fileName\n        sizeBytes\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        fromStartsAt\n        toStartsAt\n        reason\n      }\n      callTimes {\n        status\n        citizenJoinedAt\n        admittedAt\n        identityCheckedAt\n        identityVerified\n        endedAt\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        recordedAt\n      }\n    }\n  }\n': typeof types.AdminBookingDocument
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n': typeof types.CatalogCountsDocument
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n': typeof types.AdminMeDocument
  '\n  query EmployeeKepChoices {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n  }\n': typeof types.EmployeeKepChoicesDocument
  '\n  query AdminEmployees($first: Int!, $after: String, $filter: AdminEmployeesFilter) {\n    adminEmployees(first: $first, after: $after, filter: $filter) {\n      employees {\n        id\n        fullName\n        role\n        active\n        leavesOn\n        kep {\n          id\n          code\n          nameEl\n          nameEn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AdminEmployeesDocument
  '\n  query AdminEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.AdminEmployeeDocument
  '\n  mutation AddEmployee($input: AddEmployeeInput!) {\n    addEmployee(input: $input) {\n      id\n    }\n  }\n': typeof types.AddEmployeeDocument
  '\n  mutation SetEmployeeRole($input: SetEmployeeRoleInput!) {\n    setEmployeeRole(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.SetEmployeeRoleDocument
  '\n  mutation ReactivateEmployee($input: ReactivateEmployeeInput!) {\n    reactivateEmployee(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.ReactivateEmployeeDocument
  '\n  mutation DeactivateEmployee($input: DeactivateEmployeeInput!, $impact: ImpactInput) {\n    deactivateEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.DeactivateEmployeeDocument
  '\n  mutation MoveEmployee($input: MoveEmployeeInput!, $impact: ImpactInput) {\n    moveEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.MoveEmployeeDocument
  '\n  mutation CancelEmployeeMove($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {\n    cancelEmployeeMove(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.CancelEmployeeMoveDocument
  '\n  mutation ImportEmployeesCsv($input: ImportEmployeesCsvInput!) {\n    importEmployeesCsv(input: $input) {\n      applied\n      valid\n      invalid\n      rows {\n        line\n        afm\n        fullName\n        email\n        kepCode\n        role\n        outcome\n        errors {\n          column\n          reason\n          messageEl\n          messageEn\n        }\n      }\n    }\n  }\n': typeof types.ImportEmployeesCsvDocument
  '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.HoursKepsDocument
  '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.KepWeeklyHoursDocument
  '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.SetKepWeeklyHoursDocument
  '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.BulkSetWeeklyHoursDocument
  '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n': typeof types.KepMunicipalitiesDocument
  '\n  fragment KepImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n': typeof types.KepImpact_ImpactFragmentDoc
  '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n': typeof types.SuspendKepDocument
  '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n': typeof types.CloseKepDocument
  '\n  query UndeliveredMail($after: String) {\n    undeliveredMail(first: 25, after: $after) {\n      entries {\n        id\n        kind\n        bookingReference\n        recipientMasked\n        attempts\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UndeliveredMailDocument
  '\n  query MailCounts {\n    mailCounts {\n      pending\n      sentToday\n      failedToday\n      undelivered\n    }\n  }\n': typeof types.MailCountsDocument
  '\n  mutation RetryUndeliveredMail($id: ID!) {\n    retryUndeliveredMail(id: $id) {\n      id\n    }\n  }\n': typeof types.RetryUndeliveredMailDocument
  '\n  mutation RetryAllUndeliveredMail {\n    retryAllUndeliveredMail\n  }\n': typeof types.RetryAllUndeliveredMailDocument
  '\n  mutation MarkMailHandled($id: ID!, $note: String!) {\n    markMailHandled(id: $id, note: $note) {\n      id\n    }\n  }\n': typeof types.MarkMailHandledDocument
  '\n  fragment MunicipalityApplication_application on MunicipalityApplication {\n    id\n    municipalityId\n    municipalityName {\n      el\n      en\n    }\n    municipalityRegion {\n      el\n      en\n    }\n    status\n    decisionNumber\n    decisionDate\n    contact {\n      name\n      email\n      phone\n    }\n    keps {\n      key\n      existingKepId\n      nameEl\n      nameEn\n      addressEl\n      addressEn\n      postalCode\n      cityEl\n      cityEn\n      phone\n      email\n      hours {\n        weekday\n        opens\n        closes\n      }\n    }\n    employees {\n      fullName\n      taxId\n      kepKey\n      email\n    }\n    services {\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      pickUpAtKep\n    }\n    reviewComments {\n      section\n      comment\n    }\n    decisionNote\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    startedByMe\n    history {\n      status\n      at\n      note\n    }\n  }\n': typeof types.MunicipalityApplication_ApplicationFragmentDoc
  '\n  query MyMunicipalityApplications {\n    myMunicipalityApplications {\n      id\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      status\n      updatedAt\n    }\n  }\n': typeof types.MyMunicipalityApplicationsDocument
  '\n  query MunicipalityApplicationDetail($id: ID!) {\n    municipalityApplication(id: $id) {\n      ...MunicipalityApplication_application\n    }\n  }\n': typeof types.MunicipalityApplicationDetailDocument
  '\n  query MunicipalityApplicationChoices {\n    municipalities {\n      id\n      participation\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.MunicipalityApplicationChoicesDocument
  '\n  mutation StartMunicipalityApplication($input: StartMunicipalityApplicationInput!) {\n    startMunicipalityApplication(input: $input) {\n      application {\n        id\n      }\n    }\n  }\n': typeof types.StartMunicipalityApplicationDocument
  '\n  mutation SaveMunicipalityApplication($input: SaveMunicipalityApplicationInput!) {\n    saveMunicipalityApplication(input: $input) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.SaveMunicipalityApplicationDocument
  '\n  mutation SubmitMunicipalityApplication($id: ID!) {\n    submitMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.SubmitMunicipalityApplicationDocument
  '\n  mutation WithdrawMunicipalityApplication($id: ID!) {\n    withdrawMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.WithdrawMunicipalityApplicationDocument
  '\n  query MunicipalityApplicationQueue($filter: MunicipalityApplicationFilter, $after: String) {\n    municipalityApplications(filter: $filter, first: 25, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        municipalityName {\n          el\n          en\n        }\n        municipalityRegion {\n          el\n          en\n        }\n        status\n        submittedAt\n        services {\n          titleEl\n        }\n      }\n    }\n  }\n': typeof types.MunicipalityApplicationQueueDocument
  '\n  mutation ApproveMunicipalityApplication($id: ID!) {\n    approveMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.ApproveMunicipalityApplicationDocument
  '\n  mutation RejectMunicipalityApplication($id: ID!, $reason: String!) {\n    rejectMunicipalityApplication(id: $id, reason: $reason) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.RejectMunicipalityApplicationDocument
  '\n  mutation RequestMunicipalityApplicationChanges($id: ID!, $comments: [ApplicationCommentInput!]!) {\n    requestMunicipalityApplicationChanges(id: $id, comments: $comments) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n': typeof types.RequestMunicipalityApplicationChangesDocument
  '\n  query MyMunicipality {\n    myMunicipality {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      participation\n      joinedOn\n      leavesOn\n    }\n  }\n': typeof types.MyMunicipalityDocument
  '\n  fragment MunicipalProcedure_procedure on MunicipalProcedure {\n    id\n    code\n    title {\n      el\n      en\n    }\n    description {\n      el\n      en\n    }\n    requiredDocuments {\n      el\n      en\n    }\n    formUrl\n    pickUpAtKep\n    active\n    updatedAt\n  }\n': typeof types.MunicipalProcedure_ProcedureFragmentDoc
  '\n  query MunicipalProcedures {\n    municipalProcedures {\n      ...MunicipalProcedure_procedure\n    }\n  }\n': typeof types.MunicipalProceduresDocument
  '\n  mutation CreateMunicipalProcedure($input: MunicipalProcedureInput!) {\n    createMunicipalProcedure(input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n': typeof types.CreateMunicipalProcedureDocument
  '\n  mutation UpdateMunicipalProcedure($id: ID!, $input: MunicipalProcedureInput!) {\n    updateMunicipalProcedure(id: $id, input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n': typeof types.UpdateMunicipalProcedureDocument
  '\n  mutation RetireMunicipalProcedure($id: ID!) {\n    retireMunicipalProcedure(id: $id) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n': typeof types.RetireMunicipalProcedureDocument
  '\n  query MunicipalKepUsage($from: LocalDate!, $to: LocalDate!) {\n    municipalKepUsage(from: $from, to: $to) {\n      kepId\n      kepName {\n        el\n        en\n      }\n      booked\n      municipalBooked\n      completed\n      cancelled\n      noShow\n    }\n  }\n': typeof types.MunicipalKepUsageDocument
  '\n  query AdminParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n      }\n      procedures {\n        id\n      }\n    }\n  }\n': typeof types.AdminParticipatingMunicipalitiesDocument
  '\n  fragment MunicipalityImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n': typeof types.MunicipalityImpact_ImpactFragmentDoc
  '\n  mutation SuspendMunicipality($input: SuspendMunicipalityInput!, $impact: ImpactInput!) {\n    suspendMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n': typeof types.SuspendMunicipalityDocument
  '\n  mutation WithdrawMunicipality($input: WithdrawMunicipalityInput!, $impact: ImpactInput!) {\n    withdrawMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n': typeof types.WithdrawMunicipalityDocument
  '\n  query AdminFieldParameters {\n    fieldParameters {\n      categoryId\n      category\n      inForce {\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n      scheduled {\n        id\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n    }\n  }\n': typeof types.AdminFieldParametersDocument
  '\n  mutation AdminScheduleFieldParameters($input: ScheduleFieldParametersInput!, $preview: Boolean!) {\n    scheduleFieldParameters(input: $input, preview: $preview) {\n      applied\n      version {\n        id\n        effectiveFrom\n      }\n      impact {\n        totalBefore\n        totalAfter\n        days {\n          date\n          before\n          after\n          difference\n        }\n      }\n    }\n  }\n': typeof types.AdminScheduleFieldParametersDocument
  '\n  mutation AdminCancelScheduledFieldParameters($id: ID!) {\n    cancelScheduledFieldParameters(id: $id) {\n      categoryId\n    }\n  }\n': typeof types.AdminCancelScheduledFieldParametersDocument
  '\n  query AdminSettingsList {\n    settingsList {\n      key\n      value\n      effectiveFrom\n      scheduled {\n        effectiveFrom\n        value\n      }\n      rule {\n        kind\n        min\n        max\n        maxItems\n      }\n    }\n  }\n': typeof types.AdminSettingsListDocument
  '\n  mutation AdminScheduleSetting($input: ScheduleSettingInput!, $preview: Boolean!) {\n    scheduleSetting(input: $input, preview: $preview) {\n      applied\n      key\n      before\n      after\n      effectiveFrom\n    }\n  }\n': typeof types.AdminScheduleSettingDocument
  '\n  query AdminProcedures($first: Int!, $after: String, $filter: ProcedureFilterInput) {\n    adminProcedures(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        code\n        titleEl\n        titleEn\n        active\n        formUrl\n        form {\n          url\n        }\n        category {\n          code\n          name {\n            el\n            en\n          }\n        }\n        municipality {\n          id\n          name {\n            el\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AdminProceduresDocument
  '\n  query ProcedureChoices {\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n': typeof types.ProcedureChoicesDocument
  '\n  query AdminProcedure($id: ID!) {\n    adminProcedure(id: $id) {\n      id\n      code\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      active\n      updatedAt\n      category {\n        code\n        name {\n          el\n          en\n        }\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n      }\n      form {\n        fileName\n        sizeBytes\n        url\n      }\n      lastChange {\n        at\n        byName\n      }\n    }\n  }\n': typeof types.AdminProcedureDocument
  '\n  mutation CreateProcedure($input: CreateProcedureInput!) {\n    createProcedure(input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n': typeof types.CreateProcedureDocument
  '\n  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {\n    updateProcedure(id: $id, input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n': typeof types.UpdateProcedureDocument
  '\n  mutation RetireProcedure($id: ID!) {\n    retireProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n': typeof types.RetireProcedureDocument
  '\n  mutation RestoreProcedure($id: ID!) {\n    restoreProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n': typeof types.RestoreProcedureDocument
  '\n  mutation RemoveProcedureForm($id: ID!) {\n    removeProcedureForm(id: $id) {\n      removed\n    }\n  }\n': typeof types.RemoveProcedureFormDocument
  '\n  query UsageStatistics($input: UsageStatisticsInput!) {\n    usageStatistics(input: $input) {\n      from\n      to\n      totals {\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      cancellationRate\n      completionRate\n      noShowRate\n      leadTime {\n        averageMinutes\n        sameDay\n        oneToTwoDays\n        threeToSevenDays\n        overSevenDays\n      }\n      utilisation {\n        bookedMinutes\n        availableMinutes\n        ratio\n      }\n      averageWaitSeconds\n      averageCallSeconds\n      identityPassed\n      identityFailed\n      interpreterRequests\n      lipReadingRequests\n      days {\n        date\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      weeks {\n        weekStart\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      heatMap {\n        weekday\n        hour\n        appointments\n      }\n      topProcedures {\n        procedureId\n        titleEl\n        titleEn\n        bookings\n      }\n    }\n  }\n': typeof types.UsageStatisticsDocument
  '\n  query StatisticsScope {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n': typeof types.StatisticsScopeDocument
  '\n  query StatisticsKeps($municipalityId: ID) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n': typeof types.StatisticsKepsDocument
  '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.CreateKepDocument
  '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.AdminKepDocument
  '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.UpdateKepDocument
  '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.ResumeKepDocument
  '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n': typeof types.AdminKepsDocument
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
}
const documents: Documents = {
  '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n':
    types.AdministratorsListDocument,
  '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n':
    types.AdministratorRow_AdministratorFragmentDoc,
  '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.AddAdministratorDocument,
  '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.SetAdministratorRoleDocument,
  '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.DeactivateAdministratorDocument,
  '\n  query ApiClientsList {\n    apiClients {\n      ...ApiClientRow_apiClient\n    }\n  }\n':
    types.ApiClientsListDocument,
  '\n  fragment ApiClientRow_apiClient on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    createdByName\n    lastUsedAt\n    requestsLastDay\n    revokedAt\n  }\n':
    types.ApiClientRow_ApiClientFragmentDoc,
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n':
    types.CreateApiClientDocument,
  '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n':
    types.RevokeApiClientDocument,
  '\n  query AuditTrail($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      entries {\n        seq\n        at\n        actorKind\n        actorId\n        actorName\n        actorRole\n        kepId\n        action\n        entity\n        entityId\n        ipAddress\n        details\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AuditTrailDocument,
  '\n  query AuditChainStatus($full: Boolean) {\n    auditChainStatus(full: $full) {\n      ok\n      verifiedRows\n      fromSeq\n      checkpointMonth\n      badSeq\n      reason\n      unsealed\n      checkedAt\n    }\n  }\n':
    types.AuditChainStatusDocument,
  '\n  query AdminBookings(\n    $filter: AdminBookingsFilter\n    $sort: AdminBookingsSort\n    $first: Int\n    $after: String\n  ) {\n    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        startsAt\n        fullName\n        kepName {\n          el\n          en\n        }\n        procedureTitle {\n          el\n          en\n        }\n        employeeName\n      }\n    }\n  }\n':
    types.AdminBookingsDocument,
  '\n  query BookingFilterChoices {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n    procedures {\n      id\n      title {\n        el\n        en\n      }\n      category {\n        id\n      }\n    }\n  }\n':
    types.BookingFilterChoicesDocument,
  '\n  query BookingEmployeeChoices($kepId: ID!) {\n    adminEmployees(filter: { kepId: $kepId }, first: 100) {\n      employees {\n        id\n        fullName\n      }\n    }\n  }\n':
    types.BookingEmployeeChoicesDocument,
  '\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      createdAt\n      fullName\n      email\n      phone\n      postalAddress\n      deliveryMethod\n      business {\n        name\n        taxId\n        representation\n      }\n      category {\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        title {\n          el\n          en\n        }\n      }\n      kep {\n        name {\n          el\n          en\n        }\n      }\n      assignedEmployee {\n        displayName\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n        other\n      }\n      documents {\n        id\n        fileName\n        sizeBytes\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        fromStartsAt\n        toStartsAt\n        reason\n      }\n      callTimes {\n        status\n        citizenJoinedAt\n        admittedAt\n        identityCheckedAt\n        identityVerified\n        endedAt\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        recordedAt\n      }\n    }\n  }\n':
    types.AdminBookingDocument,
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n':
    types.CatalogCountsDocument,
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n':
    types.AdminMeDocument,
  '\n  query EmployeeKepChoices {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n  }\n':
    types.EmployeeKepChoicesDocument,
  '\n  query AdminEmployees($first: Int!, $after: String, $filter: AdminEmployeesFilter) {\n    adminEmployees(first: $first, after: $after, filter: $filter) {\n      employees {\n        id\n        fullName\n        role\n        active\n        leavesOn\n        kep {\n          id\n          code\n          nameEl\n          nameEn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AdminEmployeesDocument,
  '\n  query AdminEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.AdminEmployeeDocument,
  '\n  mutation AddEmployee($input: AddEmployeeInput!) {\n    addEmployee(input: $input) {\n      id\n    }\n  }\n':
    types.AddEmployeeDocument,
  '\n  mutation SetEmployeeRole($input: SetEmployeeRoleInput!) {\n    setEmployeeRole(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.SetEmployeeRoleDocument,
  '\n  mutation ReactivateEmployee($input: ReactivateEmployeeInput!) {\n    reactivateEmployee(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.ReactivateEmployeeDocument,
  '\n  mutation DeactivateEmployee($input: DeactivateEmployeeInput!, $impact: ImpactInput) {\n    deactivateEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.DeactivateEmployeeDocument,
  '\n  mutation MoveEmployee($input: MoveEmployeeInput!, $impact: ImpactInput) {\n    moveEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.MoveEmployeeDocument,
  '\n  mutation CancelEmployeeMove($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {\n    cancelEmployeeMove(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.CancelEmployeeMoveDocument,
  '\n  mutation ImportEmployeesCsv($input: ImportEmployeesCsvInput!) {\n    importEmployeesCsv(input: $input) {\n      applied\n      valid\n      invalid\n      rows {\n        line\n        afm\n        fullName\n        email\n        kepCode\n        role\n        outcome\n        errors {\n          column\n          reason\n          messageEl\n          messageEn\n        }\n      }\n    }\n  }\n':
    types.ImportEmployeesCsvDocument,
  '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.HoursKepsDocument,
  '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n':
    types.KepWeeklyHoursDocument,
  '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.SetKepWeeklyHoursDocument,
  '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.BulkSetWeeklyHoursDocument,
  '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n':
    types.KepMunicipalitiesDocument,
  '\n  fragment KepImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n':
    types.KepImpact_ImpactFragmentDoc,
  '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n':
    types.SuspendKepDocument,
  '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n':
    types.CloseKepDocument,
  '\n  query UndeliveredMail($after: String) {\n    undeliveredMail(first: 25, after: $after) {\n      entries {\n        id\n        kind\n        bookingReference\n        recipientMasked\n        attempts\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UndeliveredMailDocument,
  '\n  query MailCounts {\n    mailCounts {\n      pending\n      sentToday\n      failedToday\n      undelivered\n    }\n  }\n':
    types.MailCountsDocument,
  '\n  mutation RetryUndeliveredMail($id: ID!) {\n    retryUndeliveredMail(id: $id) {\n      id\n    }\n  }\n':
    types.RetryUndeliveredMailDocument,
  '\n  mutation RetryAllUndeliveredMail {\n    retryAllUndeliveredMail\n  }\n':
    types.RetryAllUndeliveredMailDocument,
  '\n  mutation MarkMailHandled($id: ID!, $note: String!) {\n    markMailHandled(id: $id, note: $note) {\n      id\n    }\n  }\n':
    types.MarkMailHandledDocument,
  '\n  fragment MunicipalityApplication_application on MunicipalityApplication {\n    id\n    municipalityId\n    municipalityName {\n      el\n      en\n    }\n    municipalityRegion {\n      el\n      en\n    }\n    status\n    decisionNumber\n    decisionDate\n    contact {\n      name\n      email\n      phone\n    }\n    keps {\n      key\n      existingKepId\n      nameEl\n      nameEn\n      addressEl\n      addressEn\n      postalCode\n      cityEl\n      cityEn\n      phone\n      email\n      hours {\n        weekday\n        opens\n        closes\n      }\n    }\n    employees {\n      fullName\n      taxId\n      kepKey\n      email\n    }\n    services {\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      pickUpAtKep\n    }\n    reviewComments {\n      section\n      comment\n    }\n    decisionNote\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    startedByMe\n    history {\n      status\n      at\n      note\n    }\n  }\n':
    types.MunicipalityApplication_ApplicationFragmentDoc,
  '\n  query MyMunicipalityApplications {\n    myMunicipalityApplications {\n      id\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      status\n      updatedAt\n    }\n  }\n':
    types.MyMunicipalityApplicationsDocument,
  '\n  query MunicipalityApplicationDetail($id: ID!) {\n    municipalityApplication(id: $id) {\n      ...MunicipalityApplication_application\n    }\n  }\n':
    types.MunicipalityApplicationDetailDocument,
  '\n  query MunicipalityApplicationChoices {\n    municipalities {\n      id\n      participation\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.MunicipalityApplicationChoicesDocument,
  '\n  mutation StartMunicipalityApplication($input: StartMunicipalityApplicationInput!) {\n    startMunicipalityApplication(input: $input) {\n      application {\n        id\n      }\n    }\n  }\n':
    types.StartMunicipalityApplicationDocument,
  '\n  mutation SaveMunicipalityApplication($input: SaveMunicipalityApplicationInput!) {\n    saveMunicipalityApplication(input: $input) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.SaveMunicipalityApplicationDocument,
  '\n  mutation SubmitMunicipalityApplication($id: ID!) {\n    submitMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.SubmitMunicipalityApplicationDocument,
  '\n  mutation WithdrawMunicipalityApplication($id: ID!) {\n    withdrawMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.WithdrawMunicipalityApplicationDocument,
  '\n  query MunicipalityApplicationQueue($filter: MunicipalityApplicationFilter, $after: String) {\n    municipalityApplications(filter: $filter, first: 25, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        municipalityName {\n          el\n          en\n        }\n        municipalityRegion {\n          el\n          en\n        }\n        status\n        submittedAt\n        services {\n          titleEl\n        }\n      }\n    }\n  }\n':
    types.MunicipalityApplicationQueueDocument,
  '\n  mutation ApproveMunicipalityApplication($id: ID!) {\n    approveMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.ApproveMunicipalityApplicationDocument,
  '\n  mutation RejectMunicipalityApplication($id: ID!, $reason: String!) {\n    rejectMunicipalityApplication(id: $id, reason: $reason) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.RejectMunicipalityApplicationDocument,
  '\n  mutation RequestMunicipalityApplicationChanges($id: ID!, $comments: [ApplicationCommentInput!]!) {\n    requestMunicipalityApplicationChanges(id: $id, comments: $comments) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n':
    types.RequestMunicipalityApplicationChangesDocument,
  '\n  query MyMunicipality {\n    myMunicipality {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      participation\n      joinedOn\n      leavesOn\n    }\n  }\n':
    types.MyMunicipalityDocument,
  '\n  fragment MunicipalProcedure_procedure on MunicipalProcedure {\n    id\n    code\n    title {\n      el\n      en\n    }\n    description {\n      el\n      en\n    }\n    requiredDocuments {\n      el\n      en\n    }\n    formUrl\n    pickUpAtKep\n    active\n    updatedAt\n  }\n':
    types.MunicipalProcedure_ProcedureFragmentDoc,
  '\n  query MunicipalProcedures {\n    municipalProcedures {\n      ...MunicipalProcedure_procedure\n    }\n  }\n':
    types.MunicipalProceduresDocument,
  '\n  mutation CreateMunicipalProcedure($input: MunicipalProcedureInput!) {\n    createMunicipalProcedure(input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n':
    types.CreateMunicipalProcedureDocument,
  '\n  mutation UpdateMunicipalProcedure($id: ID!, $input: MunicipalProcedureInput!) {\n    updateMunicipalProcedure(id: $id, input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n':
    types.UpdateMunicipalProcedureDocument,
  '\n  mutation RetireMunicipalProcedure($id: ID!) {\n    retireMunicipalProcedure(id: $id) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n':
    types.RetireMunicipalProcedureDocument,
  '\n  query MunicipalKepUsage($from: LocalDate!, $to: LocalDate!) {\n    municipalKepUsage(from: $from, to: $to) {\n      kepId\n      kepName {\n        el\n        en\n      }\n      booked\n      municipalBooked\n      completed\n      cancelled\n      noShow\n    }\n  }\n':
    types.MunicipalKepUsageDocument,
  '\n  query AdminParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n      }\n      procedures {\n        id\n      }\n    }\n  }\n':
    types.AdminParticipatingMunicipalitiesDocument,
  '\n  fragment MunicipalityImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n':
    types.MunicipalityImpact_ImpactFragmentDoc,
  '\n  mutation SuspendMunicipality($input: SuspendMunicipalityInput!, $impact: ImpactInput!) {\n    suspendMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n':
    types.SuspendMunicipalityDocument,
  '\n  mutation WithdrawMunicipality($input: WithdrawMunicipalityInput!, $impact: ImpactInput!) {\n    withdrawMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n':
    types.WithdrawMunicipalityDocument,
  '\n  query AdminFieldParameters {\n    fieldParameters {\n      categoryId\n      category\n      inForce {\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n      scheduled {\n        id\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n    }\n  }\n':
    types.AdminFieldParametersDocument,
  '\n  mutation AdminScheduleFieldParameters($input: ScheduleFieldParametersInput!, $preview: Boolean!) {\n    scheduleFieldParameters(input: $input, preview: $preview) {\n      applied\n      version {\n        id\n        effectiveFrom\n      }\n      impact {\n        totalBefore\n        totalAfter\n        days {\n          date\n          before\n          after\n          difference\n        }\n      }\n    }\n  }\n':
    types.AdminScheduleFieldParametersDocument,
  '\n  mutation AdminCancelScheduledFieldParameters($id: ID!) {\n    cancelScheduledFieldParameters(id: $id) {\n      categoryId\n    }\n  }\n':
    types.AdminCancelScheduledFieldParametersDocument,
  '\n  query AdminSettingsList {\n    settingsList {\n      key\n      value\n      effectiveFrom\n      scheduled {\n        effectiveFrom\n        value\n      }\n      rule {\n        kind\n        min\n        max\n        maxItems\n      }\n    }\n  }\n':
    types.AdminSettingsListDocument,
  '\n  mutation AdminScheduleSetting($input: ScheduleSettingInput!, $preview: Boolean!) {\n    scheduleSetting(input: $input, preview: $preview) {\n      applied\n      key\n      before\n      after\n      effectiveFrom\n    }\n  }\n':
    types.AdminScheduleSettingDocument,
  '\n  query AdminProcedures($first: Int!, $after: String, $filter: ProcedureFilterInput) {\n    adminProcedures(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        code\n        titleEl\n        titleEn\n        active\n        formUrl\n        form {\n          url\n        }\n        category {\n          code\n          name {\n            el\n            en\n          }\n        }\n        municipality {\n          id\n          name {\n            el\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AdminProceduresDocument,
  '\n  query ProcedureChoices {\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n':
    types.ProcedureChoicesDocument,
  '\n  query AdminProcedure($id: ID!) {\n    adminProcedure(id: $id) {\n      id\n      code\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      active\n      updatedAt\n      category {\n        code\n        name {\n          el\n          en\n        }\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n      }\n      form {\n        fileName\n        sizeBytes\n        url\n      }\n      lastChange {\n        at\n        byName\n      }\n    }\n  }\n':
    types.AdminProcedureDocument,
  '\n  mutation CreateProcedure($input: CreateProcedureInput!) {\n    createProcedure(input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n':
    types.CreateProcedureDocument,
  '\n  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {\n    updateProcedure(id: $id, input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n':
    types.UpdateProcedureDocument,
  '\n  mutation RetireProcedure($id: ID!) {\n    retireProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n':
    types.RetireProcedureDocument,
  '\n  mutation RestoreProcedure($id: ID!) {\n    restoreProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n':
    types.RestoreProcedureDocument,
  '\n  mutation RemoveProcedureForm($id: ID!) {\n    removeProcedureForm(id: $id) {\n      removed\n    }\n  }\n':
    types.RemoveProcedureFormDocument,
  '\n  query UsageStatistics($input: UsageStatisticsInput!) {\n    usageStatistics(input: $input) {\n      from\n      to\n      totals {\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      cancellationRate\n      completionRate\n      noShowRate\n      leadTime {\n        averageMinutes\n        sameDay\n        oneToTwoDays\n        threeToSevenDays\n        overSevenDays\n      }\n      utilisation {\n        bookedMinutes\n        availableMinutes\n        ratio\n      }\n      averageWaitSeconds\n      averageCallSeconds\n      identityPassed\n      identityFailed\n      interpreterRequests\n      lipReadingRequests\n      days {\n        date\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      weeks {\n        weekStart\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      heatMap {\n        weekday\n        hour\n        appointments\n      }\n      topProcedures {\n        procedureId\n        titleEl\n        titleEn\n        bookings\n      }\n    }\n  }\n':
    types.UsageStatisticsDocument,
  '\n  query StatisticsScope {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n':
    types.StatisticsScopeDocument,
  '\n  query StatisticsKeps($municipalityId: ID) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n':
    types.StatisticsKepsDocument,
  '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.CreateKepDocument,
  '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.AdminKepDocument,
  '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.UpdateKepDocument,
  '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.ResumeKepDocument,
  '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n':
    types.AdminKepsDocument,
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
  source: '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n',
): (typeof documents)['\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n',
): (typeof documents)['\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiClientsList {\n    apiClients {\n      ...ApiClientRow_apiClient\n    }\n  }\n',
): (typeof documents)['\n  query ApiClientsList {\n    apiClients {\n      ...ApiClientRow_apiClient\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiClientRow_apiClient on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    createdByName\n    lastUsedAt\n    requestsLastDay\n    revokedAt\n  }\n',
): (typeof documents)['\n  fragment ApiClientRow_apiClient on ApiClient {\n    id\n    name\n    keyPrefix\n    scopes\n    rateLimitPerMinute\n    createdAt\n    createdByName\n    lastUsedAt\n    requestsLastDay\n    revokedAt\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiClient($input: RevokeApiClientInput!) {\n    revokeApiClient(input: $input) {\n      client {\n        ...ApiClientRow_apiClient\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrail($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      entries {\n        seq\n        at\n        actorKind\n        actorId\n        actorName\n        actorRole\n        kepId\n        action\n        entity\n        entityId\n        ipAddress\n        details\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTrail($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 25, after: $after) {\n      entries {\n        seq\n        at\n        actorKind\n        actorId\n        actorName\n        actorRole\n        kepId\n        action\n        entity\n        entityId\n        ipAddress\n        details\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChainStatus($full: Boolean) {\n    auditChainStatus(full: $full) {\n      ok\n      verifiedRows\n      fromSeq\n      checkpointMonth\n      badSeq\n      reason\n      unsealed\n      checkedAt\n    }\n  }\n',
): (typeof documents)['\n  query AuditChainStatus($full: Boolean) {\n    auditChainStatus(full: $full) {\n      ok\n      verifiedRows\n      fromSeq\n      checkpointMonth\n      badSeq\n      reason\n      unsealed\n      checkedAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminBookings(\n    $filter: AdminBookingsFilter\n    $sort: AdminBookingsSort\n    $first: Int\n    $after: String\n  ) {\n    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        startsAt\n        fullName\n        kepName {\n          el\n          en\n        }\n        procedureTitle {\n          el\n          en\n        }\n        employeeName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminBookings(\n    $filter: AdminBookingsFilter\n    $sort: AdminBookingsSort\n    $first: Int\n    $after: String\n  ) {\n    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        reference\n        status\n        startsAt\n        fullName\n        kepName {\n          el\n          en\n        }\n        procedureTitle {\n          el\n          en\n        }\n        employeeName\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFilterChoices {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n    procedures {\n      id\n      title {\n        el\n        en\n      }\n      category {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFilterChoices {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n    procedures {\n      id\n      title {\n        el\n        en\n      }\n      category {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingEmployeeChoices($kepId: ID!) {\n    adminEmployees(filter: { kepId: $kepId }, first: 100) {\n      employees {\n        id\n        fullName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingEmployeeChoices($kepId: ID!) {\n    adminEmployees(filter: { kepId: $kepId }, first: 100) {\n      employees {\n        id\n        fullName\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      createdAt\n      fullName\n      email\n      phone\n      postalAddress\n      deliveryMethod\n      business {\n        name\n        taxId\n        representation\n      }\n      category {\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        title {\n          el\n          en\n        }\n      }\n      kep {\n        name {\n          el\n          en\n        }\n      }\n      assignedEmployee {\n        displayName\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n        other\n      }\n      documents {\n        id\n        fileName\n        sizeBytes\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        fromStartsAt\n        toStartsAt\n        reason\n      }\n      callTimes {\n        status\n        citizenJoinedAt\n        admittedAt\n        identityCheckedAt\n        identityVerified\n        endedAt\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        recordedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      createdAt\n      fullName\n      email\n      phone\n      postalAddress\n      deliveryMethod\n      business {\n        name\n        taxId\n        representation\n      }\n      category {\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        title {\n          el\n          en\n        }\n      }\n      kep {\n        name {\n          el\n          en\n        }\n      }\n      assignedEmployee {\n        displayName\n      }\n      specialRequirements {\n        signLanguage\n        lipReading\n        other\n      }\n      documents {\n        id\n        fileName\n        sizeBytes\n      }\n      history {\n        action\n        at\n        actorKind\n        actorName\n        fromStartsAt\n        toStartsAt\n        reason\n      }\n      callTimes {\n        status\n        citizenJoinedAt\n        admittedAt\n        identityCheckedAt\n        identityVerified\n        endedAt\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        recordedAt\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployeeKepChoices {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmployeeKepChoices {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminEmployees($first: Int!, $after: String, $filter: AdminEmployeesFilter) {\n    adminEmployees(first: $first, after: $after, filter: $filter) {\n      employees {\n        id\n        fullName\n        role\n        active\n        leavesOn\n        kep {\n          id\n          code\n          nameEl\n          nameEn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminEmployees($first: Int!, $after: String, $filter: AdminEmployeesFilter) {\n    adminEmployees(first: $first, after: $after, filter: $filter) {\n      employees {\n        id\n        fullName\n        role\n        active\n        leavesOn\n        kep {\n          id\n          code\n          nameEl\n          nameEn\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  query AdminEmployee($id: ID!) {\n    adminEmployee(id: $id) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployee($input: AddEmployeeInput!) {\n    addEmployee(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployee($input: AddEmployeeInput!) {\n    addEmployee(input: $input) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEmployeeRole($input: SetEmployeeRoleInput!) {\n    setEmployeeRole(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEmployeeRole($input: SetEmployeeRoleInput!) {\n    setEmployeeRole(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateEmployee($input: ReactivateEmployeeInput!) {\n    reactivateEmployee(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateEmployee($input: ReactivateEmployeeInput!) {\n    reactivateEmployee(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateEmployee($input: DeactivateEmployeeInput!, $impact: ImpactInput) {\n    deactivateEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateEmployee($input: DeactivateEmployeeInput!, $impact: ImpactInput) {\n    deactivateEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveEmployee($input: MoveEmployeeInput!, $impact: ImpactInput) {\n    moveEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveEmployee($input: MoveEmployeeInput!, $impact: ImpactInput) {\n    moveEmployee(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelEmployeeMove($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {\n    cancelEmployeeMove(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelEmployeeMove($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {\n    cancelEmployeeMove(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportEmployeesCsv($input: ImportEmployeesCsvInput!) {\n    importEmployeesCsv(input: $input) {\n      applied\n      valid\n      invalid\n      rows {\n        line\n        afm\n        fullName\n        email\n        kepCode\n        role\n        outcome\n        errors {\n          column\n          reason\n          messageEl\n          messageEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportEmployeesCsv($input: ImportEmployeesCsvInput!) {\n    importEmployeesCsv(input: $input) {\n      applied\n      valid\n      invalid\n      rows {\n        line\n        afm\n        fullName\n        email\n        kepCode\n        role\n        outcome\n        errors {\n          column\n          reason\n          messageEl\n          messageEn\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KepImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n',
): (typeof documents)['\n  fragment KepImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UndeliveredMail($after: String) {\n    undeliveredMail(first: 25, after: $after) {\n      entries {\n        id\n        kind\n        bookingReference\n        recipientMasked\n        attempts\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UndeliveredMail($after: String) {\n    undeliveredMail(first: 25, after: $after) {\n      entries {\n        id\n        kind\n        bookingReference\n        recipientMasked\n        attempts\n        lastError\n        lastAttemptAt\n        createdAt\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailCounts {\n    mailCounts {\n      pending\n      sentToday\n      failedToday\n      undelivered\n    }\n  }\n',
): (typeof documents)['\n  query MailCounts {\n    mailCounts {\n      pending\n      sentToday\n      failedToday\n      undelivered\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryUndeliveredMail($id: ID!) {\n    retryUndeliveredMail(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryUndeliveredMail($id: ID!) {\n    retryUndeliveredMail(id: $id) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryAllUndeliveredMail {\n    retryAllUndeliveredMail\n  }\n',
): (typeof documents)['\n  mutation RetryAllUndeliveredMail {\n    retryAllUndeliveredMail\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkMailHandled($id: ID!, $note: String!) {\n    markMailHandled(id: $id, note: $note) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkMailHandled($id: ID!, $note: String!) {\n    markMailHandled(id: $id, note: $note) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MunicipalityApplication_application on MunicipalityApplication {\n    id\n    municipalityId\n    municipalityName {\n      el\n      en\n    }\n    municipalityRegion {\n      el\n      en\n    }\n    status\n    decisionNumber\n    decisionDate\n    contact {\n      name\n      email\n      phone\n    }\n    keps {\n      key\n      existingKepId\n      nameEl\n      nameEn\n      addressEl\n      addressEn\n      postalCode\n      cityEl\n      cityEn\n      phone\n      email\n      hours {\n        weekday\n        opens\n        closes\n      }\n    }\n    employees {\n      fullName\n      taxId\n      kepKey\n      email\n    }\n    services {\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      pickUpAtKep\n    }\n    reviewComments {\n      section\n      comment\n    }\n    decisionNote\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    startedByMe\n    history {\n      status\n      at\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment MunicipalityApplication_application on MunicipalityApplication {\n    id\n    municipalityId\n    municipalityName {\n      el\n      en\n    }\n    municipalityRegion {\n      el\n      en\n    }\n    status\n    decisionNumber\n    decisionDate\n    contact {\n      name\n      email\n      phone\n    }\n    keps {\n      key\n      existingKepId\n      nameEl\n      nameEn\n      addressEl\n      addressEn\n      postalCode\n      cityEl\n      cityEn\n      phone\n      email\n      hours {\n        weekday\n        opens\n        closes\n      }\n    }\n    employees {\n      fullName\n      taxId\n      kepKey\n      email\n    }\n    services {\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      pickUpAtKep\n    }\n    reviewComments {\n      section\n      comment\n    }\n    decisionNote\n    createdAt\n    updatedAt\n    submittedAt\n    decidedAt\n    startedByMe\n    history {\n      status\n      at\n      note\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMunicipalityApplications {\n    myMunicipalityApplications {\n      id\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query MyMunicipalityApplications {\n    myMunicipalityApplications {\n      id\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      status\n      updatedAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalityApplicationDetail($id: ID!) {\n    municipalityApplication(id: $id) {\n      ...MunicipalityApplication_application\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalityApplicationDetail($id: ID!) {\n    municipalityApplication(id: $id) {\n      ...MunicipalityApplication_application\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalityApplicationChoices {\n    municipalities {\n      id\n      participation\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalityApplicationChoices {\n    municipalities {\n      id\n      participation\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartMunicipalityApplication($input: StartMunicipalityApplicationInput!) {\n    startMunicipalityApplication(input: $input) {\n      application {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartMunicipalityApplication($input: StartMunicipalityApplicationInput!) {\n    startMunicipalityApplication(input: $input) {\n      application {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveMunicipalityApplication($input: SaveMunicipalityApplicationInput!) {\n    saveMunicipalityApplication(input: $input) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveMunicipalityApplication($input: SaveMunicipalityApplicationInput!) {\n    saveMunicipalityApplication(input: $input) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitMunicipalityApplication($id: ID!) {\n    submitMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitMunicipalityApplication($id: ID!) {\n    submitMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMunicipalityApplication($id: ID!) {\n    withdrawMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawMunicipalityApplication($id: ID!) {\n    withdrawMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalityApplicationQueue($filter: MunicipalityApplicationFilter, $after: String) {\n    municipalityApplications(filter: $filter, first: 25, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        municipalityName {\n          el\n          en\n        }\n        municipalityRegion {\n          el\n          en\n        }\n        status\n        submittedAt\n        services {\n          titleEl\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalityApplicationQueue($filter: MunicipalityApplicationFilter, $after: String) {\n    municipalityApplications(filter: $filter, first: 25, after: $after) {\n      totalCount\n      endCursor\n      nodes {\n        id\n        municipalityName {\n          el\n          en\n        }\n        municipalityRegion {\n          el\n          en\n        }\n        status\n        submittedAt\n        services {\n          titleEl\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveMunicipalityApplication($id: ID!) {\n    approveMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveMunicipalityApplication($id: ID!) {\n    approveMunicipalityApplication(id: $id) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectMunicipalityApplication($id: ID!, $reason: String!) {\n    rejectMunicipalityApplication(id: $id, reason: $reason) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectMunicipalityApplication($id: ID!, $reason: String!) {\n    rejectMunicipalityApplication(id: $id, reason: $reason) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestMunicipalityApplicationChanges($id: ID!, $comments: [ApplicationCommentInput!]!) {\n    requestMunicipalityApplicationChanges(id: $id, comments: $comments) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestMunicipalityApplicationChanges($id: ID!, $comments: [ApplicationCommentInput!]!) {\n    requestMunicipalityApplicationChanges(id: $id, comments: $comments) {\n      application {\n        ...MunicipalityApplication_application\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyMunicipality {\n    myMunicipality {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      participation\n      joinedOn\n      leavesOn\n    }\n  }\n',
): (typeof documents)['\n  query MyMunicipality {\n    myMunicipality {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      participation\n      joinedOn\n      leavesOn\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MunicipalProcedure_procedure on MunicipalProcedure {\n    id\n    code\n    title {\n      el\n      en\n    }\n    description {\n      el\n      en\n    }\n    requiredDocuments {\n      el\n      en\n    }\n    formUrl\n    pickUpAtKep\n    active\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment MunicipalProcedure_procedure on MunicipalProcedure {\n    id\n    code\n    title {\n      el\n      en\n    }\n    description {\n      el\n      en\n    }\n    requiredDocuments {\n      el\n      en\n    }\n    formUrl\n    pickUpAtKep\n    active\n    updatedAt\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalProcedures {\n    municipalProcedures {\n      ...MunicipalProcedure_procedure\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalProcedures {\n    municipalProcedures {\n      ...MunicipalProcedure_procedure\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateMunicipalProcedure($input: MunicipalProcedureInput!) {\n    createMunicipalProcedure(input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateMunicipalProcedure($input: MunicipalProcedureInput!) {\n    createMunicipalProcedure(input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMunicipalProcedure($id: ID!, $input: MunicipalProcedureInput!) {\n    updateMunicipalProcedure(id: $id, input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMunicipalProcedure($id: ID!, $input: MunicipalProcedureInput!) {\n    updateMunicipalProcedure(id: $id, input: $input) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireMunicipalProcedure($id: ID!) {\n    retireMunicipalProcedure(id: $id) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireMunicipalProcedure($id: ID!) {\n    retireMunicipalProcedure(id: $id) {\n      procedure {\n        ...MunicipalProcedure_procedure\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalKepUsage($from: LocalDate!, $to: LocalDate!) {\n    municipalKepUsage(from: $from, to: $to) {\n      kepId\n      kepName {\n        el\n        en\n      }\n      booked\n      municipalBooked\n      completed\n      cancelled\n      noShow\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalKepUsage($from: LocalDate!, $to: LocalDate!) {\n    municipalKepUsage(from: $from, to: $to) {\n      kepId\n      kepName {\n        el\n        en\n      }\n      booked\n      municipalBooked\n      completed\n      cancelled\n      noShow\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n      }\n      procedures {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n      }\n      procedures {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MunicipalityImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n',
): (typeof documents)['\n  fragment MunicipalityImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendMunicipality($input: SuspendMunicipalityInput!, $impact: ImpactInput!) {\n    suspendMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendMunicipality($input: SuspendMunicipalityInput!, $impact: ImpactInput!) {\n    suspendMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawMunicipality($input: WithdrawMunicipalityInput!, $impact: ImpactInput!) {\n    withdrawMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawMunicipality($input: WithdrawMunicipalityInput!, $impact: ImpactInput!) {\n    withdrawMunicipality(input: $input, impact: $impact) {\n      impact {\n        ...MunicipalityImpact_impact\n      }\n      municipality {\n        id\n        participation\n        leavesOn\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminFieldParameters {\n    fieldParameters {\n      categoryId\n      category\n      inForce {\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n      scheduled {\n        id\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminFieldParameters {\n    fieldParameters {\n      categoryId\n      category\n      inForce {\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n      scheduled {\n        id\n        effectiveFrom\n        callMinutes\n        bufferMinutes\n        slotStepMinutes\n        minNoticeMinutes\n        horizonDays\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminScheduleFieldParameters($input: ScheduleFieldParametersInput!, $preview: Boolean!) {\n    scheduleFieldParameters(input: $input, preview: $preview) {\n      applied\n      version {\n        id\n        effectiveFrom\n      }\n      impact {\n        totalBefore\n        totalAfter\n        days {\n          date\n          before\n          after\n          difference\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminScheduleFieldParameters($input: ScheduleFieldParametersInput!, $preview: Boolean!) {\n    scheduleFieldParameters(input: $input, preview: $preview) {\n      applied\n      version {\n        id\n        effectiveFrom\n      }\n      impact {\n        totalBefore\n        totalAfter\n        days {\n          date\n          before\n          after\n          difference\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminCancelScheduledFieldParameters($id: ID!) {\n    cancelScheduledFieldParameters(id: $id) {\n      categoryId\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminCancelScheduledFieldParameters($id: ID!) {\n    cancelScheduledFieldParameters(id: $id) {\n      categoryId\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminSettingsList {\n    settingsList {\n      key\n      value\n      effectiveFrom\n      scheduled {\n        effectiveFrom\n        value\n      }\n      rule {\n        kind\n        min\n        max\n        maxItems\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminSettingsList {\n    settingsList {\n      key\n      value\n      effectiveFrom\n      scheduled {\n        effectiveFrom\n        value\n      }\n      rule {\n        kind\n        min\n        max\n        maxItems\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdminScheduleSetting($input: ScheduleSettingInput!, $preview: Boolean!) {\n    scheduleSetting(input: $input, preview: $preview) {\n      applied\n      key\n      before\n      after\n      effectiveFrom\n    }\n  }\n',
): (typeof documents)['\n  mutation AdminScheduleSetting($input: ScheduleSettingInput!, $preview: Boolean!) {\n    scheduleSetting(input: $input, preview: $preview) {\n      applied\n      key\n      before\n      after\n      effectiveFrom\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminProcedures($first: Int!, $after: String, $filter: ProcedureFilterInput) {\n    adminProcedures(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        code\n        titleEl\n        titleEn\n        active\n        formUrl\n        form {\n          url\n        }\n        category {\n          code\n          name {\n            el\n            en\n          }\n        }\n        municipality {\n          id\n          name {\n            el\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminProcedures($first: Int!, $after: String, $filter: ProcedureFilterInput) {\n    adminProcedures(first: $first, after: $after, filter: $filter) {\n      nodes {\n        id\n        code\n        titleEl\n        titleEn\n        active\n        formUrl\n        form {\n          url\n        }\n        category {\n          code\n          name {\n            el\n            en\n          }\n        }\n        municipality {\n          id\n          name {\n            el\n            en\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProcedureChoices {\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ProcedureChoices {\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminProcedure($id: ID!) {\n    adminProcedure(id: $id) {\n      id\n      code\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      active\n      updatedAt\n      category {\n        code\n        name {\n          el\n          en\n        }\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n      }\n      form {\n        fileName\n        sizeBytes\n        url\n      }\n      lastChange {\n        at\n        byName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminProcedure($id: ID!) {\n    adminProcedure(id: $id) {\n      id\n      code\n      titleEl\n      titleEn\n      descriptionEl\n      descriptionEn\n      requiredDocumentsEl\n      requiredDocumentsEn\n      formUrl\n      active\n      updatedAt\n      category {\n        code\n        name {\n          el\n          en\n        }\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n      }\n      form {\n        fileName\n        sizeBytes\n        url\n      }\n      lastChange {\n        at\n        byName\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProcedure($input: CreateProcedureInput!) {\n    createProcedure(input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProcedure($input: CreateProcedureInput!) {\n    createProcedure(input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {\n    updateProcedure(id: $id, input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {\n    updateProcedure(id: $id, input: $input) {\n      procedure {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireProcedure($id: ID!) {\n    retireProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireProcedure($id: ID!) {\n    retireProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreProcedure($id: ID!) {\n    restoreProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreProcedure($id: ID!) {\n    restoreProcedure(id: $id) {\n      procedure {\n        id\n        active\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveProcedureForm($id: ID!) {\n    removeProcedureForm(id: $id) {\n      removed\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveProcedureForm($id: ID!) {\n    removeProcedureForm(id: $id) {\n      removed\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageStatistics($input: UsageStatisticsInput!) {\n    usageStatistics(input: $input) {\n      from\n      to\n      totals {\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      cancellationRate\n      completionRate\n      noShowRate\n      leadTime {\n        averageMinutes\n        sameDay\n        oneToTwoDays\n        threeToSevenDays\n        overSevenDays\n      }\n      utilisation {\n        bookedMinutes\n        availableMinutes\n        ratio\n      }\n      averageWaitSeconds\n      averageCallSeconds\n      identityPassed\n      identityFailed\n      interpreterRequests\n      lipReadingRequests\n      days {\n        date\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      weeks {\n        weekStart\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      heatMap {\n        weekday\n        hour\n        appointments\n      }\n      topProcedures {\n        procedureId\n        titleEl\n        titleEn\n        bookings\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageStatistics($input: UsageStatisticsInput!) {\n    usageStatistics(input: $input) {\n      from\n      to\n      totals {\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      cancellationRate\n      completionRate\n      noShowRate\n      leadTime {\n        averageMinutes\n        sameDay\n        oneToTwoDays\n        threeToSevenDays\n        overSevenDays\n      }\n      utilisation {\n        bookedMinutes\n        availableMinutes\n        ratio\n      }\n      averageWaitSeconds\n      averageCallSeconds\n      identityPassed\n      identityFailed\n      interpreterRequests\n      lipReadingRequests\n      days {\n        date\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      weeks {\n        weekStart\n        made\n        booked\n        cancelled\n        completed\n        noShow\n        held\n      }\n      heatMap {\n        weekday\n        hour\n        appointments\n      }\n      topProcedures {\n        procedureId\n        titleEl\n        titleEn\n        bookings\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsScope {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsScope {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n    serviceCategories {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsKeps($municipalityId: ID) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsKeps($municipalityId: ID) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n']
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
