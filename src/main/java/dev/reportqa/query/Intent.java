package dev.reportqa.query;

/** What a question asks for, which decides the kind of clause that answers it. */
public enum Intent {
  /** An amount or a count: 多少, 几个, how many, how much. */
  AMOUNT,
  /** A rate of change: 增长多少, 增幅, how fast did … grow. */
  GROWTH,
  /** An enumeration: 哪些, which, list. */
  LIST,
  /** A position in a ranking: 第几, rank. */
  RANK,
  /** A person: 谁, who. */
  PERSON,
  /** A date or time: 什么时候, when. */
  TIME,
  /** Anything else: what, whether, how. */
  FACT
}
