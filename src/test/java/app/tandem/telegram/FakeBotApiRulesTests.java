package app.tandem.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi;
import app.tandem.outbox.BotApi.Outcome;
import app.tandem.outbox.OutboxProperties;
import app.tandem.support.FakeBotApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake Bot API refuses what Telegram refuses, with Telegram's 400 and description, through the real telegrambots
 * client: so an end-to-end test that sends a text Telegram would not deliver fails instead of passing. And what
 * Tandem does when Telegram cannot parse a message's HTML: it sends it again without markup.
 */
class FakeBotApiRulesTests {

	private static final String TOKEN = "5151515:TEST_token_for_the_fake_bot_api_rules";

	private static final long CHAT = 51_515;

	private final FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);

	private final BotApi api = new TelegramBotApi(client());

	@Test
	void shouldTakeATextOf4096CharactersAndRefuseOneCharacterMore() {
		assertThat(send("x".repeat(4096))).isInstanceOf(Outcome.Ok.class);
		assertThat(send("x".repeat(4097))).isEqualTo(new Outcome.Rejected(400, "Bad Request: message is too long"));
	}

	@Test
	void shouldCountTheTextAfterItsHtmlIsReadAsTelegramDoes() {
		// 4,000 letters in bold tags and 96 ampersands written as entities: 4,096 characters on the screen
		assertThat(send("<b>" + "x".repeat(4000) + "</b>" + "&amp;".repeat(96))).isInstanceOf(Outcome.Ok.class);
		// an emoji outside the Basic Multilingual Plane counts twice, as in UTF-16
		assertThat(send("🙂".repeat(2049))).isEqualTo(new Outcome.Rejected(400, "Bad Request: message is too long"));
	}

	@Test
	void shouldRefuseHtmlTelegramCannotParse() {
		assertThat(refusalOf("line<br>next")).startsWith("Bad Request: can't parse entities: Unsupported start tag \"br\"");
		assertThat(refusalOf("mood 3 < 5")).startsWith("Bad Request: can't parse entities: Unsupported start tag \"\"");
		assertThat(refusalOf("<b>bold")).startsWith("Bad Request: can't parse entities: Can't find end tag");
		assertThat(refusalOf("<b>bold</i>")).startsWith("Bad Request: can't parse entities: Unmatched end tag");
		int refused = bot.refusals().size();
		assertThat(send("salt &amp; pepper, R&D, 3 &lt; 5 &#8212; fine")).isInstanceOf(Outcome.Ok.class);
		assertThat(bot.refusals()).hasSize(refused);
	}

	/**
	 * Tandem's side: a message whose HTML Telegram cannot parse is sent once more without markup, its buttons kept,
	 * so the person still reads every word of it.
	 */
	@Test
	void shouldSendAgainWithoutMarkupWhatTelegramCannotParse() {
		Keyboard keyboard = Keyboard.of(new Keyboard.Button("Call 116 123", "crisis:call"));

		Outcome outcome = api.call(CHAT, new OutboundMessage.Text("<b>Samaritans</b><br>116 123 & more < here", keyboard))
			.join();

		assertThat(outcome).isInstanceOf(Outcome.Ok.class);
		FakeBotApi.Call delivered = bot.calls().get(bot.calls().size() - 1);
		assertThat(delivered.params().path("text").asText()).isEqualTo("Samaritans116 123 &amp; more &lt; here");
		assertThat(delivered.buttonLabels()).containsExactly("Call 116 123");
	}

	@Test
	void shouldSendAnEditAndACaptionAgainWithoutMarkupToo() {
		int messageId = ((Outcome.Ok) send("first")).messageId();

		assertThat(api.call(CHAT, new OutboundMessage.EditText(messageId, "second<br>", null)).join())
			.isEqualTo(new Outcome.Ok(messageId));
		assertThat(api.call(CHAT, new OutboundMessage.Document(new byte[] { 1 }, "report.pdf", "<p>Report</p>")).join())
			.isInstanceOf(Outcome.Ok.class);
		assertThat(bot.calls().get(bot.calls().size() - 1).text()).isEqualTo("Report");
	}

	@Test
	void shouldRefuseCallbackDataOver64Bytes() {
		Keyboard fits = Keyboard.of(new Keyboard.Button("ok", "d".repeat(64)));
		Keyboard over = Keyboard.of(new Keyboard.Button("ok", "ä".repeat(33)));

		assertThat(api.call(CHAT, new OutboundMessage.Text("pick", fits)).join()).isInstanceOf(Outcome.Ok.class);
		assertThat(api.call(CHAT, new OutboundMessage.Text("pick", over)).join())
			.isEqualTo(new Outcome.Rejected(400, "Bad Request: BUTTON_DATA_INVALID"));
	}

	@Test
	void shouldAnswerAnEditWithTheMessageAndAnEditThatChangesNothingAsTelegramDoes() {
		int messageId = ((Outcome.Ok) send("first")).messageId();

		assertThat(api.call(CHAT, new OutboundMessage.EditText(messageId, "second", null)).join())
			.isEqualTo(new Outcome.Ok(messageId));
		// "message is not modified": nothing to do, which Tandem takes as done
		assertThat(api.call(CHAT, new OutboundMessage.EditText(messageId, "second", null)).join())
			.isInstanceOf(Outcome.Ok.class);
		assertThat(bot.refusals()).last()
			.extracting(FakeBotApi.Refusal::description)
			.asString()
			.startsWith("Bad Request: message is not modified");
		assertThat(rejection(api.call(CHAT, new OutboundMessage.EditText(999_999, "third", null)).join()))
			.isEqualTo("Bad Request: message to edit not found");
	}

	@Test
	void shouldRefuseACaptionOver1024Characters() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G' };
		assertThat(api.call(CHAT, new OutboundMessage.Photo(png, "chart.png", "c".repeat(1024))).join())
			.isInstanceOf(Outcome.Ok.class);
		assertThat(api.call(CHAT, new OutboundMessage.Photo(png, "chart.png", "c".repeat(1025))).join())
			.isEqualTo(new Outcome.Rejected(400, "Bad Request: message caption is too long"));
	}

	private Outcome send(String html) {
		return api.call(CHAT, new OutboundMessage.Text(html)).join();
	}

	/** Sends the text and returns why Telegram refused it (Tandem then sends it again without markup). */
	private String refusalOf(String html) {
		int before = bot.refusals().size();
		send(html);
		assertThat(bot.refusals()).hasSizeGreaterThan(before);
		return bot.refusals().get(before).description();
	}

	private static String rejection(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
		return ((Outcome.Rejected) outcome).reason();
	}

	private static org.telegram.telegrambots.meta.generics.TelegramClient client() {
		TelegramProperties properties = new TelegramProperties(TOKEN, URI.create(FakeBotApi.shared().baseUrl()),
				Duration.ofSeconds(30), null);
		OutboxProperties outbox = new OutboxProperties(25, 1, 3, Duration.ofSeconds(1), Duration.ofSeconds(30),
				Duration.ofHours(24), 500, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(30));
		TelegramConfiguration configuration = new TelegramConfiguration();
		return configuration.telegramClient(properties, configuration.telegramUrl(properties), outbox);
	}

}
