/**
 * The national congresses of the Communist Party of China and the plenary sessions of their central committees, by
 * year and month (their communiqués, as published by Xinhua). A report implements the spirit of the latest ones
 * ("全面贯彻党的十七大和十七届五中全会精神" is a 2011 report's), so the latest it cites bounds its year.
 */
export const CONGRESS_YEARS: Readonly<Record<number, number>> = { 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022 };

/** The plenums of each central committee (第一次 … 第七次全体会议), [year, month]. */
export const PLENUMS: Readonly<Record<number, readonly (readonly [number, number])[]>> = {
  15: [[1997, 9], [1998, 2], [1998, 10], [1999, 9], [2000, 10], [2001, 9], [2002, 11]],
  16: [[2002, 11], [2003, 2], [2003, 10], [2004, 9], [2005, 10], [2006, 10], [2007, 10]],
  17: [[2007, 10], [2008, 2], [2008, 10], [2009, 9], [2010, 10], [2011, 10], [2012, 11]],
  18: [[2012, 11], [2013, 2], [2013, 11], [2014, 10], [2015, 10], [2016, 10], [2017, 10]],
  19: [[2017, 10], [2018, 1], [2018, 2], [2019, 10], [2020, 10], [2021, 11], [2022, 10]],
  20: [[2022, 10], [2023, 2], [2024, 7], [2025, 10]],
};

/**
 * A congress or plenums cited as implemented: 贯彻落实党的十七大和十七届四中、五中全会精神, 贯彻党的十九大精神,
 * 深入贯彻党的十七届五中全会. The congress's ordinal, then the plenums' (三中、四中, or 历次: all so far, which
 * says only that the congress is held).
 */
export const CITED_MEETINGS =
  /(?:贯彻|落实|学习)[^，。；！？\n]{0,6}?(?:党的)?(十[五六七八九]|二十)(?:大(?:[和及、]\s?(?:党的)?(?:十[五六七八九]|二十)届((?:[一二三四五六七]中[、和及]?)+|历次)全会)?|届((?:[一二三四五六七]中[、和及]?)+|历次)全会)(?!以来)/g;

/**
 * A year said to be the first of implementing a congress's spirit (今年是全面贯彻党的二十大精神的开局之年, as the
 * State Council's reports of 2018, 2023 and 2024 and local reports say): the year after the congress.
 */
export const CONGRESS_START =
  /(今年|去年|过去的?一年)[,，]?(?:也)?是[^。！？\n]{0,20}?党的(十[五六七八九]|二十)大精神的开局之年/g;
