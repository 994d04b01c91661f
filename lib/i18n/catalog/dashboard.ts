// UI strings of the dashboard area, in the three UI languages. Keys are
// 'dashboard.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const dashboard = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
