package app.tandem.safety;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A list of patterns and the texts each cannot match without ({@link RequiredLiterals}), all in one automaton
 * (Aho–Corasick): one pass over a sentence tells which patterns may match it, and only those are tried. A pattern
 * whose needed texts cannot be told is a candidate for every sentence, so the answers are those of trying every
 * pattern, only sooner.
 */
final class PatternIndex {

	/**
	 * How much of a needed text the automaton spells out: its beginning is needed as much as the whole of it, and
	 * spelling out whole phrases took most of the heap the screen holds (half a million nodes, about 70 MB).
	 */
	private static final int MAX_LITERAL = 8;

	/** Latin and Cyrillic letters, and all below them. */
	private static final int DIRECT = 0x0500;

	private final List<Pattern> patterns;

	/** The patterns tried on every sentence. */
	private final BitSet always = new BitSet();

	/** False for the plain path: every pattern is a candidate for every sentence. */
	private final boolean indexed;

	private final Node root = new Node();

	/** Where each letter below {@link #DIRECT} leads from the root: the step taken most often, without a search. */
	private final Node[] fromRoot = new Node[DIRECT];

	private PatternIndex(List<Pattern> patterns, boolean indexed) {
		this.patterns = List.copyOf(patterns);
		this.indexed = indexed;
		for (int i = 0; i < this.patterns.size(); i++) {
			Set<String> needed = indexed ? RequiredLiterals.of(this.patterns.get(i)) : null;
			if (needed == null) {
				always.set(i);
				continue;
			}
			for (String literal : needed) {
				root.add(literal, i);
			}
		}
		root.link();
		for (char c = 0; c < DIRECT; c++) {
			fromRoot[c] = root.child(c);
		}
	}

	/** The patterns, indexed by the texts they need. */
	static PatternIndex of(List<Pattern> patterns) {
		return new PatternIndex(patterns, true);
	}

	/** The patterns, every one tried on every sentence (the plain path, to compare the index against). */
	static PatternIndex plain(List<Pattern> patterns) {
		return new PatternIndex(patterns, false);
	}

	/** @param indexed false for the plain path: every pattern a candidate for every sentence */
	static PatternIndex of(List<Pattern> patterns, boolean indexed) {
		return new PatternIndex(patterns, indexed);
	}

	List<Pattern> patterns() {
		return patterns;
	}

	/** The positions of the patterns that may match the text; the others cannot. */
	BitSet candidates(String text) {
		BitSet candidates = (BitSet) always.clone();
		if (!indexed) {
			return candidates;
		}
		Node node = root;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Node next = (node == root && c < DIRECT) ? fromRoot[c] : node.child(c);
			while (next == null && node != root) {
				node = node.fail;
				next = (node == root && c < DIRECT) ? fromRoot[c] : node.child(c);
			}
			node = (next != null) ? next : root;
			for (Node out = node.output; out != null; out = out.fail.output) {
				for (int pattern : out.patterns) {
					candidates.set(pattern);
				}
			}
		}
		return candidates;
	}

	/** Whether any of the patterns finds a match in the text. */
	boolean anyFinds(String text) {
		BitSet candidates = candidates(text);
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			if (patterns.get(i).matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	private static final class Node {

		private static final char[] NO_KEYS = new char[0];

		private static final Node[] NO_NEXT = new Node[0];

		private static final int[] NO_PATTERNS = new int[0];

		/** While the automaton is built; then read as {@link #keys} and {@link #next}. */
		Map<Character, Node> children = new HashMap<>();

		/** The letters that lead on from here, in order, and where each leads. */
		char[] keys = NO_KEYS;

		Node[] next = NO_NEXT;

		/** The patterns that need a literal ending here. */
		int[] patterns = NO_PATTERNS;

		/** The longest proper suffix of this node's text that is a node too. */
		Node fail;

		/** The nearest node down the fail links (this one included) that ends a literal, or null. */
		Node output;

		void add(String literal, int pattern) {
			Node node = this;
			for (int i = 0; i < Math.min(literal.length(), MAX_LITERAL); i++) {
				node = node.children.computeIfAbsent(literal.charAt(i), k -> new Node());
			}
			for (int known : node.patterns) {
				if (known == pattern) {
					return;
				}
			}
			node.patterns = Arrays.copyOf(node.patterns, node.patterns.length + 1);
			node.patterns[node.patterns.length - 1] = pattern;
		}

		/** Sets the fail and output links, breadth first from the root (this). */
		void link() {
			Queue<Node> queue = new ArrayDeque<>();
			fail = this;
			output = null;
			for (Node child : children.values()) {
				child.fail = this;
				child.output = (child.patterns.length > 0) ? child : null;
				queue.add(child);
			}
			while (!queue.isEmpty()) {
				Node node = queue.remove();
				for (Map.Entry<Character, Node> entry : node.children.entrySet()) {
					char c = entry.getKey();
					Node child = entry.getValue();
					Node fallback = node.fail;
					while (fallback != this && !fallback.children.containsKey(c)) {
						fallback = fallback.fail;
					}
					Node target = fallback.children.get(c);
					child.fail = (target != null && target != child) ? target : this;
					child.output = (child.patterns.length > 0) ? child : child.fail.output;
					queue.add(child);
				}
			}
			freeze();
		}

		private void freeze() {
			if (children.isEmpty()) {
				children = null;
				return;
			}
			keys = new char[children.size()];
			next = new Node[children.size()];
			int i = 0;
			for (char c : new TreeSet<>(children.keySet())) {
				keys[i] = c;
				next[i++] = children.get(c);
			}
			children.values().forEach(Node::freeze);
			children = null;
		}

		/** Where the letter leads from here, or null. */
		Node child(char c) {
			if (keys.length <= 8) {
				for (int i = 0; i < keys.length; i++) {
					if (keys[i] == c) {
						return next[i];
					}
				}
				return null;
			}
			int at = Arrays.binarySearch(keys, c);
			return (at >= 0) ? next[at] : null;
		}

	}

}
