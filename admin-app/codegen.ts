import { typedOperations } from '../scripts/codegen-config'

// the shared KEP administration's fragments are spread in this app's operations
export default typedOperations(['../packages/kep-admin'])
