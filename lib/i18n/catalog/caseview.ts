// UI strings of the caseview area, in the three UI languages. Keys are
// 'caseview.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const caseview = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
