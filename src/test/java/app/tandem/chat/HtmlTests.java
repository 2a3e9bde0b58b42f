package app.tandem.chat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTests {

	@Test
	void shouldEscapeWhatAPersonTypedSoItShowsVerbatim() {
		assertThat(Html.escape("3 < 5 & <b>")).isEqualTo("3 &lt; 5 &amp; &lt;b&gt;");
		assertThat(Html.escape(null)).isEmpty();
	}

	@Test
	void shouldKeepEveryWordButNoMarkupWhenAMessageMustGoWithout() {
		assertThat(Html.withoutMarkup("<b>Call</b> <a href=\"tel:112\">112</a><br>now &amp; here &#8212; 3 < 5"))
			.isEqualTo("Call 112now &amp; here — 3 &lt; 5");
		assertThat(Html.withoutMarkup("R&D &quot;fine&quot;")).isEqualTo("R&amp;D \"fine\"");
		assertThat(Html.withoutMarkup(null)).isNull();
	}

}
