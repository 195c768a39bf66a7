package dev.reportqa.query;

/** The period a question is about, the core difficulty of these reports. */
public enum Frame {
  /** What was achieved so far: 上半年, 今年以来, first half. */
  ACHIEVED,
  /** What is aimed at: 全年, 下半年, 力争, 目标, target, goal, plan. */
  TARGET,
  /** Not said; the achieved figure is preferred and labelled as such. */
  UNSPECIFIED
}
