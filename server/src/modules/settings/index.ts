// The settings module's public surface: other modules import only this file.
export * from './settings.table.js'
export {
  getSetting,
  settingDefaults,
  settingSql,
  settingValue,
  type SettingKey,
} from './settings.service.js'
