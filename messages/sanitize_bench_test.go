package messages

import (
	"strings"
	"testing"
	"unicode"
)

// naiveClean is the obvious reference: strings.Map to drop invisible runes, then strings.Fields to
// collapse whitespace (no cut, no leading-mark rule).
func naiveClean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if invisible(r) && !unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func BenchmarkClean(b *testing.B) {
	for _, c := range []struct{ name, in string }{
		{"ascii", "Maximillian Mustermann"},
		{"dirty", " \u202eMa\u200bx\u00a0Mü\u00adller\x00 \t"},
		{"long", strings.Repeat("Müller ", 40)},
	} {
		b.Run("impl=clean/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = clean(c.in, maxValueRunes)
			}
		})
		b.Run("impl=naive/case="+c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = naiveClean(c.in)
			}
		})
	}
}

// TestNaiveCleanAgrees keeps the benchmark honest: on input within the length limit and without a
// leading combining mark, both implementations give the same text.
func TestNaiveCleanAgrees(t *testing.T) {
	for _, in := range []string{"Maximillian Mustermann", " \u202eMa\u200bx\u00a0Mü\u00adller\x00 \t", "a\u2028b\u3000c", ""} {
		t.Run(in, func(t *testing.T) {
			if got, want := clean(in, maxValueRunes), naiveClean(in); got != want {
				t.Errorf("clean %q, naive %q", got, want)
			}
		})
	}
}
