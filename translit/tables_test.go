package translit

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// asciiLower reports whether s is lower-case ASCII letters only.
func asciiLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// TestTables checks the compiled tables: every language has an alphabet that all its schemes cover (init
// panics otherwise), every form is lower-case ASCII, and only ъ and ь (and nothing else) may be dropped.
func TestTables(t *testing.T) {
	for l := Russian; l < Greek; l++ {
		assert.NotZero(t, alphabets[l], l.String())
		assert.NotEmpty(t, cyrTables[l], l.String())
		for _, tb := range cyrTables[l] {
			for i := 0; i < nCyr; i++ {
				if tb.has&(1<<i) == 0 {
					continue
				}
				r := rune(0x430 + i)
				if i == 0x30 {
					r = 'ґ'
				}
				for _, f := range []string{tb.base[i], tb.init[i], tb.after[i]} {
					assert.True(t, asciiLower(f), "%s/%s %c: %q", l, tb.scheme, r, f)
				}
				if tb.base[i] == "" {
					assert.Contains(t, []rune{'ъ', 'ь'}, r, "%s/%s drops %c", l, tb.scheme, r)
				}
			}
			for _, s := range append(append([]seq{}, tb.ends...), tb.pairs...) {
				assert.True(t, asciiLower(s.dst), "%s/%s %s", l, tb.scheme, string(s.src))
				for _, r := range s.src {
					assert.True(t, in(r, alphabets[l]), "%s/%s %s: %c not in the alphabet", l, tb.scheme, string(s.src), r)
				}
			}
		}
	}
	for _, sp := range greekSpecs {
		for _, f := range []string{sp.chi, sp.eta, sp.ups, sp.omega, sp.gi, sp.mpStart, sp.mpInside, sp.ntStart,
			sp.ntInside, sp.gkStart, sp.gkInside, sp.gg, sp.nasal} {
			assert.True(t, asciiLower(f), "el/%s %q", sp.scheme, f)
		}
	}
	for b, f := range greekPlain {
		assert.True(t, asciiLower(f) && f != "", "%c", b)
	}
	// Every Greek base letter the decomposition table yields has a Latin form.
	for _, g := range greekBase {
		switch g.base {
		case 'χ', 'η', 'υ', 'ω':
		default:
			assert.NotEmpty(t, greekPlain[g.base], "%c", g.base)
		}
	}
}
