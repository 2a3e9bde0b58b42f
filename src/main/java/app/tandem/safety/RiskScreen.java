package app.tandem.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Screens free text for signs of suicidal thoughts, self-harm or overdose intent, in English, Spanish, German,
 * French, Portuguese and Russian. Text and patterns are normalised alike (case, accents, letters repeated for
 * emphasis, punctuation), so "I want to DIEEE" and "quiero morír" match. Patterns need a self-reference or an
 * unambiguous phrase, so idioms such as "this traffic is killing me", "dead tired" or "I cut my hair" do not;
 * where a phrase is ambiguous but plausible ("I can't go on"), it errs towards showing help.
 */
public final class RiskScreen {

	private final List<Rule> rules = new ArrayList<>();

	public RiskScreen() {
		// English
		suicide("suicid\\w*+(?! prevention| awareness| squad)", "\\bkms\\b", "kil{1,2}(ing)? ?my ?self", "kill me now", "unaliv\\w*", "end(ing)? my life",
				"end(ing)? it all", "take my (own )?life", "(want|wanna|ready) (to )?die",
				"wish i (was|were) dead", "better off dead", "better off without me", "do ?n?t want to (live|be alive)",
				"dont want to (live|be alive)", "no reason to live", "(do ?n?t|never) want to wake up",
				"can ?t go on", "cant go on", "hang my ?self", "jump off (a|the) (bridge|building|roof)",
				"not be here anymore", "disappear forever");
		selfHarm("(hurt|harm|cut|cutt|burn)(ing)? ?my ?self", "self ?harm\\w*");
		overdose("overdos\\w*", "\\bod on\\b", "take all (of )?my (pills|meds|medication|tablets)",
				"swallow all (of )?my", "stockpil\\w* (my )?(pills|meds|medication|tablets)",
				"saving up (my )?(pills|meds)");
		// Spanish
		suicide("(?<!va a )matarme", "quitarme la vida", "quiero morir\\w*", "no quiero (vivir|seguir viviendo)",
				"acabar con (todo|mi vida)", "mejor muert[oa]", "no vale la pena vivir");
		selfHarm("hacerme dano", "me (quiero |voy a )?hacer dano", "lastimarme", "cortarme (?!el pelo|las unas)", "autolesion\\w*");
		overdose("sobredosis", "tomarme todas las pastillas", "tomar todas (mis|las) pastillas");
		// German
		suicide("selbstmord\\w*", "mich umbringen", "bringe? mich um", "mir das leben nehmen", "will sterben",
				"mochte sterben", "nicht mehr leben", "besser tot", "suizid\\w*");
		selfHarm("mich ritzen", "ritze mich", "mir weh ?tun", "mich selbst verletzen", "selbstverletz\\w*");
		overdose("uberdosis", "alle (meine )?tabletten (nehmen|schlucken)");
		// French
		suicide("me suicider", "(?<!va )(?<!vont )me tuer", "en finir", "mettre fin a mes jours", "veux mourir", "envie de mourir",
				"plus envie de vivre", "mieux mort", "me foutre en l air");
		selfHarm("me faire du mal", "me scarifier", "me mutiler", "me couper (?!les cheveux)");
		overdose("surdose", "prendre tous mes medicaments", "avaler tous mes");
		// Portuguese
		suicide("(?<!vai )me matar", "quero morrer", "nao quero (mais )?viver", "acabar com (tudo|a minha vida|minha vida)",
				"tirar (a )?minha (propria )?vida", "melhor mort[oa]");
		selfHarm("me machucar", "me cortar(?! o cabelo)", "me ferir", "automutila\\w*");
		overdose("tomar todos os (meus )?remedios", "tomar todos os (meus )?comprimidos");
		// Russian
		suicide("суицид\\w*", "самоубийств\\w*", "покончить с собои", "убить себя", "убью себя", "хочу умереть",
				"не хочу жить", "не хочу больше жить", "лучше бы я умер\\w*");
		selfHarm("порезать себя", "режу себя", "резать себя", "причинить себе вред", "селфхарм\\w*");
		overdose("передозировк\\w*", "выпить все таблетки", "выпью все таблетки");
	}

	/** The first risk the text shows signs of, or empty. */
	public Optional<RiskSignal> screen(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String normalized = normalize(text);
		String transliterated = normalized.replace("ae", "a").replace("oe", "o").replace("ue", "u");
		return rules.stream()
			.filter(rule -> rule.pattern().matcher(normalized).find() || rule.pattern().matcher(transliterated).find())
			.map(Rule::signal)
			.findFirst();
	}

	/**
	 * Lower case, accents and apostrophes dropped, letters repeated 3+ times cut to one, punctuation as spaces;
	 * German umlauts written as ae/oe/ue are matched through a second, transliterated form.
	 */
	static String normalize(String text) {
		String lower = stripMarks(text).replace("’", "").replace("'", "");
		String collapsed = lower.replaceAll("(\\p{L})\\1{2,}", "$1");
		return " " + collapsed.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
	}

	private static String stripMarks(String text) {
		return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private void suicide(String... patterns) {
		add(RiskSignal.SUICIDE, patterns);
	}

	private void selfHarm(String... patterns) {
		add(RiskSignal.SELF_HARM, patterns);
	}

	private void overdose(String... patterns) {
		add(RiskSignal.OVERDOSE, patterns);
	}

	private void add(RiskSignal signal, String... patterns) {
		for (String pattern : patterns) {
			rules.add(new Rule(signal, Pattern.compile(stripMarks(pattern), Pattern.UNICODE_CHARACTER_CLASS)));
		}
	}

	private record Rule(RiskSignal signal, Pattern pattern) {
	}

}
