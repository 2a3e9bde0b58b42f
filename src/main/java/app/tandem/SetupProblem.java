package app.tandem;

/**
 * A problem an operator must fix before Tandem can start (a missing token, a malformed config file).
 * Its message is one clear line; {@link SetupProblemReporter} prints just that line, without a stack trace.
 */
public class SetupProblem extends RuntimeException {

	public SetupProblem(String message) {
		super(message);
	}

	public SetupProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
