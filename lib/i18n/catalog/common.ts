// UI strings shared by every screen, in the three UI languages. Keys are
// 'common.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const common = defineMessages({
  en: {
    'common.appName': 'Defuse',
    'common.tagline': 'De-escalation assistant',
    'common.back': 'Back',
    'common.close': 'Close',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.loading': 'Loading…',
  },
  'zh-CN': {
    'common.appName': 'Defuse',
    'common.tagline': '差评化解助手',
    'common.back': '返回',
    'common.close': '关闭',
    'common.save': '保存',
    'common.cancel': '取消',
    'common.loading': '加载中…',
  },
  'zh-TW': {
    'common.appName': 'Defuse',
    'common.tagline': '負評化解助手',
    'common.back': '返回',
    'common.close': '關閉',
    'common.save': '儲存',
    'common.cancel': '取消',
    'common.loading': '載入中…',
  },
});
