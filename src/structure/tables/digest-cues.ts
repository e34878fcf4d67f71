/**
 * Words by which a news digest of a report (报告指出…, 报告回顾了…) says whether a paragraph reports last
 * year or plans this one. Our own reading of press digests of work reports.
 */
export const DIGEST_REVIEW = /回顾|过去一年|去年|一年来|预计全[省市县区]|取得/;
export const DIGEST_PLAN = /今年|将|要|力争|目标|提出/;
