package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The screen's own files on the class path (training parts, word lists, answers), read line by line. */
final class SafetyResources {

	private SafetyResources() {
	}

	/** The resource's lines, without blank lines and {@code #} comments; fails if the application lacks it. */
	static List<String> lines(String resource) {
		try (InputStream in = SafetyResources.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the application");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
