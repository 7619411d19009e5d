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
