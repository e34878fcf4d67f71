/** 报送周期 in the web app: how it reads (每月5日前报上月进展) and the fields that set it, for an assignment and the office's default. */
import { REPORTING_DUE_DAY_MAX as MAX_DUE_DAY } from '../../src/ledger/enums';
import type { ReportingCycle } from './types';
import { formatDate } from './format';

/** A cycle in the words an office writes it in a 分工方案. */
export function cycleWords(cycle: ReportingCycle): string {
  switch (cycle.kind) {
    case 'monthly':
      return cycle.dueDay === 0 ? '每月月底前报送当月进展' : `每月${cycle.dueDay}日前报送上月进展`;
    case 'quarterly':
      return cycle.dueDay === 0 ? '每季度末前报送当季进展' : `每季度结束后${cycle.dueDay}日内报送`;
    case 'once':
      return `${formatDate(cycle.dueOn)}前报送一次`;
  }
}

/**
 * The fields of a cycle. `value` undefined means "the office's default" (an assignment that sets none); `allowDefault`
 * offers that choice.
 */
export function CycleFields({
  value,
  onChange,
  allowDefault,
  defaultWords,
}: {
  value: ReportingCycle | undefined;
  onChange: (cycle: ReportingCycle | undefined) => void;
  allowDefault?: boolean;
  defaultWords?: string;
}) {
  const kind = value?.kind ?? 'default';
  const setKind = (k: string) => {
    if (k === 'default') onChange(undefined);
    else if (k === 'once') onChange({ kind: 'once', dueOn: value?.kind === 'once' ? value.dueOn : '' });
    else onChange({ kind: k as 'monthly' | 'quarterly', dueDay: value && value.kind !== 'once' ? Math.min(value.dueDay, MAX_DUE_DAY[k as 'monthly' | 'quarterly']) : 5 });
  };
  return (
    <div class="form-row">
      <label>
        报送周期
        <select name="cycleKind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          {allowDefault ? <option value="default">按督办设置默认{defaultWords ? `（${defaultWords}）` : ''}</option> : null}
          <option value="monthly">每月</option>
          <option value="quarterly">每季度</option>
          <option value="once">一次性</option>
        </select>
      </label>
      {value && value.kind !== 'once' ? (
        <label>
          {value.kind === 'monthly' ? '每月几日前报上月进展（0 为当月月底）' : '季度结束后几日内报送（0 为季度末）'}
          <input
            name="dueDay"
            type="number"
            min="0"
            max={MAX_DUE_DAY[value.kind]}
            step="1"
            required
            value={String(value.dueDay)}
            onInput={(e) => onChange({ kind: value.kind, dueDay: Number(e.currentTarget.value) })}
          />
        </label>
      ) : null}
      {value?.kind === 'once' ? (
        <label>
          报送日期
          <input name="dueOn" type="date" required value={value.dueOn} onChange={(e) => onChange({ kind: 'once', dueOn: e.currentTarget.value })} />
        </label>
      ) : null}
    </div>
  );
}
