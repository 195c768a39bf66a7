package dev.reportqa.shell;

import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.BriefMarkdown;
import dev.reportqa.brief.BriefSummarizer;
import dev.reportqa.brief.BriefWording;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.brief.FigureExtractor;
import dev.reportqa.query.QueryAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the brief stage: figures, topic briefs and their export. */
@Configuration(proxyBeanMethods = false)
class BriefConfiguration {

  @Bean
  BriefWording briefWording(ReportQaProperties properties) {
    return BriefWording.load(properties.prompts());
  }

  @Bean
  FigureExtractor figureExtractor(QueryAnalyzer analyzer) {
    return new FigureExtractor(analyzer.cues());
  }

  /**
   * No prose summary: briefs stay deterministic and offline. LLM mode replaces this bean with a
   * summarizer whose output the brief builder checks against the brief's lines.
   */
  @Bean
  BriefSummarizer briefSummarizer() {
    return BriefSummarizer.NONE;
  }

  @Bean
  BriefBuilder briefBuilder(
      QueryAnalyzer analyzer, FigureExtractor extractor, BriefSummarizer summarizer) {
    return new BriefBuilder(analyzer, extractor, summarizer);
  }

  @Bean
  BriefMarkdown briefMarkdown(BriefWording wording) {
    return new BriefMarkdown(wording);
  }

  @Bean
  FigureExport figureExport(BriefWording wording) {
    return new FigureExport(wording);
  }
}
