// UI strings of the settings area, in the three UI languages. Keys are
// 'settings.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
