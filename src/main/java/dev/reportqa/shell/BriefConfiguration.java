package dev.reportqa.shell;

import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.BriefMarkdown;
import dev.reportqa.brief.BriefSummarizer;
import dev.reportqa.brief.BriefWording;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.brief.FigureExtractor;
import dev.reportqa.llm.ChatModels;
import dev.reportqa.llm.LlmBriefSummarizer;
import dev.reportqa.llm.LlmSettings;
import dev.reportqa.llm.PromptFiles;
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
    return new FigureExtractor();
  }

  /**
   * Offline, no prose summary: briefs stay deterministic. In LLM mode, a summary written by the
   * model and verified like answers (its lines the brief's, its figures in the passages it cites);
   * the brief builder checks its lines once more.
   */
  @Bean
  BriefSummarizer briefSummarizer(LlmSettings settings, ReportQaProperties properties) {
    if (!settings.enabled()) {
      return BriefSummarizer.NONE;
    }
    return new LlmBriefSummarizer(
        ChatModels.create(settings), PromptFiles.load(properties.prompts()));
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
