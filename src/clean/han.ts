/** Whether a UTF-16 code is a CJK ideograph of running text (U+3400–U+9FFF): a comparison, for passes that look at every character. */
export const isHanCode = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;
