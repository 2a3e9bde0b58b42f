package app.tandem.conversation;

/**
 * The data behind a button: {@code flow:step:value} for a step's answer, or {@code cmd:name} for a shortcut to a
 * command. A pressed button whose flow and step are no longer the chat's current ones has closed.
 */
public record ButtonData(String flow, String step, String value) {

	static final String COMMAND = "cmd";

	public static String of(String flow, String step, String value) {
		return flow + ":" + step + ":" + value;
	}

	public static String command(String name) {
		return COMMAND + "::" + name;
	}

	/** A shortcut to a command with arguments, e.g. {@code /edit 2026-11-28}. */
	public static String command(String name, String arguments) {
		return COMMAND + "::" + name + " " + arguments;
	}

	/** For a command shortcut: the command's name. */
	public String commandName() {
		int space = value.indexOf(' ');
		return (space < 0) ? value : value.substring(0, space);
	}

	/** For a command shortcut: its arguments, or empty. */
	public String commandArguments() {
		int space = value.indexOf(' ');
		return (space < 0) ? "" : value.substring(space + 1);
	}

	public static ButtonData parse(String data) {
		String[] parts = (data != null) ? data.split(":", 3) : new String[0];
		return new ButtonData(part(parts, 0), part(parts, 1), part(parts, 2));
	}

	public boolean isCommand() {
		return COMMAND.equals(flow);
	}

	private static String part(String[] parts, int index) {
		return (parts.length > index) ? parts[index] : "";
	}

}
