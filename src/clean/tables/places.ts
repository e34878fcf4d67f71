/**
 * Place-name suffixes of Chinese administrative divisions (GB/T 2260 names end in one of these), and the
 * deictic prefixes that make 全市/我省/本县 ordinary words rather than proper place names.
 */
export const PLACE_SUFFIXES = '省市县区州盟旗镇乡';
export const DEICTIC_PREFIXES = '全我本该各此两每';
