package app.tandem.support;

import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each end-to-end test: Telegram refused none of the calls the bot made during it (a text over 4,096
 * characters, HTML that does not parse, callback data over 64 bytes, an edit of a message that does not exist). A
 * refused message never reaches the person, so the test fails, naming the call and Telegram's answer, whatever else
 * it checked. An edit that changes nothing ("message is not modified") is Telegram's 400 too, but harmless: Tandem
 * takes it as done, so it is not counted here.
 */
public final class NoRefusedCalls implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoRefusedCalls.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		context.getStore(NAMESPACE).put("before", EndToEnd.bot().refusals().size());
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<FakeBotApi.Refusal> all = EndToEnd.bot().refusals();
		int before = context.getStore(NAMESPACE).getOrDefault("before", Integer.class, 0);
		List<FakeBotApi.Refusal> refused = all.subList(before, all.size())
			.stream()
			.filter(refusal -> !refusal.description().contains("message is not modified"))
			.toList();
		if (!refused.isEmpty()) {
			throw new AssertionError("Telegram would have refused " + refused.size() + " call(s) of the bot; the first: "
					+ refused.get(0).call().method() + " " + refused.get(0).call().params() + ": "
					+ refused.get(0).description());
		}
	}

}
