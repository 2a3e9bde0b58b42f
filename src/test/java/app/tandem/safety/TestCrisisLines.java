package app.tandem.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Crisis lines read from a small file written for one test, as the operator would write it.
 */
final class TestCrisisLines {

	static final String DIRECTORY = "https://findahelpline.com";

	/** Germany with one line and an emergency note; the United Kingdom with one line and no note. */
	static final String GERMANY_AND_UK = """
			countries:
			  - code: DE
			    name: Germany
			    emergency: "112"
			    emergencyNote: 110 police
			    lines:
			      - name: TelefonSeelsorge
			        phone: 0800 111 0 111
			        hours: 24/7
			        source: https://www.telefonseelsorge.de
			        verified: 2026-11-01
			  - code: GB
			    name: United Kingdom
			    emergency: "999"
			    lines:
			      - name: Samaritans
			        phone: 116 123
			        hours: 24/7
			        source: https://www.samaritans.org
			        verified: 2026-11-01
			""";

	private TestCrisisLines() {
	}

	static CrisisLines read(Path folder, String yaml) {
		try {
			Path file = Files.writeString(folder.resolve("crisis-lines.yml"), yaml);
			CrisisLinesProperties properties = new CrisisLinesProperties(file, folder.resolve("none.yml"),
					Period.ofMonths(12), DIRECTORY);
			return new CrisisLines(properties, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
