package dob

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// conformanceNow is the reference date of the conformance tests.
var conformanceNow = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// conformanceDates are the birth dates every CLDR pattern is rendered
// with: a leap day, the ends of a year and a century, single-digit days
// and months.
var conformanceDates = []Date{
	{1988, time.February, 29}, {1999, time.December, 31}, {1950, time.January, 1}, {1986, time.April, 5},
	{2001, time.September, 11}, {1969, time.July, 21}, {1964, time.March, 12}, {2000, time.November, 30},
	{1975, time.May, 3}, {1991, time.June, 15}, {1983, time.August, 8}, {1957, time.October, 26},
}

// conformanceSkip lists the CLDR patterns dob deliberately does not read,
// with the reason; they must still never give a wrong date.
var conformanceSkip = map[string]string{
	"ko yy. M. d.": "a two-digit year first reads like a dotted day-first date: refused, never guessed",
}

// TestCLDRConformance renders every conformance date in every date pattern
// (full, long, medium, short and the available formats with year, month
// and day) of every locale, with format and with stand-alone month names,
// and checks that Parse reads the date back under the locale's own order.
func TestCLDRConformance(t *testing.T) {
	n, ambiguous := 0, 0
	for i := range cldrLocales {
		l := &cldrLocales[i]
		o := Options{Order: localeOrder(l), Now: conformanceNow}
		pats := append(l.dateFormats[:len(l.dateFormats):len(l.dateFormats)], l.available...)
		for _, pat := range pats {
			_, skip := conformanceSkip[l.tag+" "+pat]
			for _, standAlone := range []bool{false, true} {
				for _, d := range conformanceDates {
					s, ok := formatPattern(l, pat, d, standAlone)
					if !ok {
						continue
					}
					n++
					got, err := Parse(s, o)
					if skip {
						if err == nil {
							assert.Equal(t, d, got, "%s %q: %q", l.tag, pat, s)
						}
						continue
					}
					var e *Error
					if errors.As(err, &e) && e.Reason == ReasonAmbiguous {
						// A month name of two languages (listopad): one reading is d.
						assert.Contains(t, e.Candidates, d, "%s %q: %q", l.tag, pat, s)
						ambiguous++
						continue
					}
					if assert.NoError(t, err, "%s %q: %q", l.tag, pat, s) {
						assert.Equal(t, d, got, "%s %q: %q", l.tag, pat, s)
					}
				}
			}
		}
	}
	t.Logf("%d renderings of %d locales, %d ambiguous", n, len(cldrLocales), ambiguous)
}
