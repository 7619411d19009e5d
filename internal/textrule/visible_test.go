package textrule

import "testing"

// TestVisible: a value shown to a person keeps what it shows and writes what could hide or reorder
// text as <U+XXXX>: controls, invisible characters, the interlinear annotation characters (renderers
// draw nothing for them) and U+FFFD. A format character that is drawn, the Arabic number sign, stays
// (policy's TestDisplay holds the same).
func TestVisible(t *testing.T) {
	for in, want := range map[string]string{
		"Zoë Müller":                 "Zoë Müller",
		"Дмитрий":                    "Дмитрий",
		"a\tb\n":                     "a<U+0009>b<U+000A>",
		"Jo\u200bhannes":             "Jo<U+200B>hannes",
		"abc\u202edef":               "abc<U+202E>def",
		"Bo\ufff9Evil\ufffaX\ufffbb": "Bo<U+FFF9>Evil<U+FFFA>X<U+FFFB>b",
		"\u0600\u0661":               "\u0600\u0661",
		"Jos\ufffd":                  "Jos<U+FFFD>",
	} {
		if got := Visible(in); got != want {
			t.Errorf("Visible(%q) = %q, want %q", in, got, want)
		}
	}
}
