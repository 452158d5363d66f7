import { typedOperations } from '../../scripts/codegen-config'

export default typedOperations()
