// UI strings of the panel area, in the three UI languages. Keys are
// 'panel.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const panel = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
