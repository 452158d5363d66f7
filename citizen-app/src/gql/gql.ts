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
  '\n  query BookingFlowMe {\n    me {\n      role\n      firstName\n      lastName\n      displayName\n    }\n  }\n': typeof types.BookingFlowMeDocument
  '\n  query BookingFlowCategories {\n    serviceCategories {\n      id\n      code\n      municipal\n      callMinutes\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n    }\n  }\n': typeof types.BookingFlowCategoriesDocument
  '\n  query BookingFlowProcedures($category: ServiceCategoryCode!, $municipalityId: ID) {\n    procedures(category: $category, municipalityId: $municipalityId) {\n      id\n      code\n      title {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.BookingFlowProceduresDocument
  '\n  query BookingFlowMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n': typeof types.BookingFlowMunicipalitiesDocument
  '\n  query BookingFlowKeps($municipalityId: ID!) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n    }\n  }\n': typeof types.BookingFlowKepsDocument
  '\n  query BookingFlowAvailability($input: AvailabilityInput!) {\n    availability(input: $input) {\n      timeZone\n      lastBookableDate\n      days {\n        date\n        closed\n        holiday {\n          el\n          en\n        }\n        specialHours {\n          el\n          en\n        }\n        slots {\n          startsAt\n          endsAt\n          localTime\n        }\n      }\n    }\n  }\n': typeof types.BookingFlowAvailabilityDocument
  '\n  query BookingFlowPreviousContact {\n    myData {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n    }\n    myBookings(when: ALL) {\n      id\n      createdAt\n      business {\n        name\n        taxId\n      }\n    }\n  }\n': typeof types.BookingFlowPreviousContactDocument
  '\n  fragment BookingFull on Booking {\n    id\n    reference\n    status\n    changeable\n    startsAt\n    endsAt\n    version\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    category {\n      id\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n      municipality {\n        id\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    business {\n      name\n      taxId\n      representation\n    }\n    documents {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n': typeof types.BookingFullFragmentDoc
  '\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n': typeof types.BookAppointmentDocument
  '\n  mutation RescheduleBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n': typeof types.RescheduleBookingDocument
  '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n': typeof types.CancelBookingDocument
  '\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFull\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n': typeof types.BookingDocument
  '\n  query MyBookings {\n    upcoming: myBookings(when: UPCOMING) {\n      ...BookingCard\n    }\n    past: myBookings(when: PAST) {\n      ...BookingCard\n    }\n  }\n': typeof types.MyBookingsDocument
  '\n  fragment BookingCard on Booking {\n    id\n    reference\n    status\n    startsAt\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n': typeof types.BookingCardFragmentDoc
  '\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        id\n        startsAt\n        expiresAt\n        heldAt\n        kep {\n          id\n          name {\n            el\n            en\n          }\n          municipality {\n            id\n            name {\n              el\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.HoldSlotDocument
  '\n  mutation ReleaseHold($holdId: ID) {\n    releaseHold(holdId: $holdId)\n  }\n': typeof types.ReleaseHoldDocument
  '\n  query BookingFlowMyTimes {\n    myBookings(when: UPCOMING) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n': typeof types.BookingFlowMyTimesDocument
  '\n  query BookingAllowance {\n    myBookingAllowance {\n      upcoming\n      limit\n      remaining\n    }\n    myBookings(when: UPCOMING) {\n      id\n      reference\n      startsAt\n      changeable\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.BookingAllowanceDocument
  '\n  mutation UpdateBookingContact($input: UpdateBookingContactInput!) {\n    updateBookingContact(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n': typeof types.UpdateBookingContactDocument
  '\n  fragment CitizenCall_call on Call {\n    id\n    bookingId\n    status\n    identityVerified\n    identityDocumentRequestedAt\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n': typeof types.CitizenCall_CallFragmentDoc
  '\n  mutation CitizenJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n        admitted\n      }\n      participantToken\n      browserKey\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n': typeof types.CitizenJoinCallDocument
  '\n  subscription CitizenCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n': typeof types.CitizenCallEventsDocument
  '\n  mutation CitizenLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n': typeof types.CitizenLeaveCallDocument
  '\n  mutation CitizenSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n': typeof types.CitizenSetVideoEnabledDocument
  '\n  query CallBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      callOpensAt\n      callClosesAt\n      kep {\n        id\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n        documents {\n          kind\n          name {\n            el\n            en\n          }\n        }\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n': typeof types.CallBookingDocument
  '\n  query GuestCallInvitation($token: String!) {\n    callInvitation(token: $token) {\n      valid\n      refusal\n      kepName\n      bookingReference\n      startsAt\n      endsAt\n      expiresAt\n    }\n  }\n': typeof types.GuestCallInvitationDocument
  '\n    mutation CitizenSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ': typeof types.CitizenSendSignalDocument
  '\n    query CitizenMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ': typeof types.CitizenMissedSignalsDocument
  '\n    subscription CitizenCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ': typeof types.CitizenCallSignalsDocument
  '\n  query ParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n      }\n    }\n  }\n': typeof types.ParticipatingMunicipalitiesDocument
  '\n  query HomeCategories {\n    serviceCategories {\n      id\n      code\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      callMinutes\n    }\n  }\n': typeof types.HomeCategoriesDocument
  '\n  query JoinLinkBooking($id: ID!) {\n    booking(id: $id) {\n      id\n    }\n  }\n': typeof types.JoinLinkBookingDocument
  '\n  query JoinLinkMe {\n    me {\n      role\n    }\n  }\n': typeof types.JoinLinkMeDocument
  '\n  query MunicipalityList {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n        phone\n      }\n      procedures {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.MunicipalityListDocument
  '\n  query MyData {\n    myData {\n      firstName\n      lastName\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      bookings\n      upcomingBookings\n      sessions\n      emails\n    }\n  }\n': typeof types.MyDataDocument
  '\n  mutation UpdateMyContact($input: UpdateMyContactInput!) {\n    updateMyContact(input: $input) {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      updatedBookings\n    }\n  }\n': typeof types.UpdateMyContactDocument
  '\n  fragment ErasureImpactFields on ErasureImpact {\n    upcomingCancelled\n    pastPseudonymised\n    submissionRecordsKept\n    token\n    applied\n  }\n': typeof types.ErasureImpactFieldsFragmentDoc
  '\n  mutation EraseMyData($input: EraseMyDataInput!) {\n    eraseMyData(input: $input) {\n      ...ErasureImpactFields\n    }\n  }\n': typeof types.EraseMyDataDocument
}
const documents: Documents = {
  '\n  query BookingFlowMe {\n    me {\n      role\n      firstName\n      lastName\n      displayName\n    }\n  }\n':
    types.BookingFlowMeDocument,
  '\n  query BookingFlowCategories {\n    serviceCategories {\n      id\n      code\n      municipal\n      callMinutes\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n    }\n  }\n':
    types.BookingFlowCategoriesDocument,
  '\n  query BookingFlowProcedures($category: ServiceCategoryCode!, $municipalityId: ID) {\n    procedures(category: $category, municipalityId: $municipalityId) {\n      id\n      code\n      title {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.BookingFlowProceduresDocument,
  '\n  query BookingFlowMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n':
    types.BookingFlowMunicipalitiesDocument,
  '\n  query BookingFlowKeps($municipalityId: ID!) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n    }\n  }\n':
    types.BookingFlowKepsDocument,
  '\n  query BookingFlowAvailability($input: AvailabilityInput!) {\n    availability(input: $input) {\n      timeZone\n      lastBookableDate\n      days {\n        date\n        closed\n        holiday {\n          el\n          en\n        }\n        specialHours {\n          el\n          en\n        }\n        slots {\n          startsAt\n          endsAt\n          localTime\n        }\n      }\n    }\n  }\n':
    types.BookingFlowAvailabilityDocument,
  '\n  query BookingFlowPreviousContact {\n    myData {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n    }\n    myBookings(when: ALL) {\n      id\n      createdAt\n      business {\n        name\n        taxId\n      }\n    }\n  }\n':
    types.BookingFlowPreviousContactDocument,
  '\n  fragment BookingFull on Booking {\n    id\n    reference\n    status\n    changeable\n    startsAt\n    endsAt\n    version\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    category {\n      id\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n      municipality {\n        id\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    business {\n      name\n      taxId\n      representation\n    }\n    documents {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n':
    types.BookingFullFragmentDoc,
  '\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n':
    types.BookAppointmentDocument,
  '\n  mutation RescheduleBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n':
    types.RescheduleBookingDocument,
  '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n':
    types.CancelBookingDocument,
  '\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFull\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n':
    types.BookingDocument,
  '\n  query MyBookings {\n    upcoming: myBookings(when: UPCOMING) {\n      ...BookingCard\n    }\n    past: myBookings(when: PAST) {\n      ...BookingCard\n    }\n  }\n':
    types.MyBookingsDocument,
  '\n  fragment BookingCard on Booking {\n    id\n    reference\n    status\n    startsAt\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n':
    types.BookingCardFragmentDoc,
  '\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        id\n        startsAt\n        expiresAt\n        heldAt\n        kep {\n          id\n          name {\n            el\n            en\n          }\n          municipality {\n            id\n            name {\n              el\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.HoldSlotDocument,
  '\n  mutation ReleaseHold($holdId: ID) {\n    releaseHold(holdId: $holdId)\n  }\n':
    types.ReleaseHoldDocument,
  '\n  query BookingFlowMyTimes {\n    myBookings(when: UPCOMING) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n':
    types.BookingFlowMyTimesDocument,
  '\n  query BookingAllowance {\n    myBookingAllowance {\n      upcoming\n      limit\n      remaining\n    }\n    myBookings(when: UPCOMING) {\n      id\n      reference\n      startsAt\n      changeable\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.BookingAllowanceDocument,
  '\n  mutation UpdateBookingContact($input: UpdateBookingContactInput!) {\n    updateBookingContact(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n':
    types.UpdateBookingContactDocument,
  '\n  fragment CitizenCall_call on Call {\n    id\n    bookingId\n    status\n    identityVerified\n    identityDocumentRequestedAt\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n':
    types.CitizenCall_CallFragmentDoc,
  '\n  mutation CitizenJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n        admitted\n      }\n      participantToken\n      browserKey\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n':
    types.CitizenJoinCallDocument,
  '\n  subscription CitizenCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n':
    types.CitizenCallEventsDocument,
  '\n  mutation CitizenLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n':
    types.CitizenLeaveCallDocument,
  '\n  mutation CitizenSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n':
    types.CitizenSetVideoEnabledDocument,
  '\n  query CallBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      callOpensAt\n      callClosesAt\n      kep {\n        id\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n        documents {\n          kind\n          name {\n            el\n            en\n          }\n        }\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n':
    types.CallBookingDocument,
  '\n  query GuestCallInvitation($token: String!) {\n    callInvitation(token: $token) {\n      valid\n      refusal\n      kepName\n      bookingReference\n      startsAt\n      endsAt\n      expiresAt\n    }\n  }\n':
    types.GuestCallInvitationDocument,
  '\n    mutation CitizenSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ':
    types.CitizenSendSignalDocument,
  '\n    query CitizenMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ':
    types.CitizenMissedSignalsDocument,
  '\n    subscription CitizenCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ':
    types.CitizenCallSignalsDocument,
  '\n  query ParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n      }\n    }\n  }\n':
    types.ParticipatingMunicipalitiesDocument,
  '\n  query HomeCategories {\n    serviceCategories {\n      id\n      code\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      callMinutes\n    }\n  }\n':
    types.HomeCategoriesDocument,
  '\n  query JoinLinkBooking($id: ID!) {\n    booking(id: $id) {\n      id\n    }\n  }\n':
    types.JoinLinkBookingDocument,
  '\n  query JoinLinkMe {\n    me {\n      role\n    }\n  }\n': types.JoinLinkMeDocument,
  '\n  query MunicipalityList {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n        phone\n      }\n      procedures {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.MunicipalityListDocument,
  '\n  query MyData {\n    myData {\n      firstName\n      lastName\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      bookings\n      upcomingBookings\n      sessions\n      emails\n    }\n  }\n':
    types.MyDataDocument,
  '\n  mutation UpdateMyContact($input: UpdateMyContactInput!) {\n    updateMyContact(input: $input) {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      updatedBookings\n    }\n  }\n':
    types.UpdateMyContactDocument,
  '\n  fragment ErasureImpactFields on ErasureImpact {\n    upcomingCancelled\n    pastPseudonymised\n    submissionRecordsKept\n    token\n    applied\n  }\n':
    types.ErasureImpactFieldsFragmentDoc,
  '\n  mutation EraseMyData($input: EraseMyDataInput!) {\n    eraseMyData(input: $input) {\n      ...ErasureImpactFields\n    }\n  }\n':
    types.EraseMyDataDocument,
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
  source: '\n  query BookingFlowMe {\n    me {\n      role\n      firstName\n      lastName\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowMe {\n    me {\n      role\n      firstName\n      lastName\n      displayName\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowCategories {\n    serviceCategories {\n      id\n      code\n      municipal\n      callMinutes\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowCategories {\n    serviceCategories {\n      id\n      code\n      municipal\n      callMinutes\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowProcedures($category: ServiceCategoryCode!, $municipalityId: ID) {\n    procedures(category: $category, municipalityId: $municipalityId) {\n      id\n      code\n      title {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowProcedures($category: ServiceCategoryCode!, $municipalityId: ID) {\n    procedures(category: $category, municipalityId: $municipalityId) {\n      id\n      code\n      title {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      municipality {\n        id\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowKeps($municipalityId: ID!) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowKeps($municipalityId: ID!) {\n    keps(municipalityId: $municipalityId) {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowAvailability($input: AvailabilityInput!) {\n    availability(input: $input) {\n      timeZone\n      lastBookableDate\n      days {\n        date\n        closed\n        holiday {\n          el\n          en\n        }\n        specialHours {\n          el\n          en\n        }\n        slots {\n          startsAt\n          endsAt\n          localTime\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowAvailability($input: AvailabilityInput!) {\n    availability(input: $input) {\n      timeZone\n      lastBookableDate\n      days {\n        date\n        closed\n        holiday {\n          el\n          en\n        }\n        specialHours {\n          el\n          en\n        }\n        slots {\n          startsAt\n          endsAt\n          localTime\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowPreviousContact {\n    myData {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n    }\n    myBookings(when: ALL) {\n      id\n      createdAt\n      business {\n        name\n        taxId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowPreviousContact {\n    myData {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n    }\n    myBookings(when: ALL) {\n      id\n      createdAt\n      business {\n        name\n        taxId\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BookingFull on Booking {\n    id\n    reference\n    status\n    changeable\n    startsAt\n    endsAt\n    version\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    category {\n      id\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n      municipality {\n        id\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    business {\n      name\n      taxId\n      representation\n    }\n    documents {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n',
): (typeof documents)['\n  fragment BookingFull on Booking {\n    id\n    reference\n    status\n    changeable\n    startsAt\n    endsAt\n    version\n    fullName\n    email\n    phone\n    postalAddress\n    deliveryMethod\n    category {\n      id\n      code\n      municipal\n      name {\n        el\n        en\n      }\n    }\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n      requiredDocuments {\n        el\n        en\n      }\n      documents {\n        kind\n        name {\n          el\n          en\n        }\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      city {\n        el\n        en\n      }\n      postalCode\n      municipality {\n        id\n      }\n    }\n    specialRequirements {\n      signLanguage\n      lipReading\n      other\n    }\n    business {\n      name\n      taxId\n      representation\n    }\n    documents {\n      id\n      fileName\n      sizeBytes\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RescheduleBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RescheduleBooking($input: RescheduleBookingInput!) {\n    rescheduleBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFull\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Booking($id: ID!) {\n    booking(id: $id) {\n      ...BookingFull\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyBookings {\n    upcoming: myBookings(when: UPCOMING) {\n      ...BookingCard\n    }\n    past: myBookings(when: PAST) {\n      ...BookingCard\n    }\n  }\n',
): (typeof documents)['\n  query MyBookings {\n    upcoming: myBookings(when: UPCOMING) {\n      ...BookingCard\n    }\n    past: myBookings(when: PAST) {\n      ...BookingCard\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BookingCard on Booking {\n    id\n    reference\n    status\n    startsAt\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment BookingCard on Booking {\n    id\n    reference\n    status\n    startsAt\n    procedure {\n      id\n      title {\n        el\n        en\n      }\n    }\n    kep {\n      id\n      name {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        id\n        startsAt\n        expiresAt\n        heldAt\n        kep {\n          id\n          name {\n            el\n            en\n          }\n          municipality {\n            id\n            name {\n              el\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation HoldSlot($input: HoldSlotInput!) {\n    holdSlot(input: $input) {\n      hold {\n        id\n        startsAt\n        expiresAt\n        heldAt\n        kep {\n          id\n          name {\n            el\n            en\n          }\n          municipality {\n            id\n            name {\n              el\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReleaseHold($holdId: ID) {\n    releaseHold(holdId: $holdId)\n  }\n',
): (typeof documents)['\n  mutation ReleaseHold($holdId: ID) {\n    releaseHold(holdId: $holdId)\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingFlowMyTimes {\n    myBookings(when: UPCOMING) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n',
): (typeof documents)['\n  query BookingFlowMyTimes {\n    myBookings(when: UPCOMING) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BookingAllowance {\n    myBookingAllowance {\n      upcoming\n      limit\n      remaining\n    }\n    myBookings(when: UPCOMING) {\n      id\n      reference\n      startsAt\n      changeable\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BookingAllowance {\n    myBookingAllowance {\n      upcoming\n      limit\n      remaining\n    }\n    myBookings(when: UPCOMING) {\n      id\n      reference\n      startsAt\n      changeable\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBookingContact($input: UpdateBookingContactInput!) {\n    updateBookingContact(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBookingContact($input: UpdateBookingContactInput!) {\n    updateBookingContact(input: $input) {\n      booking {\n        ...BookingFull\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CitizenCall_call on Call {\n    id\n    bookingId\n    status\n    identityVerified\n    identityDocumentRequestedAt\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment CitizenCall_call on Call {\n    id\n    bookingId\n    status\n    identityVerified\n    identityDocumentRequestedAt\n    participants {\n      id\n      role\n      displayName\n      admitted\n      videoEnabled\n      joinedAt\n    }\n    submission {\n      protocolNumber\n      filedDescription\n      deliveryMethod\n      notes\n      recordedAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CitizenJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n        admitted\n      }\n      participantToken\n      browserKey\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CitizenJoinCall($input: JoinCallInput!) {\n    joinCall(input: $input) {\n      participant {\n        id\n        joinedAt\n        role\n        admitted\n      }\n      participantToken\n      browserKey\n      iceServers {\n        urls\n        username\n        credential\n      }\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CitizenCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription CitizenCallEvents($callId: ID!, $participantToken: String!) {\n    callEvents(callId: $callId, participantToken: $participantToken) {\n      type\n      participantId\n      at\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CitizenLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CitizenLeaveCall($input: ParticipantInput!) {\n    leaveCall(input: $input) {\n      call {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CitizenSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CitizenSetVideoEnabled($input: SetVideoEnabledInput!) {\n    setVideoEnabled(input: $input) {\n      call {\n        ...CitizenCall_call\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      callOpensAt\n      callClosesAt\n      kep {\n        id\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n        documents {\n          kind\n          name {\n            el\n            en\n          }\n        }\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CallBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      reference\n      status\n      startsAt\n      endsAt\n      callOpensAt\n      callClosesAt\n      kep {\n        id\n        name {\n          el\n          en\n        }\n      }\n      procedure {\n        id\n        title {\n          el\n          en\n        }\n        documents {\n          kind\n          name {\n            el\n            en\n          }\n        }\n      }\n      submission {\n        protocolNumber\n        filedDescription\n        deliveryMethod\n        notes\n        recordedAt\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GuestCallInvitation($token: String!) {\n    callInvitation(token: $token) {\n      valid\n      refusal\n      kepName\n      bookingReference\n      startsAt\n      endsAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query GuestCallInvitation($token: String!) {\n    callInvitation(token: $token) {\n      valid\n      refusal\n      kepName\n      bookingReference\n      startsAt\n      endsAt\n      expiresAt\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    mutation CitizenSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ',
): (typeof documents)['\n    mutation CitizenSendSignal($input: SendSignalInput!) {\n      sendSignal(input: $input) {\n        seq\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    query CitizenMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ',
): (typeof documents)['\n    query CitizenMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {\n      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        hasMore\n        signals {\n          seq\n          from\n          to\n          negotiationId\n          payload\n        }\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n    subscription CitizenCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ',
): (typeof documents)['\n    subscription CitizenCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {\n      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {\n        seq\n        from\n        to\n        negotiationId\n        payload\n      }\n    }\n  ']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ParticipatingMunicipalities {\n    municipalities(participating: true) {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HomeCategories {\n    serviceCategories {\n      id\n      code\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      callMinutes\n    }\n  }\n',
): (typeof documents)['\n  query HomeCategories {\n    serviceCategories {\n      id\n      code\n      name {\n        el\n        en\n      }\n      description {\n        el\n        en\n      }\n      callMinutes\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JoinLinkBooking($id: ID!) {\n    booking(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  query JoinLinkBooking($id: ID!) {\n    booking(id: $id) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JoinLinkMe {\n    me {\n      role\n    }\n  }\n',
): (typeof documents)['\n  query JoinLinkMe {\n    me {\n      role\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalityList {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n        phone\n      }\n      procedures {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalityList {\n    municipalities(participating: true) {\n      id\n      joinedOn\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      keps {\n        id\n        name {\n          el\n          en\n        }\n        address {\n          el\n          en\n        }\n        city {\n          el\n          en\n        }\n        postalCode\n        phone\n      }\n      procedures {\n        id\n        title {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyData {\n    myData {\n      firstName\n      lastName\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      bookings\n      upcomingBookings\n      sessions\n      emails\n    }\n  }\n',
): (typeof documents)['\n  query MyData {\n    myData {\n      firstName\n      lastName\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      bookings\n      upcomingBookings\n      sessions\n      emails\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateMyContact($input: UpdateMyContactInput!) {\n    updateMyContact(input: $input) {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      updatedBookings\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateMyContact($input: UpdateMyContactInput!) {\n    updateMyContact(input: $input) {\n      contact {\n        email\n        phone\n        postalAddress\n      }\n      updatedBookings\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ErasureImpactFields on ErasureImpact {\n    upcomingCancelled\n    pastPseudonymised\n    submissionRecordsKept\n    token\n    applied\n  }\n',
): (typeof documents)['\n  fragment ErasureImpactFields on ErasureImpact {\n    upcomingCancelled\n    pastPseudonymised\n    submissionRecordsKept\n    token\n    applied\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EraseMyData($input: EraseMyDataInput!) {\n    eraseMyData(input: $input) {\n      ...ErasureImpactFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EraseMyData($input: EraseMyDataInput!) {\n    eraseMyData(input: $input) {\n      ...ErasureImpactFields\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
