/**
 * What a unit is sent: its reminders of a day as one message — a subject line, and a body in Markdown, which the
 * group robots (钉钉, 企业微信) render and an e-mail shows as plain text.
 */
import { chineseDate } from '../../calendar/index.js';
import { REMINDER_LABELS, type Reminder } from '../../loop/index.js';

export interface UnitMessage {
  subject: string;
  body: string;
}

export function unitMessage(unitName: string, day: string, list: readonly Reminder[], office: string): UnitMessage {
  const lines = list.map((r, i) => `${i + 1}. **${REMINDER_LABELS[r.kind]}** ${r.message}`);
  return {
    subject: `【督办提醒】${unitName}：${list.length}项工作需办理（${chineseDate(day)}）`,
    body: [`### 督办提醒：${unitName}`, '', `截至${chineseDate(day)}，贵单位牵头的以下${list.length}项工作需要办理：`, '', ...lines, '', `请按要求办理，并及时在落实系统中报送进展。——${office}`].join('\n'),
  };
}
