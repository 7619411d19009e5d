package policy

// glossaryTexts explains every code a verdict can carry, keyed "kind:code". The glossary enumerates the
// codes from package match; a code without an entry here shows missingMark, and the tests fail.
var glossaryTexts = map[string]tr{
	"decision:approve": {"The details match: the payment is completed.", "Die Angaben stimmen überein: Die Zahlung wird abgeschlossen."},
	"decision:decline": {
		"A deciding detail does not match: the payment is cancelled and the customer is told which detail to correct.",
		"Eine entscheidende Angabe stimmt nicht überein: Die Zahlung wird storniert, und der Kunde erfährt, welche Angabe er korrigieren muss.",
	},
	"decision:review": {
		"Nothing contradicts, but a required detail is missing or unusable (or a name fell in the review band): a person checks the payment.",
		"Nichts widerspricht, aber eine nötige Angabe fehlt oder ist unbrauchbar (oder ein Name liegt im Prüfbereich): Eine Person prüft die Zahlung.",
	},

	"status:match":    {"Both sides are present and the same, after the tolerances.", "Beide Seiten sind vorhanden und gleich, nach den Toleranzen."},
	"status:mismatch": {"Both sides are present and differ, or a date of birth is invalid.", "Beide Seiten sind vorhanden und verschieden, oder ein Geburtsdatum ist ungültig."},
	"status:missing":  {"Empty or a placeholder on at least one side.", "Auf mindestens einer Seite leer oder ein Platzhalter."},
	"status:unusable": {"Text on at least one side is not usable and was not compared.", "Text auf mindestens einer Seite ist unbrauchbar und wurde nicht verglichen."},
	"status:partial": {
		"A date of birth known only to the year or month, and the same at that precision; decides nothing.",
		"Ein Geburtsdatum, das nur bis zum Jahr oder Monat bekannt ist und in dieser Genauigkeit gleich ist; entscheidet nichts.",
	},

	"reason:exact":           {"The values are identical.", "Die Werte sind identisch."},
	"reason:case":            {"Equal apart from upper and lower case.", "Gleich bis auf Groß- und Kleinschreibung."},
	"reason:accents":         {"Equal without accents.", "Gleich ohne Akzente."},
	"reason:sharp-s":         {"ß written as ss.", "ß als ss geschrieben."},
	"reason:letters":         {"æ œ ø ł đ ð þ written as plain letters.", "æ œ ø ł đ ð þ als einfache Buchstaben geschrieben."},
	"reason:umlaut-spelling": {"ä ö ü written as ae oe ue (or a o u) on the other side.", "ä ö ü auf der anderen Seite als ae oe ue (oder a o u) geschrieben."},
	"reason:punctuation":     {"Apostrophes, hyphens, dots and similar marks ignored.", "Apostrophe, Bindestriche, Punkte und ähnliche Zeichen übergangen."},
	"reason:spacing":         {"Spaces differ, or the names are equal without spaces.", "Leerzeichen unterscheiden sich, oder die Namen sind ohne Leerzeichen gleich."},
	"reason:title":           {"A title (Dr, Herr, …) or suffix (Jr, III) was dropped.", "Ein Titel (Dr, Herr, …) oder Zusatz (Jr, III) entfiel."},
	"reason:invisible":       {"Invisible characters were removed.", "Unsichtbare Zeichen wurden entfernt."},
	"reason:compat":          {"Special letter forms (full-width, ligatures) folded.", "Sonderformen von Buchstaben (volle Breite, Ligaturen) vereinheitlicht."},
	"reason:fuzzy":           {"Similar at or above the threshold, but not equal.", "Ähnlich ab der Schwelle, aber nicht gleich."},
	"reason:extra-names":     {"One side has extra names (middle name, second surname).", "Eine Seite hat zusätzliche Namen (Zweitname, zweiter Nachname)."},
	"reason:initials":        {"An initial stands for a name on the other side.", "Eine Initiale steht für einen Namen auf der anderen Seite."},
	"reason:swapped":         {"First and last name are exchanged between the records.", "Vor- und Nachname sind zwischen den Datensätzen vertauscht."},
	"reason:split":           {"The full name is split differently between first and last name.", "Der vollständige Name ist anders auf Vor- und Nachname verteilt."},
	"reason:different":       {"The values differ beyond the tolerance.", "Die Werte weichen über die Toleranz hinaus ab."},
	"reason:prefix":          {"One name is only the beginning of the other: not a match.", "Ein Name ist nur der Anfang des anderen: keine Übereinstimmung."},
	"reason:initials-only":   {"Only initials line up with the other side's names: not a match.", "Nur Initialen entsprechen den Namen der anderen Seite: keine Übereinstimmung."},
	"reason:reformatted":     {"The same date written in another format.", "Dasselbe Datum in einem anderen Format."},
	"reason:ambiguous-order": {
		"A date reads two ways (digits day first or month first, or a month word that names different months in two languages); on a match, one reading agrees.",
		"Ein Datum lässt sich zweifach lesen (Ziffern mit Tag oder Monat zuerst, oder ein Monatsname, der in zwei Sprachen verschiedene Monate meint); bei Übereinstimmung stimmt eine Lesart.",
	},
	"reason:day-month-swapped": {
		"The dates differ only by day and month being exchanged.",
		"Die Daten unterscheiden sich nur durch vertauschten Tag und Monat.",
	},
	"reason:invalid-date":   {"A date of birth is impossible, in the future, before 1900 or unreadable.", "Ein Geburtsdatum ist unmöglich, liegt in der Zukunft, vor 1900 oder ist unlesbar."},
	"reason:partial":        {"A date of birth is known only to the year or month.", "Ein Geburtsdatum ist nur bis zum Jahr oder Monat bekannt."},
	"reason:placeholder":    {"A placeholder value that counts as missing (n/a, null, unknown, a test name, a name with no letter, a zero date of birth such as 0000-00-00, …).", "Ein Platzhalter, der als fehlend gilt (n/a, null, unknown, ein Testname, ein Name ohne Buchstaben, ein Nulldatum wie 0000-00-00, …)."},
	"reason:empty":          {"The value is empty.", "Der Wert ist leer."},
	"reason:mixed-script":   {"A word mixes alphabets (Latin with Cyrillic look-alikes, …).", "Ein Wort mischt Schriften (Lateinisch mit kyrillischen Doppelgängern, …)."},
	"reason:invalid-utf8":   {"The text has a broken character encoding.", "Der Text hat eine fehlerhafte Zeichenkodierung."},
	"reason:control-char":   {"The text contains control characters.", "Der Text enthält Steuerzeichen."},
	"reason:too-long":       {"The text is longer than 256 characters.", "Der Text ist länger als 256 Zeichen."},
	"reason:too-many-marks": {"The text has a flood of accent marks on one letter.", "Der Text hat eine Häufung von Akzentzeichen auf einem Buchstaben."},
	"reason:review-band":    {"The similarity is below the threshold but inside the review band.", "Die Ähnlichkeit liegt unter der Schwelle, aber im Prüfbereich."},
	// Policy 2 and the transliteration option (other branches): the texts wait here for the codes.
	"reason:replacement-char": {
		"The text holds the replacement character (�): letters were lost by an earlier program.",
		"Der Text enthält das Ersatzzeichen (�): Buchstaben gingen in einem früheren Programm verloren.",
	},
	"reason:transliterated": {
		"Matched through a transliteration of Cyrillic or Greek letters into Latin ones.",
		"Übereinstimmung über eine Umschrift kyrillischer oder griechischer Buchstaben in lateinische.",
	},

	"flag:invisible-removed": {"Invisible characters were removed from a value.", "Unsichtbare Zeichen wurden aus einem Wert entfernt."},
	"flag:mixed-script":      {"A value mixes alphabets in one word; it was not mapped to look-alike letters.", "Ein Wert mischt Schriften in einem Wort; er wurde nicht auf Doppelgänger-Buchstaben abgebildet."},
	"flag:placeholder-dob":   {"A date of birth is a placeholder: text or a zero date (counted as missing), or 1900-01-01 or 1970-01-01 (compared as usual).", "Ein Geburtsdatum ist ein Platzhalter: Text oder ein Nulldatum (gilt als fehlend) oder 1900-01-01 bzw. 1970-01-01 (wird wie üblich verglichen)."},
}
