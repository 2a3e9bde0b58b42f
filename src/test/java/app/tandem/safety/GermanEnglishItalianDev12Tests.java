package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * German, English and Italian phrasings the rules alarmed on (dev12 round), read by the rules alone (no model):
 * someone else's words or acts reported by the writer, recovery told as over (a counter, old letters destroyed,
 * scars shown, a past time of life), and everyday talk; each with a present-risk counterpart that must be heard.
 */
class GermanEnglishItalianDev12Tests extends RulesAlone {

	@Test
	void shouldNotAlarmOnSomeoneElsesWordsOrActsReportedButStillOnTheWritersOwn() {
		assertQuiet("my cousin said he was going to end it all tonight, i called his mum and the police",
				"my neighbour told me she took too many pills on purpose, i rang an ambulance",
				"my gran keeps saying you'd all be better off without me. i booked her a doctor",
				"his boyfriend is cutting again, we rang the helpline together",
				"Der Obdachlose vor dem Bahnhof sagt, er will einschlafen und nicht mehr aufwachen.",
				"Meine Nachbarin hat erzählt, dass sie alles beenden will, ich hab den Notruf gewählt",
				"nel suo quaderno ho trovato frasi tipo voglio morire, ho chiamato la scuola");
		assertRisk("my cousin said he was going to end it all tonight and honestly so do i", RiskTier.CRISIS);
		assertRisk("my brother texted that he wants to die and i want to die too", RiskTier.CRISIS);
		assertRisk("my neighbour told me she took too many pills on purpose and i took too many pills too", RiskTier.URGENT);
		assertRisk("Er sagte, er will nicht mehr leben, und ich will auch nicht mehr", RiskTier.CONCERN);
		assertRisk("Hab meiner Freundin gesagt, sie soll den Hund nehmen, ich will nicht mehr leben", RiskTier.CONCERN);
		assertRisk("nel suo quaderno ho trovato frasi tipo voglio morire, e anch'io voglio morire", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnRecoveryToldAsOverButStillWhenItIsBackTonight() {
		assertQuiet("i haven't had a single urge to cut in over a year now",
				"the tracks were on my mind every night after the funeral. that's all behind me, four years clean now",
				"Meine alten Abschiedsbriefe hab ich heute zerrissen, zusammen mit der Therapeutin.",
				"Die schlimme Zeit mit den Suizidgedanken hab ich überstanden.",
				"ai miei studenti racconto che a sedici anni ho provato a uccidermi.",
				"la voglia di farla finita che avevo all'università adesso mi fa tenerezza",
				"ho mostrato le cicatrici a mia figlia e le ho spiegato di quando mi tagliavo");
		assertRisk("i haven't had an urge to cut in months but tonight i did", RiskTier.CRISIS);
		assertRisk("the tracks are on my mind every night. i'm going to do it tonight", RiskTier.CRISIS);
		assertRisk("Ich will mich umbringen, die Zeit hab ich nicht überstanden", RiskTier.CRISIS);
		assertRisk("a sedici anni ho provato a uccidermi e stasera voglio rifarlo", RiskTier.CRISIS);
		assertRisk("la voglia di farla finita che avevo ieri è di nuovo qui", RiskTier.CRISIS);
		assertRisk("mi tagliavo e stasera ricomincio", RiskTier.CRISIS);
	}

	@Test
	void shouldNotAlarmOnEverydayTalkOrMedicationAsPrescribedButStillOnTheSameWordsMeantPlainly() {
		assertQuiet("my laptop is on 3 percent and about to die", "da schneid ich mir eine Scheibe ab",
				"heut steh i am dach und deck ziegel, passt scho", "nel film ci sono molti suicidi, non l'ho finito",
				"ho preso tutte le compresse in un colpo, me l'ha detto la dottoressa",
				"metto da parte le confezioni di litio perché vado otto mesi in Cina per lavoro",
				"ciao a tutti, sparisco per un po' da whatsapp, tutto bene");
		assertRisk("my laptop is dead and i want to kill myself", RiskTier.CRISIS);
		assertRisk("ich schneid mir die Arme auf", RiskTier.CRISIS);
		assertRisk("ich steh auf dem Dach und spring gleich runter", RiskTier.CRISIS);
		assertRisk("ho preso tutte le compresse in un colpo per morire", RiskTier.URGENT);
		assertRisk("tengo da parte le pillole per prenderle tutte in una volta", RiskTier.CRISIS);
	}

	@Test
	void shouldHearOverdosesPlansAndGoodbyesToldInPassingButNotTheirEverydayLookalikes() {
		assertRisk("overdosed on my sertraline an hour ago", RiskTier.URGENT);
		assertRisk("six ciders and then the lithium, the whole blister", RiskTier.URGENT);
		assertRisk("wnt 2 kll mslf tbh", RiskTier.CRISIS);
		assertRisk("got the pils sorted, gonna take thm al 2nite", RiskTier.CRISIS);
		assertRisk("my parents would have an easier life without me", RiskTier.CONCERN);
		assertRisk("i know exactly when i'd do it", RiskTier.CRISIS);
		assertRisk("told him it was just for a few days but it isn't", RiskTier.CONCERN);
		assertRisk("Hab gegoogelt, wo das höchste Parkhaus ist.", RiskTier.CRISIS);
		assertRisk("Ich nehm nur die Hälfte, den Rest leg ich weg.", RiskTier.CRISIS);
		assertRisk("Am Bahnsteig hab ich überlegt, ob ich einfach spring.", RiskTier.CRISIS);
		assertRisk("hab euch alle lieb gehabt", RiskTier.CONCERN);
		assertRisk("drei flaschen wein und dann alle tabletten", RiskTier.CONCERN);
		assertRisk("vogliosolofarlafinita", RiskTier.CRISIS);
		assertRisk("non cercatemi più", RiskTier.CONCERN);
		assertRisk("sono stanca, ho intenzione di addormentarmi per sempre", RiskTier.CRISIS);
		assertQuiet("overdosed on netflix this weekend", "gonna take thm al 2nite, the kids love the swings", "three beers and then the whole packet of crisps",
				"the house would be so much better without me in it this weekend",
				"die höchste Brücke in der Gegend ist die Kochertalbrücke", "hab überlegt ob ich morgen springe beim Fallschirm",
				"hab mit zwei flaschen wasser und dann die tabletten genommen", "hab euch alle lieb, bis morgen",
				"il cane mi fissa come se volesse uccidermi 😂", "che ci sto a fare qui in ufficio alle otto di sera",
				"il testamento l'ho fatto dal notaio, ho deciso di lasciare la casa ai nipoti");
	}

}
