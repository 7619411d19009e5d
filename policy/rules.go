package policy

import (
	"fmt"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
)

// sectionDoc is a heading the rules are grouped under.
type sectionDoc struct {
	id           string
	title, intro tr
}

// sections lists the document's sections in order.
var sections = []sectionDoc{
	{"names-prepared", tr{"Names: how they are prepared", "Namen: wie sie aufbereitet werden"}, tr{
		"Both records are prepared the same way before they are compared, so that spelling conventions do not count as differences. The steps run in this order.",
		"Beide Datensätze werden vor dem Vergleich gleich aufbereitet, damit Schreibweisen nicht als Unterschied zählen. Die Schritte laufen in dieser Reihenfolge.",
	}},
	{"names-compared", tr{"Names: when two names match", "Namen: wann zwei Namen übereinstimmen"}, tr{
		"First name and last name are compared field by field. A field matches when the similarity or one of the tolerance rules below says so.",
		"Vorname und Nachname werden Feld für Feld verglichen. Ein Feld stimmt überein, wenn die Ähnlichkeit oder eine der folgenden Toleranzregeln es ergibt.",
	}},
	{"dob", tr{"Date of birth", "Geburtsdatum"}, tr{
		"Dates of birth are read as calendar dates (year, month, day) in whatever format they are written, never shifted to another time zone and never completed from today's date.",
		"Geburtsdaten werden als Kalenderdaten (Jahr, Monat, Tag) gelesen, gleich in welchem Format sie geschrieben sind; sie werden nie in eine andere Zeitzone verschoben und nie aus dem heutigen Datum ergänzt.",
	}},
	{"decision", tr{"The decision", "Die Entscheidung"}, tr{
		"Each field ends as match, mismatch, missing, unusable or (date of birth only) partial. The decision follows from the fields.",
		"Jedes Feld endet als Übereinstimmung, Abweichung, fehlend, unbrauchbar oder (nur beim Geburtsdatum) teilweise. Die Entscheidung folgt aus den Feldern.",
	}},
}

// exampleDoc is one example comparison: two records and the field the example is about.
type exampleDoc struct {
	field              match.Field
	merchant, provider match.Record
	minPolicy          int            // shown from this policy version on
	want               match.Decision // the decision under the default policy (see is)
}

// The decisions the examples state, for short.
const (
	approve = match.Approve
	decline = match.Decline
	review  = match.Review
)

// is states the decision the example has under the default policy; a test holds every example to it, so
// a rule's text and its examples cannot contradict what the matcher does.
func (e exampleDoc) is(d match.Decision) exampleDoc { e.want = d; return e }

// since marks an example that shows behaviour of policy version n and later.
func (e exampleDoc) since(n int) exampleDoc { e.minPolicy = n; return e }

// first is an example about the first name, the last names equal.
func first(m, p string) exampleDoc {
	return exampleDoc{field: match.FirstName,
		merchant: match.Record{FirstName: m, LastName: "Mustermann"}, provider: match.Record{FirstName: p, LastName: "Mustermann"}}
}

// last is an example about the last name, the first names equal.
func last(m, p string) exampleDoc {
	return exampleDoc{field: match.LastName,
		merchant: match.Record{FirstName: "Max", LastName: m}, provider: match.Record{FirstName: "Max", LastName: p}}
}

// whole is an example of both names, about field f.
func whole(f match.Field, mFirst, mLast, pFirst, pLast string) exampleDoc {
	return exampleDoc{field: f,
		merchant: match.Record{FirstName: mFirst, LastName: mLast}, provider: match.Record{FirstName: pFirst, LastName: pLast}}
}

// dates is an example about the date of birth, the names equal.
func dates(m, p string) exampleDoc {
	return exampleDoc{field: match.DOB,
		merchant: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: m},
		provider: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: p}}
}

// emails is an example about the email address, the names equal.
func emails(m, p string) exampleDoc {
	return exampleDoc{field: match.Email,
		merchant: match.Record{FirstName: "Max", LastName: "Mustermann", Email: m},
		provider: match.Record{FirstName: "Max", LastName: "Mustermann", Email: p}}
}

// ruleDoc describes one rule of the policy. A rule that a bool field of match.Options switches names
// that field in option (the settings table then lists the field with the rule's title and
// optionMeaning): adding an option that turns a rule on or off is one ruleDoc.
type ruleDoc struct {
	id            string
	section       string
	title         tr
	plain         tr                // the rule's text, when it does not depend on the options
	text          func(*ctx) string // the rule's text built from the options in effect (instead of plain)
	reasons       []match.Reason    // the reason codes a verdict shows when the rule applied
	option        string            // the bool field of match.Options that switches the rule; "" for none
	onWhen        bool              // the value of option that turns the rule on (false for the Disable… fields)
	optionMeaning tr                // what the switch does, for the settings table
	setting       string            // a non-bool setting the rule depends on (shown as Rule.Option)
	onFn          func(*ctx) bool   // with setting: whether the rule is on
	examples      []exampleDoc
	minPolicy     int // described from this policy version on
}

// defaultOn reports whether a switchable rule is on under the default policy (its option's zero value).
func (r *ruleDoc) defaultOn() bool { return !r.onWhen }

// rules lists every rule in document order.
var rules = []ruleDoc{
	// Names: how they are prepared.
	{
		id: "unusable", section: "names-prepared",
		title: tr{"Unusable text is set aside", "Unbrauchbarer Text wird nicht verglichen"},
		plain: tr{
			"A name that is not valid text — broken character encoding, the replacement character � that an earlier program leaves where it lost letters, control characters, more than 256 characters, or a flood of accent marks on one letter — is not compared. The field is unusable, and the payment goes to review: a person checks it, the customer cannot fix it.",
			"Ein Name, der kein gültiger Text ist – fehlerhafte Zeichenkodierung, das Ersatzzeichen �, das ein früheres Programm dort hinterlässt, wo es Buchstaben verloren hat, Steuerzeichen, mehr als 256 Zeichen oder eine Häufung von Akzentzeichen auf einem Buchstaben –, wird nicht verglichen. Das Feld ist unbrauchbar, und die Zahlung geht in die Prüfung: Eine Person sieht sie sich an, der Kunde kann es nicht selbst beheben.",
		},
		reasons:  []match.Reason{match.ReasonInvalidUTF8, match.ReasonReplacementChar, match.ReasonControlChar, match.ReasonTooLong, match.ReasonTooManyMarks},
		examples: []exampleDoc{first("Max\a", "Max").is(review), first("Jos\uFFFD", "Jos\uFFFD").since(2).is(review)},
	},
	{
		id: "invisible", section: "names-prepared",
		title: tr{"Invisible characters are removed", "Unsichtbare Zeichen werden entfernt"},
		plain: tr{
			"Characters that cannot be seen (zero-width spaces and joiners, soft hyphens, byte order marks, text direction marks) are removed, and the verdict notes it.",
			"Zeichen, die man nicht sieht (Leerzeichen und Verbinder ohne Breite, weiche Trennstriche, Byte-Order-Marks, Schreibrichtungszeichen), werden entfernt; das Ergebnis vermerkt es.",
		},
		reasons:  []match.Reason{match.ReasonInvisible},
		examples: []exampleDoc{first("Jo\u200Bhannes", "Johannes").is(approve)},
	},
	{
		id: "compat", section: "names-prepared",
		title: tr{"Special forms of letters are folded", "Sonderformen von Buchstaben werden vereinheitlicht"},
		plain: tr{
			"Full-width letters (as Japanese keyboards type them), ligatures (ﬁ) and similar special forms count as the plain letters.",
			"Buchstaben voller Breite (wie japanische Tastaturen sie schreiben), Ligaturen (ﬁ) und ähnliche Sonderformen zählen als die einfachen Buchstaben.",
		},
		reasons:  []match.Reason{match.ReasonCompat},
		examples: []exampleDoc{first("Ｍａｘ", "Max").is(approve)},
	},
	{
		id: "case", section: "names-prepared",
		title: tr{"Upper and lower case do not count", "Groß- und Kleinschreibung zählt nicht"},
		plain: tr{
			"Names are compared without regard to upper and lower case.",
			"Namen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen.",
		},
		reasons:  []match.Reason{match.ReasonCase},
		examples: []exampleDoc{last("MUSTERMANN", "Mustermann").is(approve)},
	},
	{
		id: "accents", section: "names-prepared",
		title: tr{"Accents and special letters", "Akzente und besondere Buchstaben"},
		plain: tr{
			"Accents are removed (à é ñ č ő → a e n c o), ß is written ss, and letters without an accent to remove are written as their plain letters: æ → ae, œ → oe, ø → o, ł → l, đ and ð → d, þ → th.",
			"Akzente werden entfernt (à é ñ č ő → a e n c o), ß wird ss geschrieben, und Buchstaben ohne abtrennbaren Akzent werden als einfache Buchstaben geschrieben: æ → ae, œ → oe, ø → o, ł → l, đ und ð → d, þ → th.",
		},
		reasons: []match.Reason{match.ReasonAccents, match.ReasonSharpS, match.ReasonLetters},
		examples: []exampleDoc{last("Bàuer", "Bauer").is(approve), last("Mussterman", "Mußterman").is(approve),
			first("Łukasz", "Lukasz").is(approve)},
	},
	{
		id: "punctuation", section: "names-prepared",
		title: tr{"Punctuation and spaces", "Satzzeichen und Leerzeichen"},
		plain: tr{
			"Apostrophes are dropped (O'Brien = OBrien); hyphens, dots, commas, underscores and slashes count as spaces; several spaces count as one.",
			"Apostrophe entfallen (O'Brien = OBrien); Bindestriche, Punkte, Kommas, Unterstriche und Schrägstriche zählen als Leerzeichen; mehrere Leerzeichen zählen als eines.",
		},
		reasons:  []match.Reason{match.ReasonPunctuation},
		examples: []exampleDoc{last("O'Brien", "OBrien").is(approve), last("Meyer-Landrut", "Meyer Landrut").is(approve)},
	},
	{
		id: "title", section: "names-prepared",
		title: tr{"Titles and suffixes are dropped", "Titel und Namenszusätze entfallen"},
		plain: tr{
			"A leading title (Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Herr, Frau, Mag, Ing, Dipl, Sir) and a trailing generation suffix (Jr, Sr, II, III, IV) are dropped when another name remains.",
			"Ein vorangestellter Titel (Mr, Mrs, Ms, Miss, Mx, Dr, Prof, Herr, Frau, Mag, Ing, Dipl, Sir) und ein nachgestellter Generationszusatz (Jr, Sr, II, III, IV) entfallen, wenn ein weiterer Name bleibt.",
		},
		reasons:  []match.Reason{match.ReasonTitle},
		examples: []exampleDoc{first("Dr. Max", "Max").is(approve)},
	},
	{
		id: "missing", section: "names-prepared",
		title: tr{"Empty fields and placeholders", "Leere Felder und Platzhalter"},
		text: func(c *ctx) string {
			s := c.t(tr{
				"An empty field, or a placeholder such as n/a, null, none, unknown, xxx or a lone dash, counts as missing; so does a name with no letter at all (only punctuation, symbols, digits or emoji), and punctuation around a placeholder or test word ([null], (test)) does not hide it. A missing name sends the payment to review.",
				"Ein leeres Feld oder ein Platzhalter wie n/a, null, none, unknown, xxx oder ein einzelner Strich gilt als fehlend; ebenso ein Name ganz ohne Buchstaben (nur Satzzeichen, Symbole, Ziffern oder Emoji), und Satzzeichen um einen Platzhalter oder ein Testwort ([null], (test)) verbergen ihn nicht. Ein fehlender Name schickt die Zahlung in die Prüfung.",
			})
			if c.version >= 2 {
				s += " " + c.t(tr{
					"So do test names: a field that is only test, tester, testuser, dummy, asdf or sample, or “Test Test” as first and last name — two placeholder records that agree are no evidence of one person.",
					"Ebenso Testnamen: ein Feld, das nur test, tester, testuser, dummy, asdf oder sample enthält, oder „Test Test“ als Vor- und Nachname – zwei übereinstimmende Platzhalter-Datensätze belegen nicht, dass es dieselbe Person ist.",
				})
			}
			return s
		},
		reasons:  []match.Reason{match.ReasonPlaceholder, match.ReasonEmpty},
		examples: []exampleDoc{first("", "Max").is(review), first("n/a", "Max").is(review), whole(match.FirstName, "Test", "Test", "Test", "Test").since(2).is(review)},
	},
	{
		id: "umlaut-spelling", section: "names-prepared",
		title:  tr{"German umlauts", "Deutsche Umlaute"},
		option: "DisableUmlautSpelling", onWhen: false,
		optionMeaning: tr{
			"Whether ä, ö, ü also match ae, oe, ue and a, o, u.",
			"Ob ä, ö, ü auch mit ae, oe, ue und a, o, u übereinstimmen.",
		},
		plain: tr{
			"A name with ä, ö or ü is also tried as ae, oe, ue and as a, o, u (Müller = Mueller, Müller = Muller). The other direction does not hold: Mueller and Muller, both written without an umlaut, are compared as they are, because reading “ue” as an umlaut would also make Michael = Michal or Samuel = Samul.",
			"Ein Name mit ä, ö oder ü wird auch als ae, oe, ue und als a, o, u versucht (Müller = Mueller, Müller = Muller). Umgekehrt gilt das nicht: Mueller und Muller, beide ohne Umlaut geschrieben, werden so verglichen, wie sie sind, denn „ue“ als Umlaut zu lesen, würde auch Michael = Michal oder Samuel = Samul ergeben.",
		},
		reasons:  []match.Reason{match.ReasonUmlautSpelling},
		examples: []exampleDoc{last("Müller", "Mueller").is(approve), last("Müller", "Muller").is(approve), last("Mueller", "Muller").is(decline)},
	},
	{
		id: "scripts", section: "names-prepared",
		title: tr{"Other alphabets", "Andere Schriften"},
		plain: tr{
			"Names in other alphabets (Cyrillic, Greek, Arabic, Chinese, …) are compared as written; unless the transliteration rule below is on, they are not converted to Latin letters, so a name in Cyrillic does not match its Latin spelling. A word that mixes alphabets (a Latin M with a Cyrillic а) is flagged and never treated as its look-alike.",
			"Namen in anderen Schriften (Kyrillisch, Griechisch, Arabisch, Chinesisch, …) werden so verglichen, wie sie geschrieben sind; sofern die Umschrift-Regel unten nicht an ist, werden sie nicht in lateinische Buchstaben umgeschrieben, ein kyrillisch geschriebener Name stimmt also nicht mit seiner lateinischen Schreibweise überein. Ein Wort, das Schriften mischt (ein lateinisches M mit einem kyrillischen а), wird markiert und nie als sein Doppelgänger behandelt.",
		},
		reasons: []match.Reason{match.ReasonMixedScript},
		examples: []exampleDoc{whole(match.FirstName, "Дмитрий", "Иванов", "Дмитрий", "Иванов").is(approve),
			whole(match.FirstName, "Дмитрий", "Иванов", "Dmitrii", "Ivanov").is(decline), first("M\u0430x", "Max").is(decline)},
	},

	{
		id: "transliteration", section: "names-prepared",
		title:  tr{"Cyrillic and Greek names in Latin letters", "Kyrillische und griechische Namen in lateinischen Buchstaben"},
		option: "Transliterate", onWhen: true,
		optionMeaning: tr{
			"Whether a name in Cyrillic or Greek letters is also compared through its Latin spellings.",
			"Ob ein Name in kyrillischen oder griechischen Buchstaben auch über seine lateinischen Schreibweisen verglichen wird.",
		},
		plain: tr{
			"When this rule is on, a name written in Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian) or Greek letters is also compared with a Latin name on the other side through each widely used way of writing it in Latin letters (passports, national standards, common German, French and English spellings): Дмитрий = Dmitrii = Dmitriy = Dmitry. The usual similarity threshold applies. Nicknames are still not matched (Наталья is not Natasha), and a word that mixes alphabets is never converted.",
			"Wenn diese Regel an ist, wird ein Name in kyrillischen (Russisch, Ukrainisch, Belarussisch, Bulgarisch, Serbisch, Mazedonisch) oder griechischen Buchstaben mit einem lateinisch geschriebenen Namen der anderen Seite auch über jede verbreitete lateinische Schreibweise verglichen (Reisepässe, nationale Normen, übliche deutsche, französische und englische Schreibweisen): Дмитрий = Dmitrii = Dmitriy = Dmitry. Es gilt die übliche Ähnlichkeitsschwelle. Kosenamen werden weiterhin nicht gleichgesetzt (Наталья ist nicht Natascha), und ein Wort, das Schriften mischt, wird nie umgeschrieben.",
		},
		reasons:  []match.Reason{match.ReasonTransliterated},
		examples: []exampleDoc{whole(match.FirstName, "Дмитрий", "Иванов", "Dmitrii", "Ivanov").is(decline)},
	},

	// Names: when two names match.
	{
		id: "similarity", section: "names-compared",
		title: tr{"Similarity", "Ähnlichkeit"},
		text: func(c *ctx) string {
			return fmt.Sprintf(c.t(tr{
				"The similarity of two prepared names is 1 − (the number of letters to insert, delete or replace to turn one into the other) ÷ (the length of the longer name), the Levenshtein similarity. A first name matches at a similarity of at least %s, a last name at %s. At 90%% one typo is tolerated only in names of ten letters or more.",
				"Die Ähnlichkeit zweier aufbereiteter Namen ist 1 − (Zahl der Buchstaben, die man einfügen, löschen oder ersetzen muss, um den einen in den anderen zu verwandeln) ÷ (Länge des längeren Namens), die Levenshtein-Ähnlichkeit. Ein Vorname stimmt ab einer Ähnlichkeit von %s überein, ein Nachname ab %s. Bei 90 %% wird ein Tippfehler erst in Namen ab zehn Buchstaben toleriert.",
			}), c.pct(c.m.Threshold(match.FirstName)), c.pct(c.m.Threshold(match.LastName)))
		},
		reasons: []match.Reason{match.ReasonExact, match.ReasonFuzzy, match.ReasonDifferent},
		examples: []exampleDoc{last("Mustermann", "Mustermann").is(approve), last("Mustermann", "Musterman").is(approve),
			last("Meier", "Meyer").is(decline), first("Jon", "John").is(decline)},
	},
	{
		id: "prefix", section: "names-compared",
		title: tr{"A shortened name is not a match", "Ein gekürzter Name ist keine Übereinstimmung"},
		plain: tr{
			"Being the beginning of the other name earns nothing: only the similarity counts. Max does not match Maximillian and Must does not match Mustermann; the verdict then names the reason prefix.",
			"Der Anfang des anderen Namens zu sein, zählt nicht: Es zählt nur die Ähnlichkeit. Max stimmt nicht mit Maximillian überein und Must nicht mit Mustermann; das Ergebnis nennt dann den Grund prefix.",
		},
		reasons:  []match.Reason{match.ReasonPrefix},
		examples: []exampleDoc{first("Maximillian", "Max").is(decline), last("Must", "Mustermann").is(decline)},
	},
	{
		id: "spacing", section: "names-compared",
		title:  tr{"Spacing", "Zusammen- und Getrenntschreibung"},
		option: "DisableSpacing", onWhen: false,
		optionMeaning: tr{
			"Whether names also compare with their spaces removed.",
			"Ob Namen auch ohne Leerzeichen verglichen werden.",
		},
		plain: tr{
			"Names are also compared with their spaces removed, so Anne-Marie, Anne Marie and Annemarie match.",
			"Namen werden auch ohne Leerzeichen verglichen, sodass Anne-Marie, Anne Marie und Annemarie übereinstimmen.",
		},
		reasons:  []match.Reason{match.ReasonSpacing},
		examples: []exampleDoc{first("Mary-Ann", "Maryann").is(approve), first("Anne-Marie", "Annemarie").is(approve)},
	},
	{
		id: "extra-names", section: "names-compared",
		title:  tr{"Middle names and second surnames", "Zweitnamen und Doppelnamen"},
		option: "DisableExtraNames", onWhen: false,
		optionMeaning: tr{
			"Whether one side may have extra names (a middle name, a second surname).",
			"Ob eine Seite zusätzliche Namen haben darf (einen Zweitnamen, einen zweiten Nachnamen).",
		},
		plain: tr{
			"When every name of the side with fewer names lines up, in order, with a name of the other side, the field matches: Johannes B. Kerner = Johannes Kerner, Max Michael = Max, García = García Márquez. At least one of them must be a full name, not only initials.",
			"Wenn jeder Name der Seite mit weniger Namen der Reihe nach einem Namen der anderen Seite entspricht, stimmt das Feld überein: Johannes B. Kerner = Johannes Kerner, Max Michael = Max, García = García Márquez. Mindestens einer davon muss ein ganzer Name sein, nicht nur Initialen.",
		},
		reasons: []match.Reason{match.ReasonExtraNames},
		examples: []exampleDoc{first("Johannes", "Johannes B.").is(approve), first("Max", "Max Michael").is(approve),
			last("García", "García Márquez").is(approve)},
	},
	{
		id: "initials", section: "names-compared",
		title:  tr{"Initials", "Initialen"},
		option: "DisableInitials", onWhen: false,
		optionMeaning: tr{
			"Whether an initial may stand for a name, within middle names.",
			"Ob eine Initiale für einen Namen stehen darf, innerhalb von Zweitnamen.",
		},
		plain: tr{
			"Within the middle-name rule, a single letter may stand for a name that starts with it: John F. = John Fitzgerald. An initial alone never matches a name: J. is not Johannes.",
			"Innerhalb der Zweitnamen-Regel darf ein einzelner Buchstabe für einen Namen stehen, der mit ihm beginnt: John F. = John Fitzgerald. Eine Initiale allein stimmt nie mit einem Namen überein: J. ist nicht Johannes.",
		},
		reasons:  []match.Reason{match.ReasonInitials, match.ReasonInitialsOnly},
		examples: []exampleDoc{first("John F.", "John Fitzgerald").is(approve), first("J.", "Johannes").is(decline)},
	},
	{
		id: "swapped", section: "names-compared",
		title:  tr{"First and last name swapped", "Vor- und Nachname vertauscht"},
		option: "DisableSwapped", onWhen: false,
		optionMeaning: tr{
			"Whether first and last name may be exchanged between the records.",
			"Ob Vor- und Nachname zwischen den Datensätzen vertauscht sein dürfen.",
		},
		plain: tr{
			"When the merchant's first and last name match the provider's last and first name (under the same rules and thresholds), both fields match.",
			"Wenn Vor- und Nachname beim Händler dem Nach- und Vornamen beim Anbieter entsprechen (nach denselben Regeln und Schwellen), stimmen beide Felder überein.",
		},
		reasons:  []match.Reason{match.ReasonSwapped},
		examples: []exampleDoc{whole(match.FirstName, "Mustermann", "Max", "Max", "Mustermann").is(approve)},
	},
	{
		id: "split", section: "names-compared",
		title:  tr{"Name split differently", "Name anders aufgeteilt"},
		option: "DisableSplit", onWhen: false,
		optionMeaning: tr{
			"Whether a full name split differently between first and last name may match.",
			"Ob ein vollständiger Name, der anders auf Vor- und Nachname aufgeteilt ist, übereinstimmen darf.",
		},
		plain: tr{
			"When first and last name together read the same but are split differently between the two fields, both fields match: Max Michael | Mustermann = Max | Michael Mustermann.",
			"Wenn Vor- und Nachname zusammen gleich lauten, aber anders auf die beiden Felder verteilt sind, stimmen beide Felder überein: Max Michael | Mustermann = Max | Michael Mustermann.",
		},
		reasons: []match.Reason{match.ReasonSplit},
		examples: []exampleDoc{whole(match.FirstName, "Jean", "Pierre Dupont", "Jeanpierre", "Dupont").is(approve),
			whole(match.LastName, "Max Michael", "Mustermann", "Max", "Michael Mustermann").is(approve)},
	},
	{
		id: "nicknames", section: "names-compared",
		title: tr{"No nicknames or sound-alikes", "Keine Kurzformen oder Klangähnlichkeit"},
		plain: tr{
			"Nicknames and short forms (Bill for William) and names that only sound alike are not matched.",
			"Kurz- und Koseformen (Bill für William) und Namen, die nur ähnlich klingen, gelten nicht als Übereinstimmung.",
		},
		examples: []exampleDoc{first("Bill", "William").is(decline)},
	},

	// Date of birth.
	{
		id: "dob-formats", section: "dob",
		title: tr{"Any common format", "Jedes übliche Format"},
		plain: tr{
			"The same date written in another format matches: 2002-09-23, 23.09.2002, 23 September 2002, Sept. 23, 2002, month names in many languages, with or without a time of day after the date.",
			"Dasselbe Datum in einem anderen Format stimmt überein: 2002-09-23, 23.09.2002, 23. September 2002, Sept. 23, 2002, Monatsnamen in vielen Sprachen, mit oder ohne Uhrzeit nach dem Datum.",
		},
		reasons:  []match.Reason{match.ReasonReformatted},
		examples: []exampleDoc{dates("23.09.2002", "2002-09-23").is(approve), dates("5. April 1986", "1986-04-05").is(approve)},
	},
	{
		id: "dob-order", section: "dob",
		title:   tr{"Day and month order", "Reihenfolge von Tag und Monat"},
		setting: "DateOrder",
		text: func(c *ctx) string {
			switch c.o.DateOrder {
			case dob.MDY:
				return c.t(tr{
					"A date in digits that does not start with the year is read month first: 04/05/1986 is 5 April 1986.",
					"Ein Datum in Ziffern, das nicht mit dem Jahr beginnt, wird mit dem Monat zuerst gelesen: 04/05/1986 ist der 5. April 1986.",
				})
			case dob.DMY:
				return c.t(tr{
					"A date in digits that does not start with the year is read day first: 04/05/1986 is 4 May 1986.",
					"Ein Datum in Ziffern, das nicht mit dem Jahr beginnt, wird mit dem Tag zuerst gelesen: 04/05/1986 ist der 4. Mai 1986.",
				})
			}
			s := c.t(tr{
				"A date in digits such as 05/04/1986 can be day first or month first. A number above 12 decides. When both readings are valid dates, the date of birth matches if either reading equals the other side (ambiguous-order).",
				"Ein Datum in Ziffern wie 05/04/1986 kann mit dem Tag oder mit dem Monat beginnen. Eine Zahl über 12 entscheidet. Sind beide Lesarten gültige Daten, stimmt das Geburtsdatum überein, wenn eine der beiden Lesarten der anderen Seite entspricht (ambiguous-order).",
			})
			if c.version >= 2 {
				s += " " + c.t(tr{
					"Dates written with dots (05.04.1986) are always day first: every country that writes dates with dots puts the day first. When both sides are such two-way dates, both are read in the same order.",
					"Datumsangaben mit Punkten (05.04.1986) beginnen immer mit dem Tag: Jedes Land, das Daten mit Punkten schreibt, stellt den Tag voran. Sind beide Seiten solche doppeldeutigen Daten, werden beide in derselben Reihenfolge gelesen.",
				})
			}
			return s
		},
		reasons: []match.Reason{match.ReasonAmbiguousOrder},
		examples: []exampleDoc{dates("05/04/1986", "1986-04-05").is(approve), dates("04/05/1986", "1986-04-05").is(approve),
			dates("06.05.1990", "1990-06-05").since(2).is(decline), dates("04/05/1986", "05/04/1986").since(2).is(decline)},
	},
	{
		id: "dob-swapped", section: "dob",
		title: tr{"Day and month exchanged", "Tag und Monat vertauscht"},
		plain: tr{
			"Two dates that differ only by day and month being exchanged are a mismatch with their own reason, so that the customer's message can ask to check the order of day and month.",
			"Zwei Daten, die sich nur durch vertauschten Tag und Monat unterscheiden, sind eine Abweichung mit eigenem Grund, damit die Nachricht an den Kunden bitten kann, die Reihenfolge von Tag und Monat zu prüfen.",
		},
		reasons:  []match.Reason{match.ReasonDayMonthSwapped},
		examples: []exampleDoc{dates("1986-05-04", "1986-04-05").is(decline)},
	},
	{
		id: "dob-invalid", section: "dob",
		title: tr{"Invalid dates", "Ungültige Daten"},
		plain: tr{
			"A date that does not exist (30 February, month 13), lies in the future, is before 1900, or cannot be read is a mismatch, because the customer can correct it.",
			"Ein Datum, das es nicht gibt (30. Februar, Monat 13), das in der Zukunft oder vor 1900 liegt oder das sich nicht lesen lässt, ist eine Abweichung, weil der Kunde es korrigieren kann.",
		},
		reasons:  []match.Reason{match.ReasonInvalidDate},
		examples: []exampleDoc{dates("1990-02-30", "1990-02-28").is(decline), dates("1986-04-05 garbage", "1986-04-05").is(decline)},
	},
	{
		id: "dob-partial", section: "dob",
		title: tr{"Year or month only", "Nur Jahr oder Monat"},
		plain: tr{
			"A date known only to the year or the month (1986, Sep 1986) is compared at that precision: a different year or month is a mismatch, the same one decides nothing on its own.",
			"Ein Datum, das nur bis zum Jahr oder Monat bekannt ist (1986, Sep 1986), wird in dieser Genauigkeit verglichen: Ein anderes Jahr oder ein anderer Monat ist eine Abweichung, dasselbe entscheidet für sich allein nichts.",
		},
		reasons:  []match.Reason{match.ReasonPartial},
		examples: []exampleDoc{dates("1986", "1986-04-05").is(approve), dates("1985", "1986-04-05").is(decline)},
	},
	{
		id: "dob-missing", section: "dob",
		title: tr{"Missing date of birth", "Fehlendes Geburtsdatum"},
		plain: tr{
			"A date of birth that is empty, placeholder text (n/a, unknown, -, …) or a zero date (0000-00-00, 00.00.0000, 00/00/0000: the “no date” of database exports) on either side counts as missing and is skipped: not every provider returns one. Any other impossible date, such as 00/00/1986, is invalid (see above). The dates 1900-01-01 and 1970-01-01, often placeholders, are flagged but compared.",
			"Ein Geburtsdatum, das leer ist, ein Platzhaltertext (n/a, unknown, -, …) oder ein Nulldatum (0000-00-00, 00.00.0000, 00/00/0000: das „kein Datum“ von Datenbankexporten), gilt auf jeder der beiden Seiten als fehlend und wird übergangen: Nicht jeder Anbieter liefert eines. Jedes andere unmögliche Datum, etwa 00/00/1986, ist ungültig (siehe oben). Die Daten 1900-01-01 und 1970-01-01, oft Platzhalter, werden markiert, aber verglichen.",
		},
		examples: []exampleDoc{dates("", "1986-04-05").is(approve), dates("0000-00-00", "1986-04-05").is(approve),
			dates("n/a", "1986-04-05").is(approve), dates("1970-01-01", "1970-01-01").is(approve)},
	},

	// The decision.
	{
		id: "decision", section: "decision",
		title: tr{"Approve, decline or review", "Annehmen, ablehnen oder prüfen"},
		text: func(c *ctx) string {
			deciding := c.t(tr{"the first name, the last name or the date of birth", "der Vorname, der Nachname oder das Geburtsdatum"})
			if c.o.EmailDeciding {
				deciding = c.t(tr{"the first name, the last name, the date of birth or the email address", "der Vorname, der Nachname, das Geburtsdatum oder die E-Mail-Adresse"})
			}
			return fmt.Sprintf(c.t(tr{
				"Decline when %s does not match: the payment is cancelled, and the customer is told which field differs, sees both values and is asked to change their details and pay again. Otherwise review when a name is missing or unusable, or the date of birth is unusable: the payment is held, a person checks it, and the customer is told that their details are being checked. Otherwise approve: the payment is completed.",
				"Ablehnen, wenn %s nicht übereinstimmt: Die Zahlung wird storniert, und der Kunde erfährt, welches Feld abweicht, sieht beide Werte und wird gebeten, seine Angaben zu ändern und erneut zu zahlen. Andernfalls prüfen, wenn ein Name fehlt oder unbrauchbar ist oder das Geburtsdatum unbrauchbar ist: Die Zahlung wird angehalten, eine Person prüft sie, und der Kunde erfährt, dass seine Angaben geprüft werden. Andernfalls annehmen: Die Zahlung wird abgeschlossen.",
			}), deciding)
		},
		examples: []exampleDoc{
			{field: match.FirstName, merchant: match.Record{FirstName: "Maximillian", LastName: "Mustermann", DOB: "1988-07-23"},
				provider: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-07-23"}, want: decline},
			{field: match.LastName, merchant: match.Record{FirstName: "Max", LastName: "Must", DOB: "1988-07-23"},
				provider: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-07-23"}, want: decline},
			{field: match.DOB, merchant: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-07-23"},
				provider: match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1988-01-01"}, want: decline},
			{field: match.FirstName, merchant: match.Record{FirstName: "Max Michael", LastName: "Mustermann", DOB: "28.09.1990"},
				provider: match.Record{FirstName: "Max", LastName: "Musterman", DOB: "1990-09-28"}, want: approve},
		},
	},
	{
		id: "review-band", section: "decision",
		title:   tr{"Review band", "Prüfbereich"},
		setting: "ReviewBand",
		onFn:    func(c *ctx) bool { return c.o.ReviewBand != 0 },
		text: func(c *ctx) string {
			if c.o.ReviewBand == 0 {
				return c.t(tr{
					"Off: a name below its threshold is declined.",
					"Aus: Ein Name unter seiner Schwelle wird abgelehnt.",
				})
			}
			return fmt.Sprintf(c.t(tr{
				"A name whose similarity is at least %s but below its threshold is not declined: the payment goes to review, and a person decides.",
				"Ein Name mit einer Ähnlichkeit von mindestens %s, aber unter seiner Schwelle, wird nicht abgelehnt: Die Zahlung geht in die Prüfung, und eine Person entscheidet.",
			}), c.pct(c.o.ReviewBand))
		},
		reasons:  []match.Reason{match.ReasonReviewBand},
		examples: []exampleDoc{last("Meier", "Meyer").is(decline)},
	},
	{
		id: "email", section: "decision",
		title:  tr{"Email address decides", "E-Mail-Adresse entscheidet"},
		option: "EmailDeciding", onWhen: true,
		optionMeaning: tr{
			"Whether a different email address declines the payment.",
			"Ob eine abweichende E-Mail-Adresse die Zahlung ablehnt.",
		},
		text: func(c *ctx) string {
			s := c.t(tr{
				"Email addresses are compared ignoring upper and lower case and surrounding spaces. A missing email address never decides.",
				"E-Mail-Adressen werden ohne Rücksicht auf Groß- und Kleinschreibung und umgebende Leerzeichen verglichen. Eine fehlende E-Mail-Adresse entscheidet nie.",
			})
			if c.o.EmailDeciding {
				return s + " " + c.t(tr{"A different email address declines the payment, like a name.", "Eine abweichende E-Mail-Adresse lehnt die Zahlung ab, wie ein Name."})
			}
			return s + " " + c.t(tr{"The result is reported but decides nothing.", "Das Ergebnis wird angegeben, entscheidet aber nichts."})
		},
		examples: []exampleDoc{emails("max.mustermann@hotmail.com", " MAX.MUSTERMANN@hotmail.com").is(approve),
			emails("max@example.com", "max.mustermann@hotmail.com").is(approve)},
	},
}

// Common words.
var (
	txtTitle  = tr{"Comparison logic (%s)", "Vergleichslogik (%s)"}
	txtIntro1 = tr{
		"This document describes how we compare the customer details the payment provider returns (first name, last name, date of birth, email address) with the details in our customer records, and what happens when they differ. It is generated from the settings our system runs with; every example below was computed by the same code.",
		"Dieses Dokument beschreibt, wie wir die Kundendaten, die der Zahlungsanbieter liefert (Vorname, Nachname, Geburtsdatum, E-Mail-Adresse), mit den Daten in unserem Kundenbestand vergleichen und was geschieht, wenn sie abweichen. Es wird aus den Einstellungen erzeugt, mit denen unser System läuft; jedes Beispiel unten wurde vom selben Code berechnet.",
	}
	txtIntro2 = tr{
		"The result is one of three decisions: approve (the payment is completed), decline (the payment is cancelled and the customer is told which detail to correct) or review (a person checks the payment).",
		"Das Ergebnis ist eine von drei Entscheidungen: annehmen (die Zahlung wird abgeschlossen), ablehnen (die Zahlung wird storniert und der Kunde erfährt, welche Angabe er korrigieren muss) oder prüfen (eine Person sieht sich die Zahlung an).",
	}
	txtIntro3 = tr{
		"In the examples, “merchant” is the record in our customer database and “provider” the record the payment provider returned.",
		"In den Beispielen ist „Händler“ der Datensatz in unserer Kundendatenbank und „Anbieter“ der Datensatz, den der Zahlungsanbieter geliefert hat.",
	}
	txtOn  = tr{"on", "an"}
	txtOff = tr{"off", "aus"}
)

// fieldNames names each field.
var fieldNames = [match.NumFields]tr{
	match.FirstName: {"first name", "Vorname"},
	match.LastName:  {"last name", "Nachname"},
	match.DOB:       {"date of birth", "Geburtsdatum"},
	match.Email:     {"email address", "E-Mail-Adresse"},
}

// decisionWords names each decision.
var decisionWords = map[match.Decision]tr{
	match.Approve: {"approve", "annehmen"},
	match.Decline: {"decline", "ablehnen"},
	match.Review:  {"review", "prüfen"},
}

// statusWords names each field status.
var statusWords = map[match.Status]tr{
	match.StatusMatch:    {"match", "Übereinstimmung"},
	match.StatusMismatch: {"mismatch", "Abweichung"},
	match.StatusMissing:  {"missing", "fehlend"},
	match.StatusUnusable: {"unusable", "unbrauchbar"},
	match.StatusPartial:  {"partial", "teilweise"},
}
