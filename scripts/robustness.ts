/**
 * `npm run eval:robust`: how far the extraction's figures move when a labelled document is copied the ways documents
 * are copied in the wild — the measure of rules fitted to what the sets happen to look like. Each document of the web
 * corpus and of the project's held-out sets is scored as it is, then after each change below, against the same gold
 * (the scorer matches items by kind, value and unit, and by words for milestones, so none of these changes what is
 * right). A change that costs points names a family of documents the extractor does not yet read; the documents that
 * lose most are listed, with their misses under --verbose.
 *
 *   npm run eval:robust                          every change, every set
 *   npm run eval:robust -- --change hard-wrap    one change
 *   npm run eval:robust -- --set web             one set (web, heldout-a, …)
 *   npm run eval:robust -- --verbose             the misses of the documents that lose most
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { analyze } from '../src/analyze.js';
import { hasShared, projectRoot, sharedRoot } from './shared.js';

if (!hasShared) {
  console.log(`eval:robust skipped: no shared evaluation material at ${sharedRoot} (set LUOSHI_SHARED to its path)`);
  process.exit(0);
}

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};
const verbose = process.argv.includes('--verbose');

interface Gold {
  doc: string;
  report: { region?: string; year?: number };
  items: unknown[];
}

/** A way documents are copied: the text as copied, and the gold as it then reads (most changes leave it as it is). */
interface Change {
  name: string;
  /** What it stands for, in a line. */
  what: string;
  apply(text: string, gold: Gold): { text: string; gold: Gold };
}

const textOnly = (fn: (text: string) => string) => (text: string, gold: Gold) => ({ text: fn(text), gold });

/** Paragraphs as the lines that carry text; blank lines kept as they are. */
const byParagraph = (text: string, fn: (paragraph: string) => string) => text.split('\n').map((line) => (line.trim() ? fn(line) : line)).join('\n');

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Navigation and footer of a government portal page around an article, as a copy of the whole page keeps them. */
const PORTAL_TOP = [
  '设为首页 | 加入收藏 | 网站地图 | 无障碍浏览 | 长者模式',
  '首页', '政务公开', '政务服务', '互动交流', '走进本地', '专题专栏',
  '当前位置：首页 > 政务公开 > 政府信息公开 > 政府工作报告',
  '【字体：大 中 小】 【打印本页】 【关闭窗口】',
  '来源：人民政府办公室 发布时间：   浏览次数：',
  '分享到：微信 微博 QQ空间',
  '',
].join('\n');
const PORTAL_BOTTOM = [
  '',
  '【打印本页】 【关闭窗口】',
  '相关链接：国务院 省政府 市政府 各部门网站',
  '主办单位：人民政府办公室 承办单位：大数据中心',
  '网站标识码：0000000000 备案号：ICP备00000000号 公安机关备案号：00000000000000',
  '联系我们 | 网站地图 | 隐私声明 | 使用帮助',
].join('\n');

/** A fictional place of the same level, for renaming: no rule may know the set's places. */
const FICTIONAL_BASE = '云岫';

const CHANGES: readonly Change[] = [
  { name: 'as-is', what: 'the document as labelled', apply: textOnly((t) => t) },
  {
    name: 'half-width',
    // the full stop stays: pages that type the others as ASCII keep 。 (1,673 ASCII commas after a Han character in the
    // shared corpus, 2 ASCII full stops)
    what: 'Chinese punctuation typed as ASCII but for 。 (，；：（）！？ as ,;:()!?)',
    apply: textOnly((t) => t.replace(/[，；：（）！？]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' })[c]!)),
  },
  {
    name: 'full-width',
    what: 'digits, % and . typed full width (０-９ ％ ．)',
    apply: textOnly((t) => t.replace(/[0-9%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
  },
  {
    name: 'hard-wrap',
    what: 'a PDF copy: every paragraph broken into lines of 36 characters, words cut across lines',
    apply: textOnly((t) => byParagraph(t, (p) => p.match(/[^]{1,36}/g)!.join('\n'))),
  },
  {
    name: 'line-per-sentence',
    what: 'a mobile copy: a line break after every 。',
    apply: textOnly((t) => t.replace(/。(?!\n)/g, '。\n')),
  },
  {
    name: 'no-blank-lines',
    what: 'blank lines between paragraphs dropped',
    apply: textOnly((t) => t.replace(/\n[ \t\u3000]*\n+/g, '\n')),
  },
  {
    name: 'portal-page',
    what: "the portal's navigation before the article and its footer after",
    apply: textOnly((t) => `${PORTAL_TOP}\n${t}\n${PORTAL_BOTTOM}`),
  },
  {
    name: 'indented',
    what: 'every paragraph indented with two ideographic spaces, lines ending in spaces',
    apply: textOnly((t) => byParagraph(t, (p) => `\u3000\u3000${p.trim()}  `)),
  },
  {
    name: 'traditional',
    what: 'the text in traditional characters (a Hong Kong or Taiwan mirror)',
    apply: textOnly((t) => toTraditional(t)),
  },
  {
    name: 'renamed',
    what: 'the government renamed to a place that does not exist (same level)',
    apply: (text, gold) => {
      const region = gold.report.region;
      const m = region ? /^(.+?)(省|自治区|市|自治州|地区|盟|县|自治县|旗|区)$/.exec(region) : null;
      if (!region || !m || m[1]!.length < 2) return { text, gold };
      const renamed = `${FICTIONAL_BASE}${m[2]}`;
      const base = m[1]!.replace(/(壮族|回族|维吾尔|土家族|苗族|彝族|藏族|蒙古族)+$/, '');
      return {
        text: text.split(region).join(renamed).split(base).join(FICTIONAL_BASE),
        gold: { ...gold, report: { ...gold.report, region: renamed } },
      };
    },
  },
];

const scorer = join(sharedRoot, 'tools', 'score.mjs');
const work = mkdtempSync(join(tmpdir(), 'luoshi-robust-'));
const KINDS = ['target', 'milestone', 'achievement'] as const;
type Tally = Record<(typeof KINDS)[number], { gold: number; predicted: number; matched: number }>;
const emptyTally = (): Tally => Object.fromEntries(KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }])) as Tally;

/** The scorer's output for one document: per-kind counts, its F1, the year, and the miss lines. */
function scored(gold: Gold, extraction: unknown, name: string) {
  const goldFile = join(work, `${name}.gold.json`);
  const predFile = join(work, `${name}.pred.json`);
  writeFileSync(goldFile, JSON.stringify(gold));
  writeFileSync(predFile, JSON.stringify(extraction));
  const out = execFileSync(process.execPath, [scorer, 'extract', goldFile, predFile, '--verbose'], { encoding: 'utf8' });
  const tally = emptyTally();
  for (const kind of KINDS) {
    const m = new RegExp(`^${kind}\\s+gold\\s+(\\d+)\\s+predicted\\s+(\\d+)\\s+matched\\s+(\\d+)`, 'm').exec(out);
    if (m) tally[kind] = { gold: Number(m[1]), predicted: Number(m[2]), matched: Number(m[3]) };
  }
  const f1 = Number(/^extract .* F1=([\d.]+)/m.exec(out)?.[1] ?? 0);
  const misses = out.split('\n').filter((l) => /^(MISSED|SPURIOUS)/.test(l));
  return { tally, f1, misses };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1);
const pooledF1 = (t: Tally, kinds: readonly (typeof KINDS)[number][] = KINDS) => {
  const sum = kinds.reduce((a, k) => ({ gold: a.gold + t[k].gold, predicted: a.predicted + t[k].predicted, matched: a.matched + t[k].matched }), { gold: 0, predicted: 0, matched: 0 });
  return f1(sum.matched / Math.max(1, sum.predicted), sum.matched / Math.max(1, sum.gold));
};

/** Every labelled document of the web corpus and the held-out sets. */
function labelled(): { set: string; gold: Gold; path: string }[] {
  const sets: [string, string, string][] = [['web', join(sharedRoot, 'gold', 'web'), join(sharedRoot, 'corpus', 'web')]];
  const own = join(projectRoot, 'eval');
  for (const d of existsSync(own) ? readdirSync(own).filter((d) => d.startsWith('heldout')).sort() : []) sets.push([d, join(own, d, 'gold'), join(own, d, 'docs')]);
  const wanted = argument('--set');
  return sets
    .filter(([set]) => !wanted || set === wanted)
    .flatMap(([set, goldDir, docDir]) =>
      readdirSync(goldDir)
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)
        .filter((gold) => existsSync(join(docDir, gold.doc)))
        .map((gold) => ({ set, gold, path: join(docDir, gold.doc) })),
    );
}

const documents = labelled();
const only = argument('--change');
const changes = CHANGES.filter((c) => c.name === 'as-is' || !only || c.name === only);
const baseline = new Map<string, number>();
let baselineScore: number | undefined;
console.log(`${documents.length} labelled documents; F1 pooled over targets, milestones and achievements; year right of all`);
console.log(`${'change'.padEnd(18)} ${'F1'.padStart(5)} ${'ΔF1'.padStart(6)} ${'target'.padStart(6)} ${'milest'.padStart(6)} ${'achiev'.padStart(6)} ${'year'.padStart(7)}  what`);
for (const change of changes) {
  const tally = emptyTally();
  let yearsRight = 0;
  const drops: { doc: string; from: number; to: number; misses: string[] }[] = [];
  for (const { set, gold, path } of documents) {
    const { text, gold: changedGold } = change.apply(readFileSync(path, 'utf8'), gold);
    const { extraction } = analyze({ text, format: 'text', encoding: 'utf-8', confidence: 1, name: basename(path), bytes: Buffer.byteLength(text) });
    const result = scored(changedGold, extraction, `${set}-${basename(path)}-${change.name}`);
    for (const k of KINDS) for (const f of ['gold', 'predicted', 'matched'] as const) tally[k][f] += result.tally[k][f];
    if (String(extraction.report.year) === String(changedGold.report.year)) yearsRight++;
    const key = `${set}/${gold.doc}`;
    if (change.name === 'as-is') baseline.set(key, result.f1);
    else if ((baseline.get(key) ?? 0) - result.f1 >= 3) drops.push({ doc: key, from: baseline.get(key)!, to: result.f1, misses: result.misses });
  }
  const score = pooledF1(tally);
  if (change.name === 'as-is') baselineScore = score;
  const base = baselineScore ?? score;
  const kindScores = KINDS.map((k) => pct(pooledF1(tally, [k])).padStart(6)).join(' ');
  console.log(`${change.name.padEnd(18)} ${pct(score).padStart(5)} ${(change.name === 'as-is' ? '' : (100 * (score - base)).toFixed(1)).padStart(6)} ${kindScores} ${`${yearsRight}/${documents.length}`.padStart(7)}  ${change.what}`);
  for (const d of drops.sort((a, b) => b.from - b.to - (a.from - a.to)).slice(0, verbose ? 20 : 5)) {
    console.log(`    ${d.doc}: F1 ${d.from.toFixed(1)} → ${d.to.toFixed(1)}`);
    if (verbose) for (const m of d.misses.slice(0, 12)) console.log(`        ${m}`);
  }
}
