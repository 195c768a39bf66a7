package dev.reportqa.answer;

import dev.reportqa.chunk.Unit;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Language;
import java.util.List;

/**
 * The period a sentence speaks of. Work reports keep the two apart by part: the review of the first
 * half (一、上半年工作回顾) reports achievements, the work plan (二、下半年主要工作) sets targets. So the top-level
 * title decides, read with the same cue words as questions; where it says neither (三、切实加强政府自身建设),
 * the sentence's own words do (力争, 确保 …).
 */
public final class Periods {

  private final List<String> targetWords;
  private final List<String> achievedWords;

  public Periods(CueLexicon cues) {
    this.targetWords = cues.words(Language.ZH, CueLexicon.Category.TARGET);
    this.achievedWords = cues.words(Language.ZH, CueLexicon.Category.ACHIEVED);
  }

  public Frame of(Unit unit) {
    if (!unit.sectionTitles().isEmpty()) {
      Frame section = ofText(unit.sectionTitles().get(0));
      if (section != Frame.UNSPECIFIED) {
        return section;
      }
    }
    return ofText(unit.text());
  }

  private Frame ofText(String text) {
    boolean target = targetWords.stream().anyMatch(text::contains);
    boolean achieved = achievedWords.stream().anyMatch(text::contains);
    if (target == achieved) {
      return Frame.UNSPECIFIED;
    }
    return target ? Frame.TARGET : Frame.ACHIEVED;
  }
}
