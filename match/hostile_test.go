package match_test

import (
	"strings"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
)

// TestHostileInput feeds the comparison hostile or broken input. Each case names the expected outcome
// from POLICY: nothing panics, nothing passes silently.
func TestHostileInput(t *testing.T) {
	zalgo := "M" + strings.Repeat("\u0300\u0301\u0302", 3) + "ax"
	for _, c := range []struct {
		name     string
		merchant match.Record
		provider match.Record
		field    match.Field
		status   match.Status
		reason   match.Reason
		flag     *match.Flag
		decision match.Decision
	}{
		// Invalid UTF-8 is unusable: the name field goes to review, never to a silent match.
		{"latin-1 bytes", rec("Max", "M\xfcller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonInvalidUTF8, nil, match.Review},
		{"truncated sequence", rec("Max", "Müll\xc3", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonInvalidUTF8, nil, match.Review},
		{"encoded surrogate", rec("Max", "M\xed\xa0\x80ller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonInvalidUTF8, nil, match.Review},
		{"overlong slash", rec("Max", "M\xc0\xafller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonInvalidUTF8, nil, match.Review},
		// Controls other than tab, CR and LF are unusable; those three are whitespace.
		{"NUL", rec("Max\x00", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusUnusable, match.ReasonControlChar, nil, match.Review},
		{"ESC", rec("Max", "M\x1b[31müller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonControlChar, nil, match.Review},
		{"C1 control", rec("Max", "M\u0085üller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonControlChar, nil, match.Review},
		{"tab inside", rec("Anna\tMaria", "Müller", ""), rec("Anna Maria", "Müller", ""), match.FirstName, match.StatusMatch, match.ReasonSpacing, nil, match.Approve},
		{"CR LF inside", rec("Anna\r\nMaria", "Müller", ""), rec("Anna Maria", "Müller", ""), match.FirstName, match.StatusMatch, match.ReasonSpacing, nil, match.Approve},
		// Invisible characters are removed and flagged.
		{"BOM", rec("\ufeffMax", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMatch, match.ReasonInvisible, flagOf(match.FlagInvisibleRemoved), match.Approve},
		{"zero-width space", rec("Ma\u200bx", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMatch, match.ReasonInvisible, flagOf(match.FlagInvisibleRemoved), match.Approve},
		{"bidi override", rec("Max", "\u202eMüller\u202c", ""), rec("Max", "Müller", ""), match.LastName, match.StatusMatch, match.ReasonInvisible, flagOf(match.FlagInvisibleRemoved), match.Approve},
		// Blank-looking letters count as empty.
		{"hangul filler", rec("\u3164", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMissing, match.ReasonEmpty, nil, match.Review},
		{"halfwidth hangul filler", rec("\uffa0\u115f\u1160", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMissing, match.ReasonEmpty, nil, match.Review},
		{"braille blank", rec("\u2800\u2800", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMissing, match.ReasonEmpty, nil, match.Review},
		{"whitespace only", rec(" \t\u00a0\u3000", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMissing, match.ReasonEmpty, nil, match.Review},
		{"placeholder null", rec("NULL", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMissing, match.ReasonPlaceholder, nil, match.Review},
		{"placeholder dash", rec("Max", "-", ""), rec("Max", "Müller", ""), match.LastName, match.StatusMissing, match.ReasonPlaceholder, nil, match.Review},
		// Unicode forms.
		{"NFD vs NFC", rec("Max", "Mu\u0308ller", ""), rec("Max", "Müller", ""), match.LastName, match.StatusMatch, match.ReasonAccents, nil, match.Approve},
		{"fullwidth", rec("Ｍａｘ", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMatch, match.ReasonCompat, nil, match.Approve},
		{"ligature", rec("Max", "Schefﬁeld", ""), rec("Max", "Scheffield", ""), match.LastName, match.StatusMatch, match.ReasonCompat, nil, match.Approve},
		// Look-alikes are never mapped: mixed scripts are flagged, all-Greek stays Greek.
		{"mixed script", rec("Mаx", "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusMismatch, match.ReasonMixedScript, flagOf(match.FlagMixedScript), match.Decline},
		{"all-Greek lookalike", rec("ΑΝΝΑ", "Müller", ""), rec("ANNA", "Müller", ""), match.FirstName, match.StatusMismatch, match.ReasonDifferent, nil, match.Decline},
		// Floods and size.
		{"zalgo", rec(zalgo, "Müller", ""), rec("Max", "Müller", ""), match.FirstName, match.StatusUnusable, match.ReasonTooManyMarks, nil, match.Review},
		{"100000 runes", rec("Max", strings.Repeat("ü", 100000), ""), rec("Max", "Müller", ""), match.LastName, match.StatusUnusable, match.ReasonTooLong, nil, match.Review},
		{"b vs 70000 a", rec("Max", "b", ""), rec("Max", strings.Repeat("a", 70000), ""), match.LastName, match.StatusUnusable, match.ReasonTooLong, nil, match.Review},
		{"257 runes", rec("Max", strings.Repeat("a", 257), ""), rec("Max", strings.Repeat("a", 257), ""), match.LastName, match.StatusUnusable, match.ReasonTooLong, nil, match.Review},
		{"256 runes", rec("Max", strings.Repeat("a", 256), ""), rec("Max", strings.Repeat("a", 255)+"b", ""), match.LastName, match.StatusMatch, match.ReasonFuzzy, nil, match.Approve},
		// Dates of birth.
		{"impossible date", rec("Max", "Müller", "1990-02-30"), rec("Max", "Müller", "1990-02-28"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"future date", rec("Max", "Müller", "2031-01-01"), rec("Max", "Müller", "1990-02-28"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"epoch seconds", rec("Max", "Müller", "638323200"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"epoch milliseconds", rec("Max", "Müller", "638323200000"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"before 1900", rec("Max", "Müller", "1899-12-31"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"partial year only", rec("Max", "Müller", "1990"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusPartial, match.ReasonPartial, nil, match.Approve},
		{"trailing text", rec("Max", "Müller", "1990-03-24; DROP TABLE"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMismatch, match.ReasonInvalidDate, nil, match.Decline},
		{"fullwidth digits", rec("Max", "Müller", "１９９０-０３-２４"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMatch, match.ReasonReformatted, nil, match.Approve},
		{"arabic-indic digits", rec("Max", "Müller", "١٩٩٠-٠٣-٢٤"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMatch, match.ReasonReformatted, nil, match.Approve},
		{"dob control char", rec("Max", "Müller", "1990-03-24\x07"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusUnusable, match.ReasonControlChar, nil, match.Review},
		{"dob invalid utf-8", rec("Max", "Müller", "1990-03-2\xff"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusUnusable, match.ReasonInvalidUTF8, nil, match.Review},
		{"dob placeholder date", rec("Max", "Müller", "1970-01-01"), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusMismatch, match.ReasonDifferent, flagOf(match.FlagPlaceholderDOB), match.Decline},
		{"dob 100000 chars", rec("Max", "Müller", strings.Repeat("1", 100000)), rec("Max", "Müller", "1990-03-24"), match.DOB, match.StatusUnusable, match.ReasonTooLong, nil, match.Review},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := matcher(t, match.Options{})
			v := m.Compare(c.merchant, c.provider)
			r := v.Fields[c.field]
			assert.Equal(t, c.status, r.Status, v.String())
			assert.True(t, r.Reasons.Has(c.reason), "want %s: %s", c.reason, v)
			if c.flag != nil {
				assert.True(t, r.Flags.Has(*c.flag), "want flag %s: %s", *c.flag, v)
			}
			assert.Equal(t, c.decision, v.Decision, v.String())
			assertSymmetric(t, m, c.merchant, c.provider)
			// The explanation never carries the input.
			assert.NotContains(t, v.String(), "Müller")
		})
	}
}

func flagOf(f match.Flag) *match.Flag { return &f }

// BenchmarkHostile shows that oversized input is rejected before any quadratic work: the cost of a
// 100,000-rune name is the cost of looking at its length.
func BenchmarkHostile(b *testing.B) {
	m := matcher(b, match.Options{})
	for _, c := range []struct {
		name string
		a, p match.Record
	}{
		{"case=100k-runes", rec("Max", strings.Repeat("ü", 100000), ""), rec("Max", strings.Repeat("u", 100000), "")},
		{"case=b-vs-70k-a", rec("Max", "b", ""), rec("Max", strings.Repeat("a", 70000), "")},
		{"case=256-runes", rec("Max", strings.Repeat("ab", 128), ""), rec("Max", strings.Repeat("ba", 128), "")},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.Compare(c.a, c.p)
			}
		})
	}
}
