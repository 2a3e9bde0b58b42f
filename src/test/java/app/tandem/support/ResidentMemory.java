package app.tandem.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory, read from {@code /proc} (Linux); -1 where it cannot be read. */
public final class ResidentMemory {

	private ResidentMemory() {
	}

	/** {@code VmRSS} (now) or {@code VmHWM} (the most ever) of a process, in megabytes. */
	public static long megabytes(String process, String field) {
		try {
			return Files.readAllLines(Path.of("/proc", process, "status"))
				.stream()
				.filter(line -> line.startsWith(field + ":"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
