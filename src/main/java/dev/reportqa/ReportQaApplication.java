package dev.reportqa;

import dev.reportqa.shell.ModelPreloader;
import dev.reportqa.shell.StartupFailure;
import dev.reportqa.shell.Utf8Streams;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * report-qa: answers questions about a government work report, quoting it and citing its lines.
 * With no arguments it opens the interactive shell; with arguments it runs one command and exits
 * with 0 (success), 2 (usage error) or 1 (failure).
 */
@SpringBootApplication(proxyBeanMethods = false)
@CommandScan
@ConfigurationPropertiesScan
public class ReportQaApplication {

  public static void main(String[] args) {
    Utf8Streams.install();
    int code;
    try {
      code = SpringApplication.exit(application().run(args));
    } catch (RuntimeException e) {
      // A bad setting or file found while starting: one line, as for a failed command.
      code = StartupFailure.report(e, System.err);
    }
    System.exit(code);
  }

  /**
   * The application with the model preloader: it starts loading the embedding model as soon as the
   * settings are read, and is then a bean the report session takes the model from.
   */
  static SpringApplication application() {
    // The web page (`web`) puts Spring MVC and Tomcat on the class path. Boot's background
    // pre-initializer would warm them up on every start, for nothing (300 classes); it reads this
    // when the application is made. And said here, not only in application.properties: guessed
    // from the class path, the start would make a servlet environment before reading the file.
    System.setProperty("spring.backgroundpreinitializer.ignore", "true");
    ModelPreloader preloader = new ModelPreloader();
    SpringApplication app = new SpringApplication(ReportQaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.addListeners(preloader);
    app.addInitializers(
        context -> context.getBeanFactory().registerSingleton("modelPreloader", preloader));
    return app;
  }
}
