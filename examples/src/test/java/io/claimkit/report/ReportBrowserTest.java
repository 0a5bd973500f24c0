package io.claimkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.claim.Claim;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.testing.Seeds;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the seeds' report in headless Chromium (Debian's chromium and chromedriver) and reads back what a
 * person sees. Skipped only where Chromium is absent and the CI variable is not set; under CI it must run.
 */
class ReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static List<Extraction> extractions;
  private static ChromeDriver browser;
  private static Path profile;
  private static Path page;

  @BeforeAll
  static void open() throws IOException {
    boolean runs = Files.isExecutable(CHROMIUM) || System.getenv("CI") != null;
    String why = "ReportBrowserTest skipped: no " + CHROMIUM + " and not under CI (install Debian's chromium and"
        + " chromium-driver, as .ci/run does, to run it)";
    if (!runs) {
      System.err.println(why); // surefire counts a skipped class but does not say why
    }
    Assumptions.assumeTrue(runs, why);
    ClaimPipeline pipeline = ClaimPipeline.builder().backend(CoreNlpBackend.shared()).build();
    extractions = Seeds.documents().stream().map(pipeline::extract).toList();
    page = Files.createTempFile("claimkit-report", ".html");
    Files.writeString(page, HtmlReport.render(extractions), StandardCharsets.UTF_8);

    profile = Files.createTempDirectory("claimkit-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1500,2700", "--hide-scrollbars");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  /** Each test starts from the page as loaded, with nothing selected. */
  @BeforeEach
  void load() {
    browser.get(page.toUri().toString());
  }

  @AfterAll
  static void close() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (page != null) {
      Files.deleteIfExists(page);
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void theHighlightedSpansOfEveryClaimAreTheClaimsText() {
    int checked = 0;
    for (int d = 0; d < extractions.size(); d++) {
      List<Claim> claims = extractions.get(d).claims();
      for (int i = 0; i < claims.size(); i++) {
        Object shown =
            script(
                "return Array.from(document.querySelectorAll('#doc' + arguments[0] + ' .seg[data-c]'))"
                    + ".filter(s => s.dataset.c.split(' ').includes(String(arguments[1])))"
                    + ".map(s => s.textContent).join('');",
                d,
                i);
        assertThat(shown).as("doc %d claim %d", d, i).isEqualTo(claims.get(i).text());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(21);
  }

  @Test
  void eachArticleShowsItsRawTextUnchangedAndItsClaimsColouredByType() {
    for (int d = 0; d < extractions.size(); d++) {
      Object text = script("return document.querySelector('#doc' + arguments[0] + ' .text').textContent;", d);
      assertThat(text).isEqualTo(extractions.get(d).document().text());
    }
    WebElement quantity = browser.findElement(By.cssSelector("#doc0 .seg.anchor.t-quantity"));
    assertThat(quantity.getText()).isEqualTo("at least 151");
    assertThat(quantity.getCssValue("background-color")).isEqualTo("rgba(227, 236, 252, 1)");
    assertThat(browser.findElements(By.cssSelector("#doc0 .badge, #doc1 .badge"))).hasSize(21);
    assertThat(browser.findElements(By.cssSelector("tr.pair"))).hasSize(4);
  }

  @Test
  void selectingAClaimShowsItsValueAndLinksItsPartner() throws IOException {
    browser.findElement(By.cssSelector("#doc0 .seg.anchor.t-quantity")).click();
    String inspector = browser.findElement(By.id("inspector")).getText();
    assertThat(inspector)
        .contains("A \u00b7 Q1")
        .contains("[151, \u221e)")
        .contains("at_least")
        .contains("U.S. military positions in Iraq and Syria have been attacked")
        .contains("quantity.event-count")
        .contains("agree");
    Object partner =
        script("return Array.from(document.querySelectorAll('#doc1 .seg.partner')).map(s => s.textContent).join('');");
    Claim rewrite =
        extractions.get(1).claims().stream().filter(c -> c.text().startsWith("Militia attacks")).findFirst().orElseThrow();
    assertThat(partner).isEqualTo(rewrite.text());
    Path shot = Path.of("target", "report.png");
    Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(shot)).isPositive();
  }

  private static Object script(String code, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(code, args);
  }
}
