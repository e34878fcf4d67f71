/**
 * The 督查通报 as a Word document an office prints and sends, laid out as Chinese official documents are
 * (GB/T 9704-2012 党政机关公文格式): A4 with a 156 × 225 mm text block (top 37 mm, inner 28 mm), body in 3号 仿宋
 * (16 pt) on a fixed 28.95 pt line (22 lines a page), the 版头 in red 小标宋 over a red rule, headings in 黑体 (一、)
 * and 楷体 (（一）), and the 版记 (抄送, 印发) between rules at the end. Made with `docx` (a maintained OOXML writer).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { chineseDate, localizeDates } from '../calendar/index.js';
import { NOTICE_GROUP_LABELS, STATUS_LABELS, type Cycle, type NoticeGroup, type SupervisionNotice } from '../loop/index.js';

/** Fonts by role, as GB/T 9704 names them (an office's Word maps them to what it has installed). */
const FONTS = { body: '仿宋_GB2312', title: '方正小标宋简体', heading: '黑体', subheading: '楷体_GB2312' } as const;
/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt (tables). */
const SIZE = { masthead: 72, title: 44, body: 32, table: 28 } as const;
const RED = 'FF0000';
/** Millimetres in twips, rounded (A4 is 11906 × 16838). */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);
/** 28.95 pt in twips: 22 lines in the 225 mm block. */
const LINE = 579;

export interface NoticeOptions {
  /** The issuing office: 某某县人民政府督查室. */
  office: string;
  /** The period's number in the year's series: 第7期. */
  number: number;
  /** The day the notice is issued (ISO). */
  issuedOn: string;
  /** How the period is counted (the title says 6月份 or 第二季度). */
  cycle: Cycle;
  /** 抄送: the offices a copy goes to. */
  copyTo?: readonly string[];
}

/** A run of text in a font by role (Latin letters and figures in Times New Roman, as offices set them). */
const run = (text: string, font: string = FONTS.body, extra: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun =>
  new TextRun({ ...(text ? { text } : {}), font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: font }, size: SIZE.body, ...extra });

const body = (text: string, indent = true): Paragraph =>
  new Paragraph({ children: [run(text)], spacing: { line: LINE, lineRule: LineRuleType.EXACT }, ...(indent ? { indent: { firstLine: 640 } } : {}) });

const heading = (text: string, font: string = FONTS.heading): Paragraph =>
  new Paragraph({ children: [run(text, font)], spacing: { line: LINE, lineRule: LineRuleType.EXACT }, indent: { firstLine: 640 } });

const rule = (color: string, size = 12): Paragraph => new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, color, size, space: 1 } }, children: [] });

function table(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  const cell = (text: string, bold = false, width = 0) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, bold ? FONTS.heading : FONTS.body, { size: SIZE.table })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, widths[i])) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, widths[i])) })),
    ],
  });
}

const share = (part: number, whole: number): string => (whole > 0 ? `${Math.round((part / whole) * 1000) / 10}%` : '—');
const change = (now: number, before: number): string => (now > before ? `增加${now - before}项` : now < before ? `减少${before - now}项` : '持平');
const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** 6月份, 第二季度, or the week's last day. */
function periodWords(asOf: string, cycle: Cycle): string {
  const [y, m] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if (cycle === 'monthly') return `${y}年${m}月份`;
  if (cycle === 'quarterly') return `${y}年第${'一二三四'[Math.floor((m - 1) / 3)]}季度`;
  return `截至${chineseDate(asOf)}`;
}

const GROUPS: readonly NoticeGroup[] = ['done', 'on_pace', 'lagging', 'not_reported'];

/** The paragraphs of the notice, in order (the document is these in one section). */
function content(notice: SupervisionNotice, opts: NoticeOptions): (Paragraph | Table)[] {
  const { current, previous } = notice;
  const asOf = chineseDate(notice.asOf);
  const shares = GROUPS.map((g) => `${NOTICE_GROUP_LABELS[g]}${current.counts[g]}项，占${share(current.counts[g], current.total)}`).join('；');
  const since = GROUPS.map((g) => `${NOTICE_GROUP_LABELS[g]}${change(current.counts[g], previous.counts[g])}`).join('，');
  const out: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 400 }, children: [run('督 查 通 报', FONTS.title, { size: SIZE.masthead, color: RED })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [run(`第${opts.number}期`)] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mm(156) }],
      children: [run(opts.office), run('', FONTS.body, { children: [new Tab(), chineseDate(opts.issuedOn)] })],
    }),
    rule(RED, 18),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 400, after: 400, line: LINE, lineRule: LineRuleType.EXACT },
      children: [run(`关于${periodWords(notice.asOf, opts.cycle)}重点工作推进情况的通报`, FONTS.title, { size: SIZE.title })],
    }),
    body(`截至${asOf}，纳入督办的重点工作共${current.total}项。其中，${shares}。与上期（截至${chineseDate(notice.previousAsOf)}）相比，${since}。现将有关情况通报如下。`),
    heading('一、总体推进情况'),
    table(
      ['类别', '本期（项）', '占比', '上期（项）', '增减'],
      [
        ...GROUPS.map((g) => [NOTICE_GROUP_LABELS[g], String(current.counts[g]), share(current.counts[g], current.total), String(previous.counts[g]), signed(current.counts[g] - previous.counts[g])]),
        ['合计', String(current.total), current.total ? '100%' : '—', String(previous.total), signed(current.total - previous.total)],
      ],
      [24, 18, 18, 20, 20],
    ),
    heading('二、滞后事项'),
  ];
  if (notice.lagging.length) {
    out.push(body(`本期滞后事项${notice.lagging.length}项，按严重程度排列如下：`));
    out.push(
      table(
        ['序号', '事项', '牵头单位', '状态', '滞后原因'],
        notice.lagging.map((e, i) => [String(i + 1), e.title, e.unitName ?? '未分工', STATUS_LABELS[e.status.status], localizeDates(e.status.reason)]),
        [8, 30, 16, 12, 34],
      ),
    );
  } else out.push(body('本期无滞后事项。'));
  out.push(heading('三、未按时报送进展的单位'));
  out.push(
    body(
      notice.notReported.length
        ? `${notice.notReported.map((u) => `${u.unitName}（${u.items}项）`).join('、')}本期未报送进展，请于下期报送前补报。`
        : '本期各单位均按时报送进展。',
    ),
  );
  out.push(heading('四、单位推进情况排名'));
  if (notice.ranking.length) {
    out.push(
      table(
        ['名次', '单位', '得分', '等级', '已完成（项）', '逾期（项）'],
        notice.ranking.map((c) => [String(c.rank), c.unitName, c.score === undefined ? '—' : String(c.score), c.grade ?? '—', String(c.done), String(c.overdue)]),
        [10, 34, 14, 14, 14, 14],
      ),
    );
  } else out.push(body('本期尚无可排名的单位。'));
  out.push(heading('五、下步工作要求'));
  out.push(heading('（一）抓好滞后事项整改。', FONTS.subheading));
  out.push(body('滞后事项的牵头单位要认真分析原因，制定整改措施，明确完成时限，并将整改情况书面报送督查室。'));
  out.push(heading('（二）按时报送工作进展。', FONTS.subheading));
  out.push(body('各牵头单位要按规定时间报送进展情况，未报送的单位要及时补报，确保台账数据真实、完整。'));
  out.push(heading('（三）对照序时进度加快推进。', FONTS.subheading));
  out.push(body('各单位要对照年度目标和序时进度，倒排工期、挂图作战，确保各项重点工作按期完成。'));
  out.push(new Paragraph({ spacing: { before: 600 }, children: [] }));
  out.push(rule('000000', 6));
  out.push(body(`抄送：${(opts.copyTo?.length ? opts.copyTo : ['各有关单位']).join('，')}。`, false));
  out.push(rule('000000', 4));
  out.push(
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: mm(156) }],
      children: [run(opts.office), run('', FONTS.body, { children: [new Tab(), `${chineseDate(opts.issuedOn)}印发`] })],
    }),
  );
  out.push(rule('000000', 6));
  return out;
}

/** The notice as a .docx file. */
export async function noticeDocx(notice: SupervisionNotice, opts: NoticeOptions): Promise<Buffer> {
  const doc = new Document({
    creator: opts.office,
    title: `督查通报第${opts.number}期`,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: content(notice, opts),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
