package app.tandem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTests {

	@Test
	void shouldMaskABotTokenAnywhereInALogLine() {
		String line = "Failed to call https://api.telegram.org/bot6161616:TEST_token_never_to_be_logged/sendMessage";

		assertThat(RedactingMessageConverter.redact(line))
			.isEqualTo("Failed to call https://api.telegram.org/bot<bot-token>/sendMessage");
	}

	@Test
	void shouldLeaveTimesAndIdsAlone() {
		String line = "Update 12345 handled at 12:30:45 for chat 987654321";

		assertThat(RedactingMessageConverter.redact(line)).isEqualTo(line);
	}

}
