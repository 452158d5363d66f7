// PLACEHOLDER: replaced by the page's real implementation before this lands
export function CallPage() {
  return null
}
