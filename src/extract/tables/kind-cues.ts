/**
 * Words that tell what kind of statement a clause is (gold-format.md "Item kinds"; our own reading of reports).
 */

/** Verbs of a deliverable: with an explicit time and no quantity the clause is a milestone. */
export const DELIVERABLE_VERBS =
  /完成|建成|完工|竣工|开工|开通|通车|投用|投运|投产|运营|开放|开业|招生|实现|建立|出台|简化|开展|解决|启用|上线|挂牌|落地|交付|具备|更新|改造|贯通|验收|达产/;

/** Open-ended verbs: an entry with one of these and no deliverable is a task. */
export const OPEN_ENDED_VERBS = /加快|推进|推动|加强|深化|继续|持续|坚持|扎实|着力|强化|优化|提升|完善|巩固|扩大|支持|鼓励|促进|落实|培育|打造|实施|做好|抓好|统筹|健全/;
