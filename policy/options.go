package policy

import (
	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
)

// optionDoc describes a field of match.Options that is a setting rather than a rule's switch: a
// threshold, the review band, the date order, the reference date. (A bool field that turns a rule on or
// off is described by that rule: ruleDoc.option.)
type optionDoc struct {
	field   string // the match.Options field
	label   tr
	meaning tr
	// value renders the effective value in the document's language, and whether it is the default's.
	value func(c *ctx) (string, bool)
}

// optionDocs lists the settings of match.Options that are not a rule's switch.
var optionDocs = []optionDoc{
	{
		field: "Threshold",
		label: tr{"Name similarity threshold", "Schwelle der Namensähnlichkeit"},
		meaning: tr{
			"Two names match when their similarity is at least this value (unless one of the name fields has its own threshold below).",
			"Zwei Namen stimmen überein, wenn ihre Ähnlichkeit mindestens diesen Wert erreicht (sofern ein Namensfeld unten keine eigene Schwelle hat).",
		},
		value: func(c *ctx) (string, bool) {
			t := c.base
			return c.pct(t), t == match.DefaultThreshold
		},
	},
	{
		field:   "FirstNameThreshold",
		label:   tr{"Threshold for the first name", "Schwelle für den Vornamen"},
		meaning: tr{"The similarity the first name needs.", "Die Ähnlichkeit, die der Vorname erreichen muss."},
		value: func(c *ctx) (string, bool) {
			return c.pct(c.m.Threshold(match.FirstName)), c.m.Threshold(match.FirstName) == match.DefaultThreshold
		},
	},
	{
		field:   "LastNameThreshold",
		label:   tr{"Threshold for the last name", "Schwelle für den Nachnamen"},
		meaning: tr{"The similarity the last name needs.", "Die Ähnlichkeit, die der Nachname erreichen muss."},
		value: func(c *ctx) (string, bool) {
			return c.pct(c.m.Threshold(match.LastName)), c.m.Threshold(match.LastName) == match.DefaultThreshold
		},
	},
	{
		field: "ReviewBand",
		label: tr{"Review band", "Prüfbereich"},
		meaning: tr{
			"When set, a name whose similarity is at least this value but below its threshold is held for review by a person instead of being declined.",
			"Wenn gesetzt, wird ein Name, dessen Ähnlichkeit mindestens diesen Wert, aber nicht die Schwelle erreicht, von einer Person geprüft statt abgelehnt.",
		},
		value: func(c *ctx) (string, bool) {
			if c.o.ReviewBand == 0 {
				return c.t(txtOff), true
			}
			return c.pct(c.o.ReviewBand), false
		},
	},
	{
		field: "DateOrder",
		label: tr{"Day and month order of numeric dates", "Reihenfolge von Tag und Monat bei Datumsangaben in Ziffern"},
		meaning: tr{
			"How a date of birth written only in digits with the year last (05/04/1986) is read.",
			"Wie ein Geburtsdatum in Ziffern mit dem Jahr am Ende (05/04/1986) gelesen wird.",
		},
		value: func(c *ctx) (string, bool) {
			return c.t(orderWords[c.o.DateOrder]), c.o.DateOrder == dob.Auto
		},
	},
	{
		field: "Now",
		label: tr{"Reference date", "Stichtag"},
		meaning: tr{
			"The date against which a date of birth counts as in the future, and which decides the century of a two-digit year.",
			"Das Datum, ab dem ein Geburtsdatum in der Zukunft liegt und das das Jahrhundert einer zweistelligen Jahreszahl bestimmt.",
		},
		value: func(c *ctx) (string, bool) {
			if c.o.Now.IsZero() {
				return c.t(tr{"the day of each comparison", "der Tag des jeweiligen Abgleichs"}), true
			}
			return c.o.Now.Format("2006-01-02"), false
		},
	},
}

// orderWords names each date order.
var orderWords = map[dob.Order]tr{
	dob.Auto: {"automatic", "automatisch"},
	dob.MDY:  {"month first (MM/DD/YYYY)", "Monat zuerst (MM/TT/JJJJ)"},
	dob.DMY:  {"day first (DD/MM/YYYY)", "Tag zuerst (TT/MM/JJJJ)"},
}
