package app.tandem.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs sections into messages of at most Telegram's 4,096 characters, breaking between sections (or, for a
 * section too long on its own, between lines, never inside one), and numbers the parts when there are several.
 */
final class MessageSplitter {

	static final int LIMIT = 4096;

	private static final int PART_LABEL = 16;

	private MessageSplitter() {
	}

	static List<String> split(List<String> sections) {
		return split(sections, LIMIT);
	}

	static List<String> split(List<String> sections, int limit) {
		int room = limit - PART_LABEL;
		List<String> pieces = new ArrayList<>();
		for (String section : sections) {
			if (section.length() <= room) {
				pieces.add(section);
			}
			else {
				pieces.addAll(byLines(section, room));
			}
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String piece : pieces) {
			if (current.length() > 0 && current.length() + 2 + piece.length() > room) {
				parts.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append("\n\n");
			}
			current.append(piece);
		}
		if (current.length() > 0) {
			parts.add(current.toString());
		}
		if (parts.size() == 1) {
			return parts;
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			numbered.add("(" + (i + 1) + "/" + parts.size() + ")\n" + parts.get(i));
		}
		return numbered;
	}

	private static List<String> byLines(String section, int room) {
		List<String> chunks = new ArrayList<>();
		StringBuilder chunk = new StringBuilder();
		for (String line : section.split("\n")) {
			String piece = (line.length() > room) ? line.substring(0, room - 1) + "…" : line;
			if (chunk.length() > 0 && chunk.length() + 1 + piece.length() > room) {
				chunks.add(chunk.toString());
				chunk.setLength(0);
			}
			if (chunk.length() > 0) {
				chunk.append('\n');
			}
			chunk.append(piece);
		}
		if (chunk.length() > 0) {
			chunks.add(chunk.toString());
		}
		return chunks;
	}

}
