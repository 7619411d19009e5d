package textrule

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// TestInvisibleTable checks the generated table against the UAX #44 derivation of
// Default_Ignorable_Code_Point from the standard library's properties, for every code point.
func TestInvisibleTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		in := unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) || unicode.Is(unicode.Cf, r) ||
			unicode.Is(unicode.Variation_Selector, r)
		out := unicode.Is(unicode.White_Space, r) || (r >= 0xFFF9 && r <= 0xFFFB) ||
			(r >= 0x13430 && r <= 0x1343F) || unicode.Is(unicode.Prepended_Concatenation_Mark, r)
		if IsInvisible(r) != (in && !out) {
			t.Fatalf("U+%04X: IsInvisible %v", r, IsInvisible(r))
		}
	}
	for _, r := range []rune{0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0xFEFF, 0x200E, 0x202E, 0x2066, 0x061C} {
		assert.Truef(t, IsInvisible(r), "U+%04X", r)
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		in     string
		want   Problem
		offset int
	}{
		{"", OK, 0},
		{"Max", OK, 0},
		{"Jürgen\tLee\r\n", OK, 0},
		{strings.Repeat("a", MaxRunes), OK, 0},
		{strings.Repeat("ä", MaxRunes), OK, 0},
		{"Max\xff", InvalidUTF8, 3},
		{"Max\x00", ControlChar, 3},
		{"Max\x7f", ControlChar, 3},
		{"Max\u0085", ControlChar, 3},
		{"Jos\uFFFD", Replacement, 3},
		{strings.Repeat("a", MaxRunes+1), TooLong, MaxRunes},
		{strings.Repeat("a", MaxRunes) + "\x01", ControlChar, MaxRunes},
		{strings.Repeat("a", MaxRunes) + "\uFFFD", Replacement, MaxRunes},
		{strings.Repeat("a", 5000), TooLong, MaxRunes},
	}
	for _, c := range cases {
		p, off := Check(c.in)
		assert.Equal(t, c.want, p, "%.20q", c.in)
		assert.Equal(t, c.offset, off, "%.20q", c.in)
	}
}

func TestPlaceholders(t *testing.T) {
	for _, v := range []string{"n a", "na", "null", "none", "unknown", "xxx", "test", "test test", "dummy", "tester testuser", "asdf", "sample"} {
		assert.True(t, IsPlaceholderName([]byte(v)), v)
	}
	for _, v := range []string{"", "max", "test max", "testa", "n", "nadia", "null max"} {
		assert.False(t, IsPlaceholderName([]byte(v)), v)
	}
	// No letter of any script: only punctuation, symbols, digits or emoji. A person's name has a letter.
	for _, v := range []string{"?", "???", "*", "#", "()", `""`, "«»", "¿", "•", "0", "123", "#1", "1 2", "? ?",
		"🙂", "😀😀", "\ufffc", "\u3007", "\u0301"} {
		assert.True(t, IsPlaceholderName([]byte(v)), "%+q", v)
	}
	// A placeholder or test word with characters that are neither letters nor digits around it.
	for _, v := range []string{"[null]", "<none>", "n a?", "#n a", "(n a)", "( null )", "«unknown»", "¿xxx?", "(test)",
		"test?", "[test] (test)", "test ?", "? test", "'dummy'", "*asdf*", "(na)"} {
		assert.True(t, IsPlaceholderName([]byte(v)), "%+q", v)
	}
	// A letter makes a name, and characters inside a word are part of it.
	for _, v := range []string{"max?", "(max)", "max 2", "2 max", "?x", "山田", "дмитрий", "ελενη", "n?a", "te?st",
		"test (max)", "null?max", "(null) max", "test 1", "1test", "nulls", "(tests)", "x"} {
		assert.False(t, IsPlaceholderName([]byte(v)), "%+q", v)
	}
	for _, v := range []string{"n/a", "N/A", "NA", "n.a.", "NULL", "None", "unknown", "XXX", "-", ".", "--"} {
		assert.True(t, IsPlaceholderText(v), v)
	}
	for _, v := range []string{"1986-04-05", "00/00/1986", "0000-00-00", "00000000", "test", "na@example.com", "05.04.1986", "Nadia", "n/a/b"} {
		assert.False(t, IsPlaceholderText(v), v)
	}
}

func TestFirstInvalidUTF8(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"Max", -1},
		{"Jürgen \uFFFD", -1}, // U+FFFD is valid UTF-8: Check reports it, not this
		{"\xff", 0},
		{"Jos\xe9", 3},
		{"Jü\xc3", 3},         // a sequence cut short
		{"a\xed\xa0\x80b", 1}, // an encoded surrogate
		{"\xf4\x90\x80\x80", 0},
		{"ü\xc0\xaf", 2}, // an overlong encoding
	} {
		assert.Equal(t, c.want, FirstInvalidUTF8([]byte(c.in)), "%q", c.in)
	}
}

// TestPlaceholderWordLists: every word of both lists is a placeholder name (alone, and test words
// repeated), whatever the first-byte gate lets through, and real names that share a first byte are not.
func TestPlaceholderWordLists(t *testing.T) {
	for _, w := range placeholderWords {
		assert.True(t, IsPlaceholderName([]byte(w)), w)
	}
	for _, w := range testWords {
		assert.True(t, IsPlaceholderName([]byte(w)), w)
		assert.True(t, IsPlaceholderName([]byte(w+" "+w)), w)
	}
	for _, s := range []string{"nadine", "anna", "thomas", "sam", "xaver", "uwe", "dieter", "test x", "nan"} {
		assert.False(t, IsPlaceholderName([]byte(s)), s)
	}
}
