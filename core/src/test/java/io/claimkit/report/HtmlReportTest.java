package io.claimkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.testing.CrudeBackend;
import io.claimkit.text.Document;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report as a library feature: one self-contained page that shows each article's raw text unchanged. */
class HtmlReportTest {

  private static final ClaimPipeline PIPELINE = ClaimPipeline.builder().backend(new CrudeBackend()).build();

  private static final String FIRST =
      "Flood waters forced about 2,500 residents from their homes on Monday, officials said.\n\n"
          + "The river rose 3 metres in a day & crews worked <through> the night.";
  private static final String SECOND =
      "More than 2,000 people left their homes, the regional governor said on Monday.";

  private static final Pattern ARTICLE_TEXT =
      Pattern.compile("<article class=\"doc\" id=\"doc(\\d+)\".*?<div class=\"text\">(.*?)</div>\n</article>", Pattern.DOTALL);

  @Test
  void eachArticleShowsItsRawTextUnchangedUnderTheMarkup() {
    List<Extraction> extractions =
        List.of(PIPELINE.extract(Document.of("a.txt", FIRST)), PIPELINE.extract(Document.of("b.txt", SECOND)));
    String html = HtmlReport.render(extractions);

    Matcher article = ARTICLE_TEXT.matcher(html);
    int shown = 0;
    while (article.find()) {
      String text = unescape(article.group(2).replaceAll("<[^>]*>", ""));
      assertThat(text).isEqualTo(extractions.get(Integer.parseInt(article.group(1))).document().text());
      shown++;
    }
    assertThat(shown).isEqualTo(2);
  }

  @Test
  void thePageFetchesNothing() {
    String html = HtmlReport.render(List.of(PIPELINE.extract(Document.of("a.txt", FIRST))));
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContainPattern("(?i)<(script|img|link|iframe)[^>]+(src|href)=");
    assertThat(html).doesNotContainPattern("(?i)url\\(\\s*['\"]?https?:");
  }

  @Test
  void everyClaimGetsABadgeLabelledByItsTypeInTextOrder() {
    Extraction extraction = PIPELINE.extract(Document.of("a.txt", FIRST));
    String html = HtmlReport.render(List.of(extraction));
    List<String> labels =
        Pattern.compile("class=\"badge t-(\\w+)[^\"]*\" data-claim=\"\\d+\" data-label=\"(\\w+)\"").matcher(html).results()
            .map(m -> m.group(1) + ":" + m.group(2)).toList();
    assertThat(labels).hasSize(extraction.claims().size()).isNotEmpty();
    assertThat(labels).allSatisfy(l -> assertThat(l.split(":")[1]).startsWith(l.substring(0, 1).toUpperCase()));
  }

  @Test
  void aReportNeedsAnArticle() {
    assertThatThrownBy(() -> HtmlReport.render(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
