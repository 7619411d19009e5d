package match_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestZeroValues: the zero value of every configuration type is the default policy, never an open door.
func TestZeroValues(t *testing.T) {
	pairs := append(corpusPairs(t),
		[2]match.Record{rec("Maximillian", "Mustermann", ""), rec("Max", "Smith", "")},
		[2]match.Record{rec("Anna", "Meier", "1990-01-01"), rec("Boris", "Meyer", "1990-01-02")},
		[2]match.Record{rec("Max", "Mustermann", "1990-09-28"), rec("Max", "Mustermann", "1990-09-28")},
	)
	var zero match.Matcher // declared, never built with New
	def, err := match.New(match.Options{})
	require.NoError(t, err)
	for _, p := range pairs {
		assert.Equal(t, def.Compare(p[0], p[1]), zero.Compare(p[0], p[1]))
	}
	v := zero.Compare(rec("Maximillian", "Mustermann", ""), rec("Max", "Smith", ""))
	assert.Equal(t, match.Decline, v.Decision)
	assert.Equal(t, match.StatusMismatch, v.Fields[match.FirstName].Status)
	// A name of ten letters with one edit is exactly at the default threshold: it matches.
	v = zero.Compare(rec("Max", "Mustermann", ""), rec("Max", "Musterma", ""))
	assert.Equal(t, match.Decline, v.Decision, v.String())
	v = zero.Compare(rec("Max", "Mustermann", ""), rec("Max", "Mustermanx", ""))
	assert.Equal(t, match.Approve, v.Decision, v.String())

	// dob.Options{} and dob.Order's zero value are the automatic order with today's date.
	assert.Equal(t, dob.Auto, dob.Options{}.Order)

	var nilMatcher *match.Matcher
	assert.PanicsWithValue(t, "match: method called on a nil *Matcher (use match.New, or a Matcher value for the default policy)",
		func() { nilMatcher.Compare(rec("Max", "Lee", ""), rec("Max", "Lee", "")) })
}

// TestReplacementCharacter: U+FFFD is the trace of lost bytes and makes a value unusable.
func TestReplacementCharacter(t *testing.T) {
	m := matcher(t, match.Options{})
	v := m.Compare(rec("Jos\uFFFD", "Mustermann", ""), rec("Jos\uFFFD", "Mustermann", ""))
	assert.Equal(t, match.Review, v.Decision, v.String())
	f := v.Fields[match.FirstName]
	assert.Equal(t, match.StatusUnusable, f.Status)
	assert.True(t, f.Reasons.Has(match.ReasonReplacementChar), f.Reasons.String())

	v = m.Compare(rec("Max", "Lee", "1986-04-0\uFFFD"), rec("Max", "Lee", "1986-04-05"))
	assert.Equal(t, match.StatusUnusable, v.Fields[match.DOB].Status)
	assert.Equal(t, "replacement-char", v.Fields[match.DOB].Reasons.String())
	assert.Equal(t, match.Review, v.Decision)
}

// TestAmbiguousDatesSameOrder: two ambiguous numeric dates are read in the same order.
func TestAmbiguousDatesSameOrder(t *testing.T) {
	m := matcher(t, match.Options{})
	v := m.Compare(rec("Ann", "Lee", "04/05/1986"), rec("Ann", "Lee", "05/04/1986"))
	assert.Equal(t, match.Decline, v.Decision, v.String())
	assert.True(t, v.Fields[match.DOB].Reasons.Has(match.ReasonDayMonthSwapped), v.String())
	assert.Equal(t, "dob", failing(v))

	v = m.Compare(rec("Ann", "Lee", "04/05/1986"), rec("Ann", "Lee", "04-05-1986"))
	assert.Equal(t, match.Approve, v.Decision, v.String())
	assert.True(t, v.Fields[match.DOB].Reasons.Has(match.ReasonAmbiguousOrder), v.String())

	// One ambiguous side still matches either reading (policy 1 unchanged).
	v = m.Compare(rec("Ann", "Lee", "05/04/1986"), rec("Ann", "Lee", "1986-04-05"))
	assert.Equal(t, match.Approve, v.Decision, v.String())
}

// TestTestNames: test names are placeholders, so two test records never approve.
func TestTestNames(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		merchant, provider match.Record
		failing            string
	}{
		{rec("Test", "Test", "1990-01-01"), rec("Test", "Test", "1990-01-01"), "first_name;last_name"},
		{rec("Test Test", "Mustermann", ""), rec("Test Test", "Mustermann", ""), "first_name"},
		{rec("Max", "Dummy", ""), rec("Max", "Dummy", ""), "last_name"},
		{rec("asdf", "asdf", ""), rec("Sample", "Tester", ""), "first_name;last_name"},
	} {
		v := m.Compare(c.merchant, c.provider)
		assert.Equal(t, match.Review, v.Decision, v.String())
		assert.Equal(t, c.failing, failing(v))
		for _, f := range v.Failing() {
			assert.Equal(t, match.StatusMissing, v.Fields[f].Status)
			assert.True(t, v.Fields[f].Reasons.Has(match.ReasonPlaceholder))
		}
	}
}

// TestHonestScores: a reported score is the computed similarity of the best forms, never a length bound.
func TestHonestScores(t *testing.T) {
	for _, o := range []match.Options{{}, {ReviewBand: 0.5}, {ReviewBand: 0.05}} {
		m := matcher(t, o)
		v := m.Compare(rec("Anna", "Lee", ""), rec("Boris", "Lee", ""))
		assert.Equal(t, 0.0, v.Fields[match.FirstName].Score, v.String())
		assert.Equal(t, match.Decline, v.Decision)
		v = m.Compare(rec("Max", "Lee", ""), rec("Maximillian", "Lee", ""))
		assert.InDelta(t, 3.0/11, v.Fields[match.FirstName].Score, 1e-9)
	}
	// Every scored field of the corpus whose forms have no umlaut alternative and no spaces: the score
	// is exactly 1 − distance/longer of the normalized forms.
	m := matcher(t, match.Options{})
	checked := 0
	for _, p := range corpusPairs(t) {
		v := m.Compare(p[0], p[1])
		for _, f := range []match.Field{match.FirstName, match.LastName} {
			r := v.Fields[f]
			if !r.Scored || r.Status != match.StatusMismatch || v.Fields[match.FirstName].Reasons.Has(match.ReasonSwapped) {
				continue
			}
			a, _, errA := normalize.AppendName(nil, r.Merchant)
			b, _, errB := normalize.AppendName(nil, r.Provider)
			require.NoError(t, errA)
			require.NoError(t, errB)
			x, y := string(a), string(b)
			if strings.ContainsAny(r.Merchant+r.Provider, "äöüÄÖÜ\u0308") || strings.Contains(x+y, " ") {
				continue
			}
			want := 1 - float64(levenshtein.ComputeDistance(x, y))/float64(max(utf8.RuneCountInString(x), utf8.RuneCountInString(y)))
			assert.InDeltaf(t, want, r.Score, 1e-12, "%s vs %s", x, y)
			checked++
		}
	}
	assert.Greater(t, checked, 10)
}

// TestUmlautChainDoesNotClose: Müller = Mueller and Müller = Muller, but Mueller ≠ Muller.
func TestUmlautChainDoesNotClose(t *testing.T) {
	m := matcher(t, match.Options{})
	assert.Equal(t, match.Approve, m.Compare(rec("Max", "Müller", ""), rec("Max", "Mueller", "")).Decision)
	assert.Equal(t, match.Approve, m.Compare(rec("Max", "Müller", ""), rec("Max", "Muller", "")).Decision)
	v := m.Compare(rec("Max", "Mueller", ""), rec("Max", "Muller", ""))
	assert.Equal(t, match.Decline, v.Decision)
	assert.Equal(t, "last_name", failing(v))
	assert.InDelta(t, 6.0/7, v.Fields[match.LastName].Score, 1e-9)
}

// TestFieldOnAValue: the obvious call compiles and reads the field.
func TestFieldOnAValue(t *testing.T) {
	m := matcher(t, match.Options{})
	assert.Equal(t, match.StatusMatch, m.Compare(rec("Max", "Lee", ""), rec("Max", "Lee", "")).Field(match.FirstName).Status)
}

// TestPlaceholderDOB: placeholder text and zero dates are a missing date of birth, flagged.
func TestPlaceholderDOB(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, d := range []string{"n/a", "N/A", "unknown", "-", "0000-00-00", "00.00.0000", "00/00/0000", "0000-00-00 00:00:00", "00000000", "0000-00-00T00:00:00Z"} {
		v := m.Compare(rec("Max", "Lee", d), rec("Max", "Lee", "1986-04-05"))
		r := v.Fields[match.DOB]
		assert.Equal(t, match.StatusMissing, r.Status, d)
		assert.True(t, r.Flags.Has(match.FlagPlaceholderDOB), d)
		assert.True(t, r.Reasons.Has(match.ReasonPlaceholder), d)
		assert.Equal(t, match.Approve, v.Decision, d) // a missing DOB is skipped
	}
	for _, d := range []string{"00/00/1986", "1990-02-30"} {
		v := m.Compare(rec("Max", "Lee", d), rec("Max", "Lee", "1986-04-05"))
		assert.Equal(t, match.StatusMismatch, v.Fields[match.DOB].Status, d)
		assert.True(t, v.Fields[match.DOB].Reasons.Has(match.ReasonInvalidDate), d)
		assert.False(t, v.Fields[match.DOB].Flags.Has(match.FlagPlaceholderDOB), d)
	}
}
