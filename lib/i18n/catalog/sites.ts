// UI strings of the sites area (what the page shows, the manual path), in the
// three UI languages. Keys are 'sites.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const sites = defineMessages({
  en: {
    'sites.unreadable':
      "Could not read this thread's text. Open the conversation on the page, or paste the buyer's message by hand.",
    'sites.contact': 'Contact this buyer (the page’s own link)',
    'sites.manual.badge': 'added by hand',
    'sites.kind.reviews': 'reviews',
    'sites.kind.feedback': 'feedback',
    'sites.kind.messages': 'buyer messages',
    'sites.kind.none': 'nothing to handle',
    'sites.status.recognised': '{site}: {kind}, {count} read',
    'sites.status.notRecognised':
      '{site}: Defuse does not read this page. Select a buyer’s text on the page and send it here (right-click, or {shortcut}), or paste it below.',
    'sites.status.unsupported':
      'This page is not a seller centre Defuse reads. Paste a buyer’s text below to work on it.',
    'sites.status.moreRows':
      'The list on the page has {total} rows but draws only the {shown} in view: scroll it to read more.',
    'sites.status.error':
      '{site}: the page could not be read ({error}). Paste the buyer’s text below.',
    'sites.manual.title': 'Add a buyer’s text by hand',
    'sites.manual.text': 'Buyer’s text',
    'sites.manual.placeholder': 'Paste the review, feedback or message here',
    'sites.manual.site': 'Marketplace',
    'sites.manual.kind': 'Kind',
    'sites.manual.author': 'Buyer (optional)',
    'sites.manual.order': 'Order number (optional)',
    'sites.manual.add': 'Add',
    'sites.manual.empty': 'Paste or type the buyer’s text first.',
    'sites.manual.fromPage': 'Selected on {host}',
    'sites.manual.added': 'Added. It is in the list and opened as a case.',
    'sites.insert.notEmpty':
      'The reply box already has text in it ({count} characters). Replace that text with the draft, or add the draft after it?',
    'sites.insert.replace': 'Replace',
    'sites.insert.append': 'Add after',
    'sites.insert.cancel': 'Leave it',
    'sites.insert.noRoom':
      'The draft ({count} characters) does not fit after that text: the box has room for {room} more.',
    'sites.insert.tooLong':
      'The draft does not fit after the text in the reply box. Nothing was changed: replace the text or shorten the draft.',
    'sites.insert.cancelled': 'The reply box was left as it was.',
    'sites.insert.no-box':
      'No reply box is open for this item. Open its reply form on the page, or copy the draft.',
    'sites.insert.hidden':
      'The reply box is hidden. Open its reply form on the page, or copy the draft.',
    'sites.insert.disabled': 'The reply box is read-only: nothing was inserted.',
    'sites.insert.not-supported':
      'The reply box on the page is not a text box Defuse can type into. Copy the draft instead.',
    'sites.insert.bad-request': 'The insert request was refused ({error}). Nothing was changed.',
    'sites.insert.failed': 'Could not insert into the page ({error}). Copy the draft instead.',
    'sites.insert.unreachable':
      'The page is not reachable (closed, reloaded, or the extension was updated). Reload it and retry.',
    'sites.insert.bad-answer':
      'The page answered with something unexpected. Reload the page and retry.',
  },
  'zh-CN': {
    'sites.unreadable': '无法读取此会话的文字。请在页面上打开该会话，或手动粘贴买家的消息。',
    'sites.contact': '联系此买家（页面自带的链接）',
    'sites.manual.badge': '手动添加',
    'sites.kind.reviews': '评价',
    'sites.kind.feedback': '反馈',
    'sites.kind.messages': '买家消息',
    'sites.kind.none': '无需处理',
    'sites.status.recognised': '{site}：{kind}，已读取 {count} 条',
    'sites.status.notRecognised':
      '{site}：Defuse 无法读取此页面。请在页面上选中买家的文字并发送到这里（右键菜单或 {shortcut}），或在下方粘贴。',
    'sites.status.unsupported':
      '此页面不是 Defuse 可读取的卖家中心。可在下方粘贴买家的文字进行处理。',
    'sites.status.moreRows':
      '页面上的列表共 {total} 行，只显示了可见的 {shown} 行：请滚动列表以读取更多。',
    'sites.status.error': '{site}：无法读取页面（{error}）。请在下方粘贴买家的文字。',
    'sites.manual.title': '手动添加买家的文字',
    'sites.manual.text': '买家的文字',
    'sites.manual.placeholder': '在此粘贴评价、反馈或消息',
    'sites.manual.site': '平台',
    'sites.manual.kind': '类型',
    'sites.manual.author': '买家（可选）',
    'sites.manual.order': '订单号（可选）',
    'sites.manual.add': '添加',
    'sites.manual.empty': '请先粘贴或输入买家的文字。',
    'sites.manual.fromPage': '选自 {host}',
    'sites.manual.added': '已添加，已列入列表并作为案例打开。',
    'sites.insert.notEmpty':
      '回复框里已有文字（{count} 个字符）。用草稿替换这些文字，还是把草稿加在后面？',
    'sites.insert.replace': '替换',
    'sites.insert.append': '加在后面',
    'sites.insert.cancel': '保持不变',
    'sites.insert.noRoom':
      '草稿（{count} 个字符）加在这些文字后面放不下：回复框只剩 {room} 个字符。',
    'sites.insert.tooLong':
      '草稿加在回复框已有文字后面放不下，回复框未作改动：请替换已有文字或缩短草稿。',
    'sites.insert.cancelled': '回复框保持原样，未作改动。',
    'sites.insert.no-box': '此条目没有打开的回复框。请在页面上打开它的回复表单，或复制草稿。',
    'sites.insert.hidden': '回复框被隐藏了。请在页面上打开回复表单，或复制草稿。',
    'sites.insert.disabled': '回复框是只读的，未插入任何内容。',
    'sites.insert.not-supported': '页面上的回复框不是 Defuse 能输入的文本框。请改为复制草稿。',
    'sites.insert.bad-request': '插入请求被拒绝（{error}），未作改动。',
    'sites.insert.failed': '无法插入到页面（{error}）。请改为复制草稿。',
    'sites.insert.unreachable':
      '无法连接页面（已关闭、已重新加载，或扩展已更新）。请重新加载页面后重试。',
    'sites.insert.bad-answer': '页面返回了意外的内容。请重新加载页面后重试。',
  },
  'zh-TW': {
    'sites.unreadable': '無法讀取此對話的文字。請在頁面上開啟該對話，或手動貼上買家的訊息。',
    'sites.contact': '聯絡此買家（頁面自帶的連結）',
    'sites.manual.badge': '手動新增',
    'sites.kind.reviews': '評價',
    'sites.kind.feedback': '回饋',
    'sites.kind.messages': '買家訊息',
    'sites.kind.none': '無需處理',
    'sites.status.recognised': '{site}：{kind}，已讀取 {count} 則',
    'sites.status.notRecognised':
      '{site}：Defuse 無法讀取此頁面。請在頁面上選取買家的文字並傳送到這裡（右鍵選單或 {shortcut}），或在下方貼上。',
    'sites.status.unsupported':
      '此頁面不是 Defuse 可讀取的賣家中心。可在下方貼上買家的文字進行處理。',
    'sites.status.moreRows':
      '頁面上的列表共 {total} 列，只顯示了可見的 {shown} 列：請捲動列表以讀取更多。',
    'sites.status.error': '{site}：無法讀取頁面（{error}）。請在下方貼上買家的文字。',
    'sites.manual.title': '手動新增買家的文字',
    'sites.manual.text': '買家的文字',
    'sites.manual.placeholder': '在此貼上評價、回饋或訊息',
    'sites.manual.site': '平台',
    'sites.manual.kind': '類型',
    'sites.manual.author': '買家（選填）',
    'sites.manual.order': '訂單號碼（選填）',
    'sites.manual.add': '新增',
    'sites.manual.empty': '請先貼上或輸入買家的文字。',
    'sites.manual.fromPage': '選自 {host}',
    'sites.manual.added': '已新增，已列入清單並作為案例開啟。',
    'sites.insert.notEmpty':
      '回覆框裡已有文字（{count} 個字元）。用草稿取代這些文字，還是把草稿加在後面？',
    'sites.insert.replace': '取代',
    'sites.insert.append': '加在後面',
    'sites.insert.cancel': '保持不變',
    'sites.insert.noRoom':
      '草稿（{count} 個字元）加在這些文字後面放不下：回覆框只剩 {room} 個字元。',
    'sites.insert.tooLong':
      '草稿加在回覆框已有文字後面放不下，回覆框未作變更：請取代已有文字或縮短草稿。',
    'sites.insert.cancelled': '回覆框保持原樣，未作變更。',
    'sites.insert.no-box': '此項目沒有開啟的回覆框。請在頁面上開啟它的回覆表單，或複製草稿。',
    'sites.insert.hidden': '回覆框被隱藏了。請在頁面上開啟回覆表單，或複製草稿。',
    'sites.insert.disabled': '回覆框是唯讀的，未插入任何內容。',
    'sites.insert.not-supported': '頁面上的回覆框不是 Defuse 能輸入的文字框。請改為複製草稿。',
    'sites.insert.bad-request': '插入請求被拒絕（{error}），未作變更。',
    'sites.insert.failed': '無法插入到頁面（{error}）。請改為複製草稿。',
    'sites.insert.unreachable':
      '無法連線到頁面（已關閉、已重新載入，或擴充功能已更新）。請重新載入頁面後再試。',
    'sites.insert.bad-answer': '頁面回傳了非預期的內容。請重新載入頁面後再試。',
  },
});
