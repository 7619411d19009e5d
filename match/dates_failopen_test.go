package match_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
)

// TestDOBFailOpen holds dates of birth that once approved what the policy declines or sends to review
// (the names agree on both sides, so the date decides). Each group names its POLICY section.
func TestDOBFailOpen(t *testing.T) {
	for _, c := range []struct {
		merchant, provider string
		order              dob.Order
		status             match.Status
		reason             match.Reason
		decision           match.Decision
	}{
		// §3: dotted numeric dates are day-first under auto, and no locale writes month.day.year: read
		// day-first these have no month, so they are invalid (a mismatch), never re-read month-first.
		{"12.25.1986", "1986-12-25", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		{"09.13.1986", "1986-09-13", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		{"9.13.86", "1986-09-13", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		// A declared MDY still applies to dotted dates.
		{"12.25.1986", "1986-12-25", dob.MDY, match.StatusMatch, match.ReasonReformatted, match.Approve},
		{"09.13.1986", "1986-09-13", dob.MDY, match.StatusMatch, match.ReasonReformatted, match.Approve},
		{"09.13.1986", "1986-09-13", dob.DMY, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		// §1 step 1 and §4: a C0 or C1 control other than tab, CR and LF makes the field unusable, at the
		// ends as much as inside; trimming must not remove it first.
		{"1986-04-05\v", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\f1986-04-05", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"1986-04-05\u0085", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\u00851986-04-05\u0085", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"5 April 1986\x1c", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\v", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar, match.Review},
		// Tab, CR, LF and other whitespace are trimmed as before.
		{"\t1986-04-05\r\n", "1986-04-05", dob.Auto, match.StatusMatch, match.ReasonReformatted, match.Approve},
		{"\u00a01986-04-05\u3000", "1986-04-05", dob.Auto, match.StatusMatch, match.ReasonReformatted, match.Approve},
		{" \t ", "1986-04-05", dob.Auto, match.StatusMissing, match.ReasonEmpty, match.Approve},
		// §1 step 1 (every field, §4): more than four combining marks on one base make the value
		// unusable, as they do a name; the rule is the names' (normalize), not a copy.
		{"1986-04-05" + marks(5), "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonTooManyMarks, match.Review},
		{"1986-04-0" + marks(5) + "5", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonTooManyMarks, match.Review},
		{"5 Apri" + marks(6) + "l 1986", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonTooManyMarks, match.Review},
		{"5 Ma\u0308" + marks(4) + "rz 1986", "1986-03-05", dob.Auto, match.StatusUnusable, match.ReasonTooManyMarks, match.Review},
		// §3: a zero date is missing, but a weekday needs a full date: "Sat 0000-00-00" is an impossible
		// date, a mismatch, not a missing one.
		{"Sat 0000-00-00", "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		{"Samstag, 00.00.0000", "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		{"0000-00-00", "1986-04-05", dob.Auto, match.StatusMissing, match.ReasonPlaceholder, match.Approve},
		// §3: a partial date compares at the precision present, a different month is a mismatch. A month
		// name of two months (lis, listopad: October or November; lip: June or July) is neither March.
		{"lis 1986", "1986-03-05", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		{"listopad 1986", "1986-03-05", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		{"lip 1986", "1986-03-05", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		{"lis 1986", "lip 1986", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		{"lis 1986", "1987-11-05", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		{"lis 1986", "1986-03", dob.Auto, match.StatusMismatch, match.ReasonDifferent, match.Decline},
		// A reading that agrees leaves the date partial, which decides nothing.
		{"lis 1986", "1986-11-05", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		{"lis 1986", "1986-10-05", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		{"lip 1986", "1986-07-05", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		{"lis 1986", "listopad 1986", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		{"lis 1986", "1986", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		{"lis 1986", "05/11/1986", dob.Auto, match.StatusPartial, match.ReasonPartial, match.Approve},
		// Four marks are no flood: the text is read as a date (here one with trailing marks, invalid).
		{"1986-04-05" + marks(4), "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate, match.Decline},
		{"5 Ma\u0308rz 1986", "1986-03-05", dob.Auto, match.StatusMatch, match.ReasonReformatted, match.Approve},
	} {
		t.Run(c.order.String()+"/"+strconv.QuoteToASCII(c.merchant)+"/"+strconv.QuoteToASCII(c.provider), func(t *testing.T) {
			m := matcher(t, match.Options{DateOrder: c.order})
			a, b := rec("Max", "Mustermann", c.merchant), rec("Max", "Mustermann", c.provider)
			v := m.Compare(a, b)
			f := v.Fields[match.DOB]
			assert.Equal(t, c.status, f.Status, v.String())
			assert.True(t, f.Reasons.Has(c.reason), "want %s: %s", c.reason, v)
			assert.Equal(t, c.decision, v.Decision, v.String())
			assertSymmetric(t, m, a, b)
		})
	}
}

// marks returns n combining acute accents.
func marks(n int) string { return strings.Repeat("\u0301", n) }

// TestEmailControlAtEnds: with a deciding email, a control character at either end of an email makes it
// unusable (§1 step 1, §4), never trimmed into a match.
func TestEmailControlAtEnds(t *testing.T) {
	m := matcher(t, match.Options{EmailDeciding: true})
	for _, c := range []struct {
		merchant, provider string
		status             match.Status
		reason             match.Reason
		decision           match.Decision
	}{
		{"max@x.de\u0085", "max@x.de", match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\u0085max@x.de", "max@x.de", match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"max@x.de\v", "max@x.de", match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\fmax@example.com", "max@example.com", match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"max@x.de\u0085", "max@x.de\u0085", match.StatusUnusable, match.ReasonControlChar, match.Review},
		{"\u0085", "max@x.de", match.StatusUnusable, match.ReasonControlChar, match.Review},
		// Whitespace is trimmed as before.
		{" max@x.de\t", "MAX@x.de", match.StatusMatch, match.ReasonSpacing, match.Approve},
		{"\u00a0max@x.de", "max@x.de", match.StatusMatch, match.ReasonSpacing, match.Approve},
		// A flood of combining marks is unusable in an email too.
		{"max@x.de" + marks(5), "max@x.de", match.StatusUnusable, match.ReasonTooManyMarks, match.Review},
	} {
		t.Run(strconv.QuoteToASCII(c.merchant)+"/"+strconv.QuoteToASCII(c.provider), func(t *testing.T) {
			a := match.Record{FirstName: "Max", LastName: "Mustermann", Email: c.merchant}
			b := match.Record{FirstName: "Max", LastName: "Mustermann", Email: c.provider}
			v := m.Compare(a, b)
			f := v.Fields[match.Email]
			assert.Equal(t, c.status, f.Status, v.String())
			assert.True(t, f.Reasons.Has(c.reason), "want %s: %s", c.reason, v)
			assert.Equal(t, c.decision, v.Decision, v.String())
			assertSymmetric(t, m, a, b)
		})
	}
}
