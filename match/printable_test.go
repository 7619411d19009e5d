package match

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPrintableASCII checks the eight-bytes-at-a-time test against a byte loop for every byte value at
// every position of strings of 1 to 17 bytes, and unusableText's fast path against textrule.Check.
func TestPrintableASCII(t *testing.T) {
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] > 0x7E {
				return false
			}
		}
		return true
	}
	for n := 1; n <= 17; n++ {
		for pos := range n {
			for c := range 256 {
				b := []byte(strings.Repeat("a", n))
				b[pos] = byte(c)
				s := string(b)
				if got := printableASCII(s); got != want(s) {
					t.Fatalf("printableASCII(%q) = %v", s, got)
				}
			}
		}
	}
	for _, tc := range []struct {
		in   string
		want Reason
	}{
		{"max@example.com", 0},
		{"max@exa\x7fmple.com", ReasonControlChar},
		{"max@exa\tmple.com", 0},
		{"m\u00e4x@example.com", 0},
		{"max@\xffexample.com", ReasonInvalidUTF8},
		{"max@\ufffdexample.com", ReasonReplacementChar},
		{strings.Repeat("a", 256), 0},
		{strings.Repeat("a", 257), ReasonTooLong},
	} {
		t.Run(tc.in[:min(len(tc.in), 20)], func(t *testing.T) {
			assert.Equal(t, tc.want, unusableText(tc.in))
		})
	}
}

// TestEqualFoldASCII checks the eight-bytes-at-a-time comparison against strings.EqualFold for every
// pair of printable ASCII bytes at every position of strings of 1 to 17 bytes, around a mixed-case
// text.
func TestEqualFoldASCII(t *testing.T) {
	const base = "mAx@Example.Co_m["
	for n := 1; n <= len(base); n++ {
		for pos := range n {
			for c := byte(0x20); c <= 0x7E; c++ {
				for d := byte(0x20); d <= 0x7E; d++ {
					x, y := []byte(base[:n]), []byte(strings.ToUpper(base[:n]))
					x[pos], y[pos] = c, d
					if got, want := equalFoldASCII(string(x), string(y)), strings.EqualFold(string(x), string(y)); got != want {
						t.Fatalf("equalFoldASCII(%q, %q) = %v", x, y, got)
					}
				}
			}
		}
	}
	assert.False(t, equalFoldASCII("max@example.com", "max@example.co"))
}

// FuzzPlainText checks the fast reading of printable ASCII against the general rules: trimmed agrees
// with strings.TrimSpace, and with unusableText (of the value and of its trimmed text) when it reports
// plain ASCII, and equalFoldASCII with strings.EqualFold.
func FuzzPlainText(f *testing.F) {
	for _, s := range [][2]string{
		{"max@example.com", "MAX@EXAMPLE.COM"}, {" 1986-04-05 ", "1986-04-05"}, {"\t5 April 1986", "n/a"},
		{"max@exa\x7fmple.com", "max@exa\x5fmple.com"}, {"Kelvin", "\u212aelvin"}, {"", "   "},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ta, pa := trimmed(a)
		tb, pb := trimmed(b)
		for _, c := range []struct {
			raw, trimmed string
			plain        bool
		}{{a, ta, pa}, {b, tb, pb}} {
			assert.Equal(t, strings.TrimSpace(c.raw), c.trimmed)
			if c.plain { // parseSide and compareEmail ask unusableText about the untrimmed value
				assert.Zero(t, unusableText(c.raw))
				assert.Zero(t, unusableText(c.trimmed))
			}
		}
		if pa && pb {
			assert.Equal(t, strings.EqualFold(ta, tb), equalFoldASCII(ta, tb), "%q %q", ta, tb)
		}
	})
}
