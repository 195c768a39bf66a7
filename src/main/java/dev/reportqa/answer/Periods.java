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
  private final List<String> reviewTitles;
  private final List<String> planTitles;

  public Periods(CueLexicon cues) {
    this.targetWords = cues.words(Language.ZH, CueLexicon.Category.TARGET);
    this.achievedWords = cues.words(Language.ZH, CueLexicon.Category.ACHIEVED);
    this.reviewTitles = cues.words(Language.ZH, CueLexicon.Category.REVIEWPART);
    this.planTitles = cues.words(Language.ZH, CueLexicon.Category.PLANPART);
  }

  /** The period of a sentence: by its part's title, else by its own words. */
  public Frame of(Unit unit) {
    if (!unit.sectionTitles().isEmpty()) {
      String title = unit.sectionTitles().get(0);
      Frame section = ofWords(title, planTitles, reviewTitles);
      if (section == Frame.UNSPECIFIED) {
        section = ofWords(title, targetWords, achievedWords);
      }
      if (section != Frame.UNSPECIFIED) {
        return section;
      }
    }
    return ofWords(unit.text(), targetWords, achievedWords);
  }

  private static Frame ofWords(String text, List<String> target, List<String> achieved) {
    boolean t = target.stream().anyMatch(text::contains);
    boolean a = achieved.stream().anyMatch(text::contains);
    if (t == a) {
      return Frame.UNSPECIFIED;
    }
    return t ? Frame.TARGET : Frame.ACHIEVED;
  }
}
