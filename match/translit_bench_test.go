package match_test

import (
	"testing"

	"github.com/custmatch/custmatch/match"
)

// BenchmarkCompareTransliterate measures Compare with Options.Transliterate off and on: Latin records
// (which the option must not slow down: equal, fuzzy and mismatching names) and Cyrillic or Greek names
// against their Latin spellings (the option's own cost).
func BenchmarkCompareTransliterate(b *testing.B) {
	cases := []struct {
		name     string
		merchant match.Record
		provider match.Record
	}{
		{"case=latin-equal", match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-09-28"},
			match.Record{FirstName: "Max", LastName: "Mustermann", DOB: "1990-09-28"}},
		{"case=latin-umlaut", match.Record{FirstName: "Jürgen", LastName: "Müller", DOB: "05/04/1986"},
			match.Record{FirstName: "Juergen", LastName: "Mueller", DOB: "1986-04-05"}},
		{"case=latin-mismatch", match.Record{FirstName: "Maximillian", LastName: "Mustermann", DOB: "1990-09-28"},
			match.Record{FirstName: "Max", LastName: "Meier", DOB: "1990-09-28"}},
		{"case=cyrillic", match.Record{FirstName: "Дмитрий", LastName: "Иванов", DOB: "1986-04-05"},
			match.Record{FirstName: "Dmitry", LastName: "Ivanov", DOB: "1986-04-05"}},
		{"case=cyrillic-mismatch", match.Record{FirstName: "Дмитрий", LastName: "Иванов", DOB: "1986-04-05"},
			match.Record{FirstName: "Dmitry", LastName: "Petrov", DOB: "1986-04-05"}},
		{"case=greek", match.Record{FirstName: "Γιώργος", LastName: "Παπαδόπουλος", DOB: "1986-04-05"},
			match.Record{FirstName: "Yorgos", LastName: "Papadopoulos", DOB: "1986-04-05"}},
	}
	off, err := match.New(match.Options{})
	if err != nil {
		b.Fatal(err)
	}
	on, err := match.New(match.Options{Transliterate: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		// off and on side by side, so that a noisy machine hits both alike
		for _, opt := range []struct {
			name string
			m    *match.Matcher
		}{{"translit=off", off}, {"translit=on", on}} {
			b.Run(c.name+"/"+opt.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					opt.m.Compare(c.merchant, c.provider)
				}
			})
		}
	}
}
