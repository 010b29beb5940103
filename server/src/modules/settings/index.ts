export { settings } from './settings.schema.ts';
export {
  settingDefaults,
  settingEnvNames,
  settingKeys,
  settingSchemas,
  parseSettingOverrides,
  parseSettingText,
  weekdays,
  defaultMarketingSmsRules,
  type MarketingSmsRuleSetting,
  type SendRateLimits,
  type Settings,
  type SettingKey,
  type CallingWindow,
  type Weekday,
} from './domain/settings-definitions.ts';
export { SettingsService, type SettingView, type SettingsGuard } from './settings.service.ts';
