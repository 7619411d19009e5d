package dob_test

import (
	"testing"
	"time"

	"github.com/custmatch/custmatch/dob"
)

// timeParseLayouts is the naive reference: the time.Parse layouts that
// cover the same shapes, tried in order until one fits.
var timeParseLayouts = []string{
	"2006-01-02", "2006/01/02", "2006.01.02", "20060102",
	"01/02/2006", "02.01.2006",
	"2 January 2006", "January 2, 2006", "02-Jan-2006", "2. January 2006",
}

func timeParse(s string) (dob.Date, bool) {
	for _, l := range timeParseLayouts {
		if t, err := time.Parse(l, s); err == nil {
			y, m, d := t.Date()
			return dob.Date{Year: y, Month: m, Day: d}, true
		}
	}
	return dob.Date{}, false
}

var benchCases = []struct{ name, in string }{
	{"iso", "1986-04-05"},
	{"slash", "04/25/1986"},
	{"dotted", "05.04.1986"},
	{"compact", "19860405"},
	{"monthname", "5 April 1986"},
}

var sink dob.Date

func BenchmarkParse(b *testing.B) {
	impls := []struct {
		name  string
		parse func(string) (dob.Date, bool)
	}{
		{"custmatch", func(s string) (dob.Date, bool) {
			d, err := dob.Parse(s, dob.Options{Now: now})
			return d, err == nil
		}},
		{"timeparse", timeParse},
	}
	for _, impl := range impls {
		b.Run("impl="+impl.name, func(b *testing.B) {
			for _, c := range benchCases {
				b.Run("case="+c.name, func(b *testing.B) {
					want, ok := impls[0].parse(c.in)
					if got, gok := impl.parse(c.in); !ok || !gok || got != want {
						b.Fatalf("%s(%q) = %v, %v; want %v", impl.name, c.in, got, gok, want)
					}
					b.ReportAllocs()
					for b.Loop() {
						sink, _ = impl.parse(c.in)
					}
				})
			}
		})
	}
}

// monthNameCases are a month-name date of birth in five languages and
// scripts: the lookup is one map access whatever the language.
var monthNameCases = []struct{ lang, in string }{
	{"en", "April 5, 1986"},
	{"de", "Samstag, 5. April 1986"},
	{"pl", "5 kwietnia 1986 r."},
	{"el", "5 Απριλίου 1986"},
	{"ru", "26 апреля 1986 г."},
	{"tr", "5 Nisan 1986 Cumartesi"},
	{"ja", "1986年4月5日(土)"},
}

func BenchmarkMonthName(b *testing.B) {
	for _, c := range monthNameCases {
		b.Run("lang="+c.lang, func(b *testing.B) {
			if _, err := dob.Parse(c.in, dob.Options{Now: now}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				sink, _ = dob.Parse(c.in, dob.Options{Now: now})
			}
		})
	}
}
