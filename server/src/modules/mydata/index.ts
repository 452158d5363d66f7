// The "my data" module's public surface (issue 19 item 3): other modules import only this file.
import { MyDataOperations } from './my-data.resolver.js'

export { collectMyData, myDataFormat, type MyData } from './my-data.export.js'
export { myDataRouter, type MyDataHttpDeps } from './my-data.http.js'
export { eraseMyData, exportMyData, myDataSummary, updateMyContact } from './my-data.service.js'

export const myDataResolvers = [MyDataOperations] as const
