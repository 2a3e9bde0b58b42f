package app.tandem.safety;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model the build learns and ships: a start reads it instead of learning it, and it must be exactly the model a
 * start would learn from the files beside it.
 */
class LearntModelFileTests {

	@TempDir
	Path folder;

	@Test
	void shouldShipExactlyTheModelThatLearningFromTheShippedFilesGives() {
		RiskScreen withoutModel = new RiskScreen(screen -> new CompletableFuture<>());

		RiskModel learnt = TrainedModel.learn(withoutModel.secondOpinion());

		assertThat(LearntModelFile.shipped()).as("the model the build wrote to " + LearntModelFile.RESOURCE)
			.hasValueSatisfying(shipped -> assertThat(shipped.sameAs(learnt)).isTrue());
	}

	@Test
	void shouldReadBackTheWeightsItWroteBitForBit() throws IOException {
		RiskModel model = aSmallModel();
		Path file = folder.resolve("model.bin");

		LearntModelFile.write(model, file);

		try (InputStream in = Files.newInputStream(file)) {
			assertThat(LearntModelFile.read(in, LearntModelFile.fingerprint()))
				.hasValueSatisfying(read -> assertThat(read.sameAs(model)).isTrue());
		}
	}

	@Test
	void shouldNotUseAFileLearntFromOtherFiles() throws IOException {
		Path file = folder.resolve("model.bin");
		LearntModelFile.write(aSmallModel(), file);

		try (InputStream in = Files.newInputStream(file)) {
			assertThat(LearntModelFile.read(in, "a rules or training file edited since")).isEmpty();
		}
	}

	/** A damaged file is refused (and {@link LearntModelFile#shipped()} then has none: the model is learnt at start). */
	@Test
	void shouldRefuseADamagedFile() throws IOException {
		Path file = folder.resolve("model.bin");
		LearntModelFile.write(aSmallModel(), file);
		byte[] bytes = Files.readAllBytes(file);
		byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

		try (InputStream in = new ByteArrayInputStream(cut)) {
			assertThatThrownBy(() -> LearntModelFile.read(in, LearntModelFile.fingerprint()))
				.isInstanceOf(IOException.class);
		}
	}

	private static RiskModel aSmallModel() {
		return RiskModel.train(List.of(new RiskModel.Example(List.of(" i want to die "), true),
				new RiskModel.Example(List.of(" i want to dance "), false)), new RiskModel.Settings(8, 3, 0.5, 1e-6, 1.0, 7L, 1));
	}

}
