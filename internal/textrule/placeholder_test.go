package textrule

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refPlaceholderName is IsPlaceholderName written out plainly, without its gates and fast paths.
func refPlaceholderName(v string) bool {
	if v == "" {
		return false
	}
	if !strings.ContainsFunc(v, unicode.IsLetter) {
		return true
	}
	notAlnum := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	if slices.Contains(placeholderWords[:], strings.TrimFunc(v, notAlnum)) {
		return true
	}
	for _, tok := range strings.Split(v, " ") {
		if tok = strings.TrimFunc(tok, notAlnum); tok != "" && !slices.Contains(testWords[:], tok) {
			return false
		}
	}
	return true
}

// TestIsLetter: the bit set below letterSetEnd is unicode.IsLetter, and so is isLetter past it.
func TestIsLetter(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("U+%04X: isLetter %v", r, isLetter(r))
		}
	}
}

// TestPlaceholderNameByRune puts every code point alone, around a word and inside one, and checks
// IsPlaceholderName against the plain reference.
func TestPlaceholderNameByRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF || r == ' ' {
			continue
		}
		c := string(r)
		for _, v := range []string{c, c + c, c + "null" + c, "test" + c, c + "n a", "te" + c + "st", "anna " + c, c + " test", "max" + c} {
			if got, want := IsPlaceholderName([]byte(v)), refPlaceholderName(v); got != want {
				t.Fatalf("%+q: IsPlaceholderName %v, reference %v", v, got, want)
			}
		}
	}
}

// FuzzIsPlaceholderName checks IsPlaceholderName against the plain reference on normalized-looking
// text (valid UTF-8, tokens separated by single spaces).
func FuzzIsPlaceholderName(f *testing.F) {
	for _, s := range []string{"max", "test test", "[null]", "n a?", "#n a", "(test) x", "?", "🙂", "0", "дмитрий", "te?st", "«unknown»"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		s = strings.Join(strings.Fields(s), " ")
		if got, want := IsPlaceholderName([]byte(s)), refPlaceholderName(s); got != want {
			t.Fatalf("%+q: IsPlaceholderName %v, reference %v", s, got, want)
		}
	})
}
