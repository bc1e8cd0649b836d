package dev.seatline.billing.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void replacesWhatXmlDoesNotAllow() {
    assertThat(Html.escape("a\u0000b\u0001c\td\ne\uFFFEf\uD800g"))
        .isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFDf\uFFFDg");
  }

  @Test
  void keepsSurrogatePairs() {
    assertThat(Html.escape("\uD83D\uDE00 \u2212")).isEqualTo("\uD83D\uDE00 \u2212");
  }
}
