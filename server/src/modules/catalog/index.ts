// The catalog module's public surface: other modules import only this file.
export * from './catalog.table.js'
export { createCatalogLoaders, type CatalogContext } from './catalog.loaders.js'
export { catalogResolvers } from './catalog.resolver.js'
export {
  categoryCodes,
  getKep,
  getMunicipality,
  procedureFormPath,
  procedureDocuments,
  procedureSearchText,
  type CategoryCode,
  type ClosedForGood,
  type Kep,
  type Municipality,
  type Procedure,
  type ProcedureDocumentOf,
  type ServiceCategory,
} from './catalog.service.js'
export {
  Kep as KepType,
  LocalizedText,
  LocalizedTextList,
  Municipality as MunicipalityType,
  Procedure as ProcedureType,
  ServiceCategory as ServiceCategoryType,
  ServiceCategoryCode,
} from './catalog.types.js'
