import { graphql } from '../../gql'

// Issue 17 item 2: the usage statistics of a scope and range, and the lists the scope pickers
// offer (municipalities with their regions, a municipality's KEPs, the fields).

export const usageStatisticsQuery = graphql(`
  query UsageStatistics($input: UsageStatisticsInput!) {
    usageStatistics(input: $input) {
      from
      to
      totals {
        made
        booked
        cancelled
        completed
        noShow
        held
      }
      cancellationRate
      completionRate
      noShowRate
      leadTime {
        averageMinutes
        sameDay
        oneToTwoDays
        threeToSevenDays
        overSevenDays
      }
      utilisation {
        bookedMinutes
        availableMinutes
        ratio
      }
      averageWaitSeconds
      averageCallSeconds
      identityPassed
      identityFailed
      interpreterRequests
      lipReadingRequests
      days {
        date
        made
        booked
        cancelled
        completed
        noShow
        held
      }
      weeks {
        weekStart
        made
        booked
        cancelled
        completed
        noShow
        held
      }
      heatMap {
        weekday
        hour
        appointments
      }
      topProcedures {
        procedureId
        titleEl
        titleEn
        bookings
      }
    }
  }
`)

export const statisticsScopeQuery = graphql(`
  query StatisticsScope {
    municipalities {
      id
      name {
        el
        en
      }
      region {
        el
        en
      }
    }
    serviceCategories {
      id
      name {
        el
        en
      }
    }
  }
`)

export const statisticsKepsQuery = graphql(`
  query StatisticsKeps($municipalityId: ID) {
    keps(municipalityId: $municipalityId) {
      id
      name {
        el
        en
      }
    }
  }
`)
