// UI strings of the checklist area, in the three UI languages. Keys are
// 'checklist.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const checklist = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
