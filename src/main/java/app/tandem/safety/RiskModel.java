package app.tandem.safety;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A second opinion beside the rules: a logistic regression over the words, word pairs and letter groups of a
 * normalised message, learnt from the labelled development messages. It reads phrasings no rule names ("i keep
 * picturing the funeral they'd have") and misspellings the typo tolerance does not reach, and answers with a
 * probability. The screen asks directly (the concern tier) when it is high and no rule fired.
 * <p>
 * Features are hashed into a fixed table, so the model is a plain array of weights; learning is deterministic
 * (fixed seed). Thread-safe once built.
 */
final class RiskModel {

	/**
	 * How the model learns.
	 *
	 * @param runs how many times it learns, each pass over the examples in another order (seed, seed + 1, …); the
	 * model is their average (a linear model's average reads as the average of their scores). One run's weights depend
	 * on the order it met the examples in: adding or removing two messages moved what it flags by a percent or two
	 */
	record Settings(int bits, int epochs, double learningRate, double l2, double riskWeight, long seed, int runs) {
	}

	/** One labelled message, as the screen's normalised sentences. */
	record Example(List<String> sentences, boolean risky) {
	}

	private final float[] weights;

	private final double bias;

	private final int mask;

	private RiskModel(float[] weights, double bias) {
		this.weights = weights;
		this.bias = bias;
		this.mask = weights.length - 1;
	}

	/** Learns a model from labelled examples: the average of {@link Settings#runs} runs. */
	static RiskModel train(List<Example> examples, Settings settings) {
		int size = 1 << settings.bits();
		int mask = size - 1;
		List<int[]> features = new ArrayList<>(examples.size());
		for (Example example : examples) {
			features.add(concatenated(example.sentences(), mask));
		}
		float[] weights = new float[size];
		double bias = 0;
		for (int run = 0; run < settings.runs(); run++) {
			RiskModel learnt = trainOnce(examples, features, settings, settings.seed() + run);
			for (int i = 0; i < size; i++) {
				weights[i] += learnt.weights[i] / settings.runs();
			}
			bias += learnt.bias / settings.runs();
		}
		return new RiskModel(weights, bias);
	}

	private static RiskModel trainOnce(List<Example> examples, List<int[]> features, Settings settings, long seed) {
		int size = 1 << settings.bits();
		float[] weights = new float[size];
		double[] squares = new double[size];
		double bias = 0;
		double biasSquares = 0;
		Integer[] order = new Integer[examples.size()];
		Arrays.setAll(order, i -> i);
		Random random = new Random(seed);
		for (int epoch = 0; epoch < settings.epochs(); epoch++) {
			shuffle(order, random);
			for (int index : order) {
				int[] hashed = features.get(index);
				double value = 1 / Math.sqrt(Math.max(1, hashed.length));
				double score = bias;
				for (int feature : hashed) {
					score += weights[feature] * value;
				}
				boolean risky = examples.get(index).risky();
				double gradient = (sigmoid(score) - (risky ? 1 : 0)) * (risky ? settings.riskWeight() : 1);
				for (int feature : hashed) {
					double g = gradient * value + settings.l2() * weights[feature];
					squares[feature] += g * g;
					weights[feature] -= (float) (settings.learningRate() * g / Math.sqrt(squares[feature] + 1e-8));
				}
				biasSquares += gradient * gradient;
				bias -= settings.learningRate() * gradient / Math.sqrt(biasSquares + 1e-8);
			}
		}
		return new RiskModel(weights, bias);
	}

	/**
	 * A model that reads every message alike, with the given probability: for checking what the screen does with a
	 * reading, apart from what a learnt model happens to read.
	 */
	static RiskModel constant(double probability) {
		return new RiskModel(new float[2], Math.log(probability / (1 - probability)));
	}

	/** Writes the model: the size of its table, its bias and its weights, exactly. */
	void writeTo(DataOutputStream out) throws IOException {
		out.writeInt(weights.length);
		out.writeDouble(bias);
		for (float weight : weights) {
			out.writeFloat(weight);
		}
	}

	/** Reads a model {@link #writeTo written} before; the same weights, bit for bit. */
	static RiskModel readFrom(DataInputStream in) throws IOException {
		int size = in.readInt();
		if (size <= 0 || size > (1 << 24) || Integer.bitCount(size) != 1) {
			throw new IOException("not a model's table size: " + size);
		}
		double bias = in.readDouble();
		float[] weights = new float[size];
		for (int i = 0; i < size; i++) {
			weights[i] = in.readFloat();
		}
		return new RiskModel(weights, bias);
	}

	/** Whether the other model has the same weights and bias, bit for bit. */
	boolean sameAs(RiskModel other) {
		return Arrays.equals(weights, other.weights) && Double.compare(bias, other.bias) == 0;
	}

	/**
	 * The highest probability over the message read whole and read two sentences at a time, so one risky sentence
	 * in a long note is not drowned by the rest.
	 */
	double highest(List<String> sentences) {
		int count = sentences.size();
		double[] sums = new double[count];
		int[] lengths = new int[count];
		double total = 0;
		int length = 0;
		for (int i = 0; i < count; i++) {
			for (int feature : features(sentences.get(i), mask)) {
				sums[i] += weights[feature];
				lengths[i]++;
			}
			total += sums[i];
			length += lengths[i];
		}
		double best = score(total, length);
		for (int i = 0; i + 1 < count; i++) {
			best = Math.max(best, score(sums[i] + sums[i + 1], lengths[i] + lengths[i + 1]));
		}
		if (count > 1) {
			best = Math.max(best, score(sums[count - 1], lengths[count - 1]));
		}
		return sigmoid(best);
	}

	private double score(double sum, int length) {
		return bias + sum / Math.sqrt(Math.max(1, length));
	}

	/** The features of each sentence, one after the other (a feature may repeat across sentences). */
	static int[] concatenated(List<String> sentences, int mask) {
		List<int[]> each = new ArrayList<>(sentences.size());
		int length = 0;
		for (String sentence : sentences) {
			int[] features = features(sentence, mask);
			each.add(features);
			length += features.length;
		}
		int[] all = new int[length];
		int at = 0;
		for (int[] features : each) {
			System.arraycopy(features, 0, all, at, features.length);
			at += features.length;
		}
		return all;
	}

	/**
	 * A normalised sentence's words, word pairs and letter groups (3 to 5 letters, the word's edges marked), hashed,
	 * each once.
	 */
	static int[] features(String sentence, int mask) {
		String padded = " " + sentence.strip() + " ";
		int[] found = new int[padded.length() * 5];
		int count = 0;
		int wordStart = 1;
		int previousStart = -1;
		int previousEnd = -1;
		for (int i = 1; i < padded.length(); i++) {
			if (padded.charAt(i) != ' ') {
				continue;
			}
			if (i > wordStart) {
				found[count++] = hash('w', padded, wordStart, i, mask);
				found[count++] = (previousStart < 0) ? hash('s', padded, wordStart, i, mask)
						: hash('b', padded, previousStart, i, mask);
				for (int n = 3; n <= 5; n++) {
					for (int from = wordStart - 1; from + n <= i + 1; from++) {
						found[count++] = hash((char) ('0' + n), padded, from, from + n, mask);
					}
				}
				previousStart = wordStart;
				previousEnd = i;
			}
			wordStart = i + 1;
		}
		if (previousStart >= 0) {
			found[count++] = hash('e', padded, previousStart, previousEnd, mask);
		}
		return Arrays.stream(found, 0, count).distinct().toArray();
	}

	/** A hash of a kind of feature and a piece of the sentence, spread over the table. */
	private static int hash(char kind, String text, int from, int to, int mask) {
		int h = kind;
		for (int i = from; i < to; i++) {
			h = 31 * h + text.charAt(i);
		}
		h ^= (h >>> 16);
		h *= 0x85ebca6b;
		h ^= (h >>> 13);
		h *= 0xc2b2ae35;
		h ^= (h >>> 16);
		return h & mask;
	}

	private static double sigmoid(double score) {
		return 1 / (1 + Math.exp(-score));
	}

	private static void shuffle(Integer[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Integer swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
	}

}
