// PLACEHOLDER: replaced by the page's real implementation before this lands
export function BookingPage() {
  return null
}
