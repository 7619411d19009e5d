package normalize

import (
	"testing"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// naiveName is the usual x/text recipe, chain built per call:
// NFKD → remove Mn → NFC → cases.Fold.
func naiveName(s string) (string, error) {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC, cases.Fold())
	out, _, err := transform.String(t, s)
	return out, err
}

var benchCases = []struct{ name, in string }{
	{"ascii", "Max Michael Mustermann"},
	{"accented", "Dr. Zoë Groß-Núñez Bàuer"},
	{"sharps", "Max Mußterman Straße"},
	{"greek", "Ἀθηνᾶ Παπαδοπούλου"},
	{"cyrillic", "Ёлкин Иван Петрович"},
}

var sinkS string

func BenchmarkName(b *testing.B) {
	for _, c := range benchCases {
		b.Run("impl=custmatch/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkS, _ = Name(c.in)
			}
		})
		b.Run("impl=naive/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkS, _ = naiveName(c.in)
			}
		})
	}
}

func BenchmarkAppendName(b *testing.B) {
	buf := make([]byte, 0, 4*maxOutputRunes)
	for _, c := range benchCases {
		b.Run("impl=custmatch/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf, _, _ = AppendName(buf[:0], c.in)
			}
		})
		b.Run("impl=naive/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, _ := naiveName(c.in)
				buf = append(buf[:0], s...)
			}
		})
	}
}
