// UI strings of the sites area, in the three UI languages. Keys are
// 'sites.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const sites = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
