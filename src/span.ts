/** A half-open range of UTF-16 offsets into the original decoded text (`end` exclusive). */
export interface Span {
  start: number;
  end: number;
}
