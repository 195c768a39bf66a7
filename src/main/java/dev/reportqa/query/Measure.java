package dev.reportqa.query;

/** The kind of figure a question expects when it says so: "多少亿元", "多少人", "什么比例". */
public enum Measure {
  /** A count of things: 几个, 多少家, how many (people counted too). */
  COUNT,
  MONEY,
  PEOPLE,
  RATE,
  AREA,
  /** The question does not say; any figure may answer. */
  ANY
}
