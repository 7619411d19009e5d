package messages

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/custmatch/custmatch/internal/textrule"
)

// TestCleanInvisibleIsTextrule checks, code point by code point, that clean drops exactly the control and
// invisible characters of internal/textrule (the sets normalize and dob apply) and the format characters
// (Cf), turns whitespace into a space and keeps everything else, so a display rule that grew its own list
// again would fail here.
func TestCleanInvisibleIsTextrule(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		got := clean("a"+string(r)+"b", maxValueRunes)
		want := "a" + string(r) + "b"
		switch {
		case unicode.IsSpace(r):
			want = "a b"
		case textrule.IsControl(r) || textrule.IsInvisible(r) || unicode.Is(unicode.Cf, r):
			want = "ab"
		}
		if got != want {
			t.Fatalf("U+%04X: clean gives %q, want %q", r, got, want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
		max            int
	}{
		{"plain", "Max", "Max", 100},
		{"kept as written", "Müller-Lüdenscheidt O'Brien", "Müller-Lüdenscheidt O'Brien", 100},
		{"no normalization", "ＭＡＸ ﬁnn Straße", "ＭＡＸ ﬁnn Straße", 100},
		{"trim and collapse", "  Max \t\n Michael  ", "Max Michael", 100},
		{"nbsp and ideographic space", "Max\u00a0\u3000Michael", "Max Michael", 100},
		{"line separators", "Max\u2028Michael\u2029", "Max Michael", 100},
		{"zero width", "Ma\u200bx\u200c\u200d\u2060", "Max", 100},
		{"soft hyphen and BOM", "\ufeffMus\u00adter", "Muster", 100},
		{"bidi controls", "\u202eMax\u202c \u2066Must\u2069\u200e\u200f\u061c", "Max Must", 100},
		{"control characters", "Ma\x00x\x1b[31m\x7f\u0085Must", "Max[31m Must", 100},
		{"invalid utf-8", "Ma\xffx\xc3", "Max", 100},
		{"hangul filler and variation selector", "Max\u3164\ufe0f\U000e0041", "Max", 100},
		{"interlinear annotation", "Bo\ufff9Evil\ufffaX\ufffbb", "BoEvilXb", 100},
		{"prepended concatenation marks", "M\u0600a\u06ddx\u070f\u08e2\U000110BD\U000110CD\u0890", "Max", 100},
		{"egyptian format controls", "Max\U00013430\U0001343F", "Max", 100},
		{"leading combining mark dropped", "\u0301Max", "Max", 100},
		{"inner combining mark kept", "Jose\u0301", "Jose\u0301", 100},
		{"format verbs untouched", "%d %s %[1]s %!", "%d %s %[1]s %!", 100},
		{"only invisible", "\u200b \u202e\t", "", 100},
		{"empty", "", "", 100},
		{"cut", "Maximilian", "Maxi…", 4},
		{"cut before a space", "Max Michael", "Max…", 4},
		{"exactly max", "Max", "Max", 3},
		{"cut counts runes", "Ääää", "Ää…", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, clean(tt.in, tt.max))
		})
	}
}

// FuzzClean checks the invariants of clean: valid UTF-8, nothing invisible, no control or bidi
// character, no leading, trailing or repeated space, bounded length, idempotent, and visible text kept in
// order.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"Max", " Jürgen\u200b Müller ", "\u202eevil\u202c", "%d${x}", "a\x00b\xffc", "\u0301x"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, in string, max int) {
		if max < 1 || max > 300 {
			max = 1 + (max&0x7fffffff)%300
		}
		out := clean(in, max)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 %q", out)
		}
		if strings.TrimSpace(out) != out || strings.Contains(out, "  ") {
			t.Fatalf("untrimmed or repeated space in %q", out)
		}
		for _, r := range out {
			if invisible(r) || (unicode.IsSpace(r) && r != ' ') {
				t.Fatalf("kept %U in %q", r, out)
			}
		}
		if n := utf8.RuneCountInString(out); n > max+1 || (n == max+1 && !strings.HasSuffix(out, ellipsis)) {
			t.Fatalf("%d runes for max %d: %q", n, max, out)
		}
		if again := clean(out, max); again != out {
			t.Fatalf("not idempotent: %q -> %q", out, again)
		}
		// The visible runes are kept in order: all of them, or a prefix when the value was cut. (Only
		// combining marks at the very start are dropped.)
		var visible []rune
		for _, r := range strings.ToValidUTF8(in, "") {
			if invisible(r) || unicode.IsSpace(r) || (len(visible) == 0 && unicode.In(r, unicode.Mn, unicode.Me)) {
				continue
			}
			visible = append(visible, r)
		}
		got := strings.ReplaceAll(out, " ", "")
		if !strings.HasPrefix(string(visible), strings.TrimSuffix(got, ellipsis)) {
			t.Fatalf("visible text changed: %q -> %q", in, out)
		}
		if !strings.HasSuffix(out, ellipsis) && string(visible) != got {
			t.Fatalf("visible text lost: %q -> %q", in, out)
		}
	})
}
