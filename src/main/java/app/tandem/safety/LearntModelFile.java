package app.tandem.safety;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The screen's model as a file, learnt when the application is built ({@code mvn compile} runs {@link #main}) and
 * shipped in {@code safety/model.bin}, so a start reads it in milliseconds instead of spending seconds of CPU learning
 * it. The file carries a fingerprint of everything the learning reads: the training parts, the word lists and the
 * classes that shape the model's input, the settings. A file whose fingerprint is not that of the files and classes
 * beside it (a rules or training file edited without a build) is not used: the model is learnt at start, as without a
 * file, so the screen always reads with exactly what those files teach.
 */
public final class LearntModelFile {

	static final String RESOURCE = "/safety/model.bin";

	private static final int FORMAT = 1;

	/** What the model's input depends on besides the training parts. */
	private static final List<String> INPUTS = List.of("/safety/screen/stopwords.txt",
			"/safety/screen/medications.rules", "/app/tandem/safety/ScreenText.class",
			"/app/tandem/safety/SecondOpinion.class", "/app/tandem/safety/RiskModel.class",
			"/app/tandem/safety/TrainedModel.class", "/app/tandem/safety/StopWords.class",
			"/app/tandem/safety/RiskScreen.class", "/app/tandem/safety/FuzzyWords.class",
			"/app/tandem/safety/ScreenRules.class");

	private LearntModelFile() {
	}

	/** The model shipped with the application, if there is one and it was learnt from the files beside it. */
	static Optional<RiskModel> shipped() {
		try (InputStream in = LearntModelFile.class.getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in, fingerprint()) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty(); // a damaged file: learnt at start instead
		}
	}

	static Optional<RiskModel> read(InputStream file, String fingerprint) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(file)));
		if (in.readInt() != FORMAT || !in.readUTF().equals(fingerprint)) {
			return Optional.empty();
		}
		return Optional.of(RiskModel.readFrom(in));
	}

	static void write(RiskModel model, Path file) throws IOException {
		write(model, file, fingerprint());
	}

	private static void write(RiskModel model, Path file, String fingerprint) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path written = file.resolveSibling(file.getFileName() + ".tmp");
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(written))))) {
			out.writeInt(FORMAT);
			out.writeUTF(fingerprint);
			model.writeTo(out);
		}
		Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** A digest of the settings and of every file and class the learning reads. */
	static String fingerprint() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((FORMAT + "|" + TrainedModel.SETTINGS + "|" + TrainedModel.TRAINING_MEDICATIONS)
				.getBytes(StandardCharsets.UTF_8));
			for (String part : TrainedModel.parts()) {
				add(digest, "/safety/training/" + part);
			}
			add(digest, "/safety/training/parts.txt");
			for (String input : INPUTS) {
				add(digest, input);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void add(MessageDigest digest, String resource) {
		try (InputStream in = LearntModelFile.class.getResourceAsStream(resource)) {
			digest.update(resource.getBytes(StandardCharsets.UTF_8));
			digest.update((in != null) ? in.readAllBytes() : new byte[] { 0 });
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Learns the model and writes it to the file given, unless the file there was learnt from the same files already.
	 * Run by the build ({@code exec-maven-plugin} in {@code process-classes}), after the classes are compiled.
	 */
	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		String fingerprint = fingerprint();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				if (read(in, fingerprint).isPresent()) {
					return;
				}
			}
			catch (IOException ex) {
				// a damaged file: learnt again below
			}
		}
		RiskScreen screen = new RiskScreen(withoutModel -> new CompletableFuture<>());
		write(TrainedModel.learn(screen.secondOpinion()), file, fingerprint);
	}

}
