import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertRepairs, assertUnrepaired, repair, type RepairCase } from '../helpers/repair.js';

const cases: RepairCase[] = [
  // A rare character written as the intended one plus a radical.
  { input: '加快噺型基础设施建设', text: '加快新型基础设施建设', edits: [[2, 3, '噺', '新', 'homophone']] },
  { input: '在铨省率先完成', text: '在全省率先完成', edits: [[1, 2, '铨', '全', 'homophone']] },
  // ... in an ordinary word of a few hundred occurrences (宽松, 266), where the part gives the character its sound
  { input: '实施适度髋松的货币政策', text: '实施适度宽松的货币政策', edits: [[4, 5, '髋', '宽', 'homophone']] },
  { input: '全市人均收入姩均增长6%', text: '全市人均收入年均增长6%', edits: [[6, 7, '姩', '年', 'homophone']] },
  { input: '推进企业改慥升级', text: '推进企业改造升级', edits: [[5, 6, '慥', '造', 'homophone']] },
  { input: '推动哆元化发展', text: '推动多元化发展', edits: [[2, 3, '哆', '多', 'homophone']] },
  // Sharing the phonetic part, or only the sound.
  { input: '疫凊防控常态化', text: '疫情防控常态化', edits: [[1, 2, '凊', '情', 'homophone']] },
  { input: '理顺管悝体制', text: '理顺管理体制', edits: [[3, 4, '悝', '理', 'homophone']] },
  { input: '加赽推进城市更新', text: '加快推进城市更新', edits: [[1, 2, '赽', '快', 'homophone']] },
  { input: '扎实推进国企妀革', text: '扎实推进国企改革', edits: [[6, 7, '妀', '改', 'homophone']] },
  { input: '完善养老垺务体系', text: '完善养老服务体系', edits: [[4, 5, '垺', '服', 'homophone']] },
  // Of one phonetic series (糹 + 巴, 扌 + 巴, 巴 read ba like 把), whatever the reading tables give the rare one.
  { input: '坚持紦改革进行到底', text: '坚持把改革进行到底', edits: [[2, 3, '紦', '把', 'homophone']] },
  // A character outside the standard set that forms no word, standing for one written inside it: any word will do.
  { input: '深入推进扫嫼除恶常态化', text: '深入推进扫黑除恶常态化', edits: [[5, 6, '嫼', '黑', 'homophone']] },
  // Function words standing alone: no word around them, judged by form and how common the word is alone.
  { input: '城市忣农村', text: '城市及农村', edits: [[2, 3, '忣', '及', 'homophone']] },
  { input: '坚决反对囷整治', text: '坚决反对和整治', edits: [[4, 5, '囷', '和', 'homophone']] },
  // Common characters used as swaps, only where the intended character makes a clearly better word.
  { input: '部汾项目已经投产', text: '部分项目已经投产', edits: [[1, 2, '汾', '分', 'homophone']] },
  { input: '召开囚大代表座谈会', text: '召开人大代表座谈会', edits: [[2, 3, '囚', '人', 'homophone']] },
  { input: '抢抓机遇先囚一步', text: '抢抓机遇先人一步', edits: [[5, 6, '囚', '人', 'homophone']] },
  // Rare standard characters that form no word, judged by shape like common ones: the far more frequent character
  // written inside them beside a mere radical, or written like them but for one stroke, whatever it is read.
  { input: '加大仂度推进改革', text: '加大力度推进改革', edits: [[2, 3, '仂', '力', 'homophone']] },
  { input: '引导青年学孓返乡创业', text: '引导青年学子返乡创业', edits: [[5, 6, '孓', '子', 'homophone']] },
  // Rare standard characters written as a common one beside another part, neither read like them: the context
  // decides which part was meant.
  { input: '持续提嵩居民收入', text: '持续提高居民收入', edits: [[3, 4, '嵩', '高', 'homophone']] },
  { input: '完成老旧小区改糙', text: '完成老旧小区改造', edits: [[7, 8, '糙', '造', 'homophone']] },
  // The Kangxi radical beside a character that is none is the radical the swap added: 峧 = 山 + 交 is not 山.
  { input: '全年保持峧快增长', text: '全年保持较快增长', edits: [[4, 5, '峧', '较', 'homophone']] },
  // Between candidates that each make a word, the word spanning both sides wins (坚定不移, not 坚定 + 不够).
  { input: '坚定不迻推进改革', text: '坚定不移推进改革', edits: [[3, 4, '迻', '移', 'homophone']] },
  { input: '建设哆元特色学校', text: '建设多元特色学校', edits: [[2, 3, '哆', '多', 'homophone']] },
  // A variant of a function word is that word: a sound-alike making a word with a neighbour (这时) does not win,
  // a character written inside it (大) does.
  { input: '这昰全市人民的共同心愿', text: '这是全市人民的共同心愿', edits: [[1, 2, '昰', '是', 'traditional']] },
  { input: '扩夶有效投资', text: '扩大有效投资', edits: [[1, 2, '夶', '大', 'homophone']] },
  // A function word written inside and read the same competes as jieba reads it, whatever words the others make.
  { input: '迎接新菂一年', text: '迎接新的一年', edits: [[3, 4, '菂', '的', 'homophone']] },
  // A character made of one part written three times is that part, even a radical (惢 = 心心心).
  { input: '全市上下凝惢聚力', text: '全市上下凝心聚力', edits: [[5, 6, '惢', '心', 'homophone']] },
];

// Rare but correct: place names and words the dictionary knows, or that no candidate reads better.
const unchanged = [
  '汾河两岸绿化提质',
  '盂县和娄烦县的山区公路',
  '晋祠博物馆修缮完成',
  '蹚出一条转型发展新路',
  '发展有机旱作农业',
  '依法严惩囚犯脱逃',
  // A common character used alone as a word (炒) is meant alone, not the one written inside it (少 of 不少).
  '坚持房住不炒定位',
  '忻州至太原城际铁路',
  // A standard character of the series of a more common one (怠 and 治, both with 台) is meant.
  '整治懒政怠政问题',
  // Forming a word (孑孓), no shape relative making a word either (仂佬), or two telling parts (峪 = 山 + 谷).
  '清理孑孓滋生地',
  '仂佬族聚居的村寨',
  '虎峪河综合治理',
  '粮食碾磨加工企业',
  // Names outside the standard set, where the character written inside them makes no word.
  '王喆同志表示',
  '李堃等同志',
  '张淼同志主持会议',
];

test('swapped characters are repaired', () => {
  assertRepairs(cases);
});

test('rare but correct characters stay', () => {
  assertUnrepaired(unchanged);
});

test('a character the document uses in a word is not taken for a swap elsewhere', () => {
  // 盂县 shows that 盂 is meant here, so 大盂 (a town) is a name, not 大于.
  assert.deepEqual(repair('阳曲大盂至盂县公路').edits, []);
});
