// UI strings of the practice area, in the three UI languages. Keys are
// 'practice.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const practice = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
