package app.tandem.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline keyboard: rows of buttons under a message.
 */
public record Keyboard(List<List<Button>> rows) {

	public Keyboard {
		rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
	}

	public static Keyboard of(Button... oneRow) {
		return new Keyboard(List.of(List.of(oneRow)));
	}

	public static Keyboard column(List<Button> buttons) {
		return new Keyboard(buttons.stream().map(List::of).toList());
	}

	/** Lays out buttons in rows of at most {@code perRow}. */
	public static Keyboard grid(List<Button> buttons, int perRow) {
		List<List<Button>> rows = new ArrayList<>();
		for (int i = 0; i < buttons.size(); i += perRow) {
			rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
		}
		return new Keyboard(rows);
	}

	public Keyboard withRow(Button... row) {
		List<List<Button>> all = new ArrayList<>(rows);
		all.add(List.of(row));
		return new Keyboard(all);
	}

	/** One button: what the user reads, and the data Tandem gets back when it is pressed (at most 64 bytes). */
	public record Button(String label, String data) {
	}

}
