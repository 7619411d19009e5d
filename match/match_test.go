package match_test

import (
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/internal/csvlayout"
	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "update golden files")

// now is the fixed reference date of the tests.
var now = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

func matcher(t testing.TB, o match.Options) *match.Matcher {
	t.Helper()
	o.Now = now
	m, err := match.New(o)
	require.NoError(t, err)
	return m
}

func rec(first, last, dob string) match.Record {
	return match.Record{FirstName: first, LastName: last, DOB: dob}
}

func failing(v match.Verdict) string {
	var s []string
	for _, f := range v.Failing() {
		s = append(s, f.String())
	}
	return strings.Join(s, ";")
}

// TestPolicyExamples is the table of POLICY §5.
func TestPolicyExamples(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		merchant, provider match.Record
		decision           match.Decision
		failing            string
		field              match.Field
		reason             match.Reason
	}{
		{rec("Max", "Mustermann", "1990-09-28"), rec("Max", "Mustermann", "1990-09-28"), match.Approve, "", match.LastName, match.ReasonExact},
		{rec("Max", "Mussterman", ""), rec("Max", "Mußterman", ""), match.Approve, "", match.LastName, match.ReasonSharpS},
		{rec("Johannes", "Kerner", ""), rec("Johannes B.", "Kerner", ""), match.Approve, "", match.FirstName, match.ReasonExtraNames},
		{rec("Johannes", "Bauer", ""), rec("Johannes", "Bàuer", ""), match.Approve, "", match.LastName, match.ReasonAccents},
		{rec("Jürgen", "Müller", ""), rec("Juergen", "Mueller", ""), match.Approve, "", match.LastName, match.ReasonUmlautSpelling},
		{rec("Maximillian", "Mustermann", ""), rec("Max", "Mustermann", ""), match.Decline, "first_name", match.FirstName, match.ReasonPrefix},
		{rec("Max", "Must", ""), rec("Max", "Mustermann", ""), match.Decline, "last_name", match.LastName, match.ReasonPrefix},
		{rec("Ann", "Lee", "05/04/1986"), rec("Ann", "Lee", "1986-04-05"), match.Approve, "", match.DOB, match.ReasonAmbiguousOrder},
		{rec("Max", "Mustermann", "1988-01-01"), rec("Max", "Mustermann", "1988-07-23"), match.Decline, "dob", match.DOB, match.ReasonDifferent},
		{rec("", "Mustermann", ""), rec("Max", "Mustermann", ""), match.Review, "first_name", match.FirstName, match.ReasonEmpty},
	} {
		name := c.merchant.FirstName + " " + c.merchant.LastName + " " + c.merchant.DOB + " vs " + c.provider.FirstName + " " + c.provider.LastName + " " + c.provider.DOB
		t.Run(name, func(t *testing.T) {
			v := m.Compare(c.merchant, c.provider)
			assert.Equal(t, c.decision, v.Decision, v.String())
			assert.Equal(t, c.failing, failing(v))
			assert.True(t, v.Fields[c.field].Reasons.Has(c.reason), "%s lacks %s: %s", c.field, c.reason, v)
			assert.Equal(t, match.PolicyVersion, v.Policy)
		})
	}
}

// TestNameRules checks each name rule and its limits, on the last-name field unless noted.
func TestNameRules(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		a, b   string
		status match.Status
		reason match.Reason
		score  float64 // checked when > 0
	}{
		{"Mustermann", "Musterman", match.StatusMatch, match.ReasonFuzzy, 0.9},
		{"Schneider", "Schnieder", match.StatusMismatch, match.ReasonDifferent, 7.0 / 9},
		{"Meier", "Meyer", match.StatusMismatch, match.ReasonDifferent, 0.8},
		{"Jon", "John", match.StatusMismatch, match.ReasonDifferent, 0.75},
		{"Must", "Mustermann", match.StatusMismatch, match.ReasonPrefix, 0.4},
		{"Anne-Marie", "Annemarie", match.StatusMatch, match.ReasonSpacing, 1},
		{"Anne Marie", "Anne-Marie", match.StatusMatch, match.ReasonPunctuation, 1},
		{"O'Brien", "OBrien", match.StatusMatch, match.ReasonPunctuation, 1},
		{"O’Brien", "O'Brien", match.StatusMatch, match.ReasonPunctuation, 1},
		{"Müller", "Mueller", match.StatusMatch, match.ReasonUmlautSpelling, 1},
		{"Müller", "Muller", match.StatusMatch, match.ReasonAccents, 1},
		{"Mueller", "Muller", match.StatusMismatch, match.ReasonDifferent, 0},
		{"Öz-Kuehn", "Oez-Kühn", match.StatusMatch, match.ReasonUmlautSpelling, 1}, // both alternatives meet
		{"Lö Kuehn", "Loe Kühn", match.StatusMatch, match.ReasonUmlautSpelling, 1},
		{"Groß", "GROSS", match.StatusMatch, match.ReasonSharpS, 1},
		{"Łukasiewicz", "Lukasiewicz", match.StatusMatch, match.ReasonLetters, 1},
		{"Søren", "Soren", match.StatusMatch, match.ReasonLetters, 1},
		{"García", "García Márquez", match.StatusMatch, match.ReasonExtraNames, 0},
		{"Meyer Landrut", "Meyer-Landrut", match.StatusMatch, match.ReasonPunctuation, 1},
		{"Kerner", "Dr. Kerner", match.StatusMatch, match.ReasonTitle, 1},
		{"Kerner Jr.", "Kerner", match.StatusMatch, match.ReasonTitle, 1},
		{"Ｍüller", "Müller", match.StatusMatch, match.ReasonCompat, 1},
		{"Mül\u200bler", "Müller", match.StatusMatch, match.ReasonInvisible, 1},
		{"Mu\u0308ller", "Müller", match.StatusMatch, match.ReasonExact, 1}, // NFD vs NFC: equal forms, raw differ
		{"n/a", "Müller", match.StatusMissing, match.ReasonPlaceholder, 0},
		{"   ", "Müller", match.StatusMissing, match.ReasonEmpty, 0},
		{"M\x00ller", "Müller", match.StatusUnusable, match.ReasonControlChar, 0},
		{"M\xffller", "Müller", match.StatusUnusable, match.ReasonInvalidUTF8, 0},
		{strings.Repeat("a", 300), "Müller", match.StatusUnusable, match.ReasonTooLong, 0},
		{"Mаx", "Max", match.StatusMismatch, match.ReasonMixedScript, 0}, // Cyrillic а
	} {
		t.Run(c.a+" vs "+c.b, func(t *testing.T) {
			v := m.Compare(rec("Anna", c.a, ""), rec("Anna", c.b, ""))
			r := v.Fields[match.LastName]
			if c.reason == match.ReasonExact && c.a != c.b {
				assert.Equal(t, match.StatusMatch, r.Status, v.String())
				assert.False(t, r.Reasons.Has(match.ReasonExact), v.String())
				return
			}
			assert.Equal(t, c.status, r.Status, v.String())
			assert.True(t, r.Reasons.Has(c.reason), "want %s: %s", c.reason, v)
			if c.score > 0 {
				assert.InDelta(t, c.score, r.Score, 1e-9, v.String())
			}
		})
	}
}

// TestFirstNameRules covers middle names, initials and prefixes in the first-name field.
func TestFirstNameRules(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		a, b    string
		status  match.Status
		reasons []match.Reason
	}{
		{"Max Michael", "Max", match.StatusMatch, []match.Reason{match.ReasonExtraNames}},
		{"Michael", "Max Michael", match.StatusMatch, []match.Reason{match.ReasonExtraNames}},
		{"John F.", "John Fitzgerald", match.StatusMatch, []match.Reason{match.ReasonInitials}},
		{"J. Robert", "John Robert", match.StatusMatch, []match.Reason{match.ReasonInitials}},
		{"J.", "Johannes", match.StatusMismatch, []match.Reason{match.ReasonInitialsOnly}},
		{"J. R.", "John Robert", match.StatusMismatch, []match.Reason{match.ReasonInitialsOnly}},
		{"Max", "Maximillian", match.StatusMismatch, []match.Reason{match.ReasonPrefix}},
		{"Bill", "William", match.StatusMismatch, []match.Reason{match.ReasonDifferent}},
		{"Max Michael", "Michael Max", match.StatusMismatch, []match.Reason{match.ReasonDifferent}}, // in order only
		{"Hans-Peter", "Hans Peter", match.StatusMatch, []match.Reason{match.ReasonPunctuation}},
		{"Alexandra Maria", "Alexandrra", match.StatusMatch, []match.Reason{match.ReasonExtraNames, match.ReasonFuzzy}},
	} {
		t.Run(c.a+" vs "+c.b, func(t *testing.T) {
			v := m.Compare(rec(c.a, "Kerner", ""), rec(c.b, "Kerner", ""))
			r := v.Fields[match.FirstName]
			assert.Equal(t, c.status, r.Status, v.String())
			for _, want := range c.reasons {
				assert.True(t, r.Reasons.Has(want), "want %s: %s", want, v)
			}
		})
	}
}

func TestSwappedAndSplit(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		name               string
		merchant, provider match.Record
		decision           match.Decision
		reason             match.Reason
	}{
		{"swapped", rec("Mustermann", "Max", ""), rec("Max", "Mustermann", ""), match.Approve, match.ReasonSwapped},
		{"swapped with typo", rec("Musterman", "Maximilian", ""), rec("Maximillian", "Mustermann", ""), match.Approve, match.ReasonSwapped},
		{"split", rec("Max Michael", "Mustermann", ""), rec("Max", "Michael Mustermann", ""), match.Approve, match.ReasonSplit},
		{"split spaceless", rec("Anne Marie", "Schmidt", ""), rec("Anne", "Marieschmidt", ""), match.Approve, match.ReasonSplit},
		{"swapped but different", rec("Mustermann", "Moritz", ""), rec("Max", "Mustermann", ""), match.Decline, match.ReasonDifferent},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := m.Compare(c.merchant, c.provider)
			assert.Equal(t, c.decision, v.Decision, v.String())
			assert.True(t, v.Fields[match.FirstName].Reasons.Has(c.reason) || v.Fields[match.LastName].Reasons.Has(c.reason), v.String())
		})
	}
	t.Run("disabled", func(t *testing.T) {
		m := matcher(t, match.Options{DisableSwapped: true, DisableSplit: true})
		assert.Equal(t, match.Decline, m.Compare(rec("Mustermann", "Max", ""), rec("Max", "Mustermann", "")).Decision)
		// Without split, each field still lines up through extra names.
		v := m.Compare(rec("Max Michael", "Mustermann", ""), rec("Max", "Michael Mustermann", ""))
		assert.Equal(t, match.Approve, v.Decision)
		assert.True(t, v.Fields[match.LastName].Reasons.Has(match.ReasonExtraNames), v.String())
		m = matcher(t, match.Options{DisableExtraNames: true, DisableSplit: true})
		assert.Equal(t, match.Decline, m.Compare(rec("Max Michael", "Mustermann", ""), rec("Max", "Michael Mustermann", "")).Decision)
	})
}

func TestDOBRules(t *testing.T) {
	for _, c := range []struct {
		a, b   string
		order  dob.Order
		status match.Status
		reason match.Reason
	}{
		{"1990-09-28", "1990-09-28", dob.Auto, match.StatusMatch, match.ReasonExact},
		{"28.09.1990", "1990-09-28", dob.Auto, match.StatusMatch, match.ReasonReformatted},
		{"09/28/1990", "1990-09-28", dob.Auto, match.StatusMatch, match.ReasonReformatted},
		{"1986/04/05", "1986-04-05", dob.Auto, match.StatusMatch, match.ReasonReformatted},
		{"05/04/1986", "1986-04-05", dob.Auto, match.StatusMatch, match.ReasonAmbiguousOrder},
		{"05/04/1986", "1986-05-04", dob.Auto, match.StatusMatch, match.ReasonAmbiguousOrder},
		{"05/04/1986", "1986-04-05", dob.MDY, match.StatusMismatch, match.ReasonDayMonthSwapped},
		{"05/04/1986", "1986-04-05", dob.DMY, match.StatusMatch, match.ReasonReformatted},
		{"05/04/1986", "1986-06-07", dob.Auto, match.StatusMismatch, match.ReasonDifferent},
		{"1986-05-04", "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonDayMonthSwapped},
		{"1990-02-30", "1990-02-28", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate},
		{"2090-01-01", "1990-01-01", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate},
		{"1986-04-05 garbage", "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonInvalidDate},
		{"1986", "1986-04-05", dob.Auto, match.StatusPartial, match.ReasonPartial},
		{"1985", "1986-04-05", dob.Auto, match.StatusMismatch, match.ReasonPartial},
		{"", "1986-04-05", dob.Auto, match.StatusMissing, match.ReasonEmpty},
		{"n/a", "1986-04-05", dob.Auto, match.StatusMissing, match.ReasonPlaceholder},
		{"2020-09-28 22:05:51", "2020-09-28", dob.Auto, match.StatusMatch, match.ReasonReformatted},
		{"12. März 1964", "1964-03-12", dob.Auto, match.StatusMatch, match.ReasonReformatted},
		{"1986-04-05\x01", "1986-04-05", dob.Auto, match.StatusUnusable, match.ReasonControlChar},
	} {
		t.Run(c.a+" vs "+c.b+" "+c.order.String(), func(t *testing.T) {
			m := matcher(t, match.Options{DateOrder: c.order})
			v := m.Compare(rec("Ann", "Lee", c.a), rec("Ann", "Lee", c.b))
			r := v.Fields[match.DOB]
			assert.Equal(t, c.status, r.Status, v.String())
			assert.True(t, r.Reasons.Has(c.reason), "want %s: %s", c.reason, v)
		})
	}
	t.Run("placeholder date flagged", func(t *testing.T) {
		v := matcher(t, match.Options{}).Compare(rec("Ann", "Lee", "1900-01-01"), rec("Ann", "Lee", "1986-04-05"))
		assert.True(t, v.Fields[match.DOB].Flags.Has(match.FlagPlaceholderDOB))
		assert.Equal(t, match.Decline, v.Decision)
	})
	t.Run("ambiguous mismatch shows no chosen reading", func(t *testing.T) {
		v := matcher(t, match.Options{}).Compare(rec("Ann", "Lee", "05/04/1986"), rec("Ann", "Lee", "1986-06-04"))
		r := v.Fields[match.DOB]
		assert.Equal(t, match.StatusMismatch, r.Status)
		assert.True(t, r.MerchantDate.IsZero(), "which reading was meant is unknown")
		assert.Equal(t, "1986-06-04", r.ProviderDate.String())
	})
	t.Run("partial does not decide", func(t *testing.T) {
		v := matcher(t, match.Options{}).Compare(rec("Ann", "Lee", "Apr 1986"), rec("Ann", "Lee", "1986-04-05"))
		assert.Equal(t, match.Approve, v.Decision, v.String())
	})
	t.Run("unusable dob reviews", func(t *testing.T) {
		v := matcher(t, match.Options{}).Compare(rec("Ann", "Lee", "1986\x00"), rec("Ann", "Lee", "1986-04-05"))
		assert.Equal(t, match.Review, v.Decision, v.String())
		assert.Equal(t, "dob", failing(v))
	})
}

func TestEmail(t *testing.T) {
	a := match.Record{FirstName: "Max", LastName: "Mustermann", Email: " Max.Mustermann@Hotmail.com"}
	b := match.Record{FirstName: "Max", LastName: "Mustermann", Email: "max.mustermann@hotmail.com"}
	c := match.Record{FirstName: "Max", LastName: "Mustermann", Email: "other@example.com"}
	m := matcher(t, match.Options{})
	v := m.Compare(a, b)
	assert.Equal(t, match.StatusMatch, v.Fields[match.Email].Status)
	assert.True(t, v.Fields[match.Email].Reasons.Has(match.ReasonCase))
	v = m.Compare(a, c)
	assert.Equal(t, match.StatusMismatch, v.Fields[match.Email].Status)
	assert.Equal(t, match.Approve, v.Decision, "email is informational by default")
	v = matcher(t, match.Options{EmailDeciding: true}).Compare(a, c)
	assert.Equal(t, match.Decline, v.Decision)
	assert.Equal(t, "email", failing(v))
	// A placeholder email is missing, and a missing email never decides.
	for _, p := range []string{"n/a", " NULL ", "-"} {
		d := a
		d.Email = p
		v = matcher(t, match.Options{EmailDeciding: true}).Compare(d, b)
		assert.Equal(t, match.StatusMissing, v.Fields[match.Email].Status, p)
		assert.True(t, v.Fields[match.Email].Reasons.Has(match.ReasonPlaceholder), p)
		assert.Equal(t, match.Approve, v.Decision, p)
	}
}

func TestOptions(t *testing.T) {
	for _, c := range []struct {
		name string
		o    match.Options
		ok   bool
	}{
		{"zero", match.Options{}, true},
		{"threshold 1", match.Options{Threshold: 1}, true},
		{"threshold above 1", match.Options{Threshold: 1.5}, false},
		{"threshold negative", match.Options{Threshold: -0.1}, false},
		{"first threshold above 1", match.Options{FirstNameThreshold: 2}, false},
		{"band below threshold", match.Options{ReviewBand: 0.8}, true},
		{"band at threshold", match.Options{ReviewBand: 0.9}, false},
		{"band above per-field threshold", match.Options{ReviewBand: 0.85, LastNameThreshold: 0.8}, false},
		{"unknown order", match.Options{DateOrder: dob.Order(7)}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := match.New(c.o)
			if c.ok {
				assert.NoError(t, err)
				assert.NotNil(t, m)
				return
			}
			assert.ErrorIs(t, err, match.ErrInvalidOptions)
			assert.Nil(t, m)
		})
	}
}

func TestThresholdAndReviewBand(t *testing.T) {
	a, b := rec("Anna", "Schneider", ""), rec("Anna", "Schnieder", "") // 7/9 = 0.78
	assert.Equal(t, match.Decline, matcher(t, match.Options{}).Compare(a, b).Decision)
	assert.Equal(t, match.Approve, matcher(t, match.Options{Threshold: 0.75}).Compare(a, b).Decision)
	assert.Equal(t, match.Approve, matcher(t, match.Options{LastNameThreshold: 0.75}).Compare(a, b).Decision)
	v := matcher(t, match.Options{ReviewBand: 0.75}).Compare(a, b)
	assert.Equal(t, match.Review, v.Decision, v.String())
	assert.True(t, v.Fields[match.LastName].Reasons.Has(match.ReasonReviewBand))
	assert.Equal(t, "last_name", failing(v))
	// A score below the band still declines.
	v = matcher(t, match.Options{ReviewBand: 0.8}).Compare(a, b)
	assert.Equal(t, match.Decline, v.Decision, v.String())
}

func TestToggles(t *testing.T) {
	for _, c := range []struct {
		name     string
		o        match.Options
		a, b     match.Record
		decision match.Decision
	}{
		{"umlaut off", match.Options{DisableUmlautSpelling: true}, rec("Jürgen", "Müller", ""), rec("Jürgen", "Mueller", ""), match.Decline},
		{"spacing off", match.Options{DisableSpacing: true}, rec("Anna", "Vonderheide", ""), rec("Anna", "Von der Heide", ""), match.Decline},
		{"spacing on", match.Options{}, rec("Anna", "Vonderheide", ""), rec("Anna", "Von der Heide", ""), match.Approve},
		{"extra names off", match.Options{DisableExtraNames: true}, rec("Johannes B.", "Kerner", ""), rec("Johannes", "Kerner", ""), match.Decline},
		{"initials off", match.Options{DisableInitials: true}, rec("John F.", "Kennedy", ""), rec("John Fitzgerald", "Kennedy", ""), match.Decline},
		{"initials on", match.Options{}, rec("John F.", "Kennedy", ""), rec("John Fitzgerald", "Kennedy", ""), match.Approve},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := matcher(t, c.o).Compare(c.a, c.b)
			assert.Equal(t, c.decision, v.Decision, v.String())
		})
	}
}

// TestProviderAndCashierExamples uses the provider's and the cashier's own sample customers.
func TestProviderAndCashierExamples(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range []struct {
		name               string
		merchant, provider match.Record
		decision           match.Decision
		failing            string
	}{
		{"provider ss", rec("Max", "Mussterman", ""), rec("Max", "Mußterman", ""), match.Approve, ""},
		{"provider middle name", rec("Johannes", "Kerner", ""), rec("Johannes B.", "Kerner", ""), match.Approve, ""},
		{"provider accents", rec("Johannes", "Bàuer", ""), rec("Johannes", "Bauer", ""), match.Approve, ""},
		{"provider first name mismatch", rec("Maximillian", "Mustermann", ""), rec("Max", "Mustermann", ""), match.Decline, "first_name"},
		{"provider last name mismatch", rec("Max", "Must", ""), rec("Max", "Mustermann", ""), match.Decline, "last_name"},
		{"provider dob mismatch", rec("Max", "Mustermann", "1988-07-23"), rec("Max", "Mustermann", "1988-01-01"), match.Decline, "dob"},
		{"capture response", rec("Max Michael", "Musterman", "28.09.1990"), rec(`"Max Michael`, "Musterman", "1990-09-28"), match.Approve, ""},
		{"capture response middle name", rec("Max", "Mustermann", "09/28/1990"), rec("Max Michael", "Musterman", "1990-09-28"), match.Approve, ""},
		{"cashier customer sync", rec("Tom", "Doe", "1986/04/05"), rec("Tom", "Doe", "1986-04-05"), match.Approve, ""},
		{"cashier invoice", rec("Tom", "Doe", "1981-09-05"), rec("Tom", "Doe", "1981-09-05"), match.Approve, ""},
		{"cashier MM/DD/YYYY", rec("Tom", "Doe", "09/05/1981"), rec("Tom", "Doe", "1981-09-05"), match.Approve, ""},
		{"provider payment details", rec("Test", "pTNlTgLyVaGYpefhSGEgPuMGiw", "1994-11-13"), rec("Test", "pTNlTgLyVaGYpefhSGEgPuMGiw", "1994-11-13"), match.Review, "first_name"}, // policy 2: test names are placeholders
	} {
		t.Run(c.name, func(t *testing.T) {
			v := m.Compare(c.merchant, c.provider)
			assert.Equal(t, c.decision, v.Decision, v.String())
			assert.Equal(t, c.failing, failing(v))
		})
	}
}

// corpusRow is one labeled pair of testdata/pairs.csv.
type corpusRow struct {
	id, rule, decision, failing string
	merchant, provider          match.Record
}

// readCorpus reads testdata/pairs.csv.
func readCorpus(t testing.TB) []corpusRow {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "pairs.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 200, "the corpus has at least 200 pairs")
	col, _, ok := csvlayout.Positions(rows[0], csvlayout.Names())
	require.True(t, ok, "a column named twice")
	for c, i := range col {
		require.GreaterOrEqual(t, i, 0, "column %s", csvlayout.Column(c))
	}
	rule := slices.Index(rows[0], "rule")
	require.GreaterOrEqual(t, rule, 0, "column rule")
	var out []corpusRow
	for _, row := range rows[1:] {
		get := func(c csvlayout.Column) string { return row[col[c]] }
		r := corpusRow{id: get(csvlayout.ID), rule: row[rule], decision: get(csvlayout.ExpectedDecision),
			failing: get(csvlayout.ExpectedFailing)}
		r.merchant, r.provider = csvlayout.Records(get)
		out = append(out, r)
	}
	return out
}

// corpusPairs returns the corpus's record pairs.
func corpusPairs(t testing.TB) [][2]match.Record {
	var out [][2]match.Record
	for _, r := range readCorpus(t) {
		out = append(out, [2]match.Record{r.merchant, r.provider})
	}
	return out
}

// TestCorpus checks every labeled pair of testdata/pairs.csv under the default policy.
func TestCorpus(t *testing.T) {
	m := matcher(t, match.Options{})
	for _, c := range readCorpus(t) {
		t.Run(c.id, func(t *testing.T) {
			v := m.Compare(c.merchant, c.provider)
			assert.Equal(t, c.decision, v.Decision.String(), "rule %s\n%s", c.rule, v.Explain(true))
			assert.Equal(t, c.failing, failing(v), "rule %s\n%s", c.rule, v.Explain(true))
			assertSymmetric(t, m, c.merchant, c.provider)
		})
	}
}

// TestJSONGolden pins the JSON shape of a verdict.
func TestJSONGolden(t *testing.T) {
	m := matcher(t, match.Options{})
	v := m.Compare(
		match.Record{FirstName: "Maximillian", LastName: "Mußterman", DOB: "05/04/1986", Email: "MAX@example.com"},
		match.Record{FirstName: "Max", LastName: "Mussterman", DOB: "1986-04-05", Email: "max@example.com"},
	)
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	golden := filepath.Join("testdata", "verdict.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got)+"\n")
}

func TestStringHasNoPersonalData(t *testing.T) {
	v := matcher(t, match.Options{}).Compare(rec("Zoltán", "Kovács", "1977-03-04"), rec("Zoltan", "Kovacs", "1977-03-05"))
	s := v.String()
	for _, secret := range []string{"Zolt", "Kov", "1977"} {
		assert.NotContains(t, s, secret)
	}
	assert.Contains(t, v.Explain(true), "Kovács")
	r := v.Redacted()
	assert.Empty(t, r.Fields[match.FirstName].Merchant)
	assert.True(t, r.Fields[match.DOB].MerchantDate.IsZero())
}

func TestSymmetric(t *testing.T) {
	m := matcher(t, match.Options{})
	pairs := [][2]match.Record{
		{rec("Joe Ö", "Kerner", ""), rec("Jö Ö Anne-Marie", "Kerner", "")},
		{rec("Müller", "Kerner", ""), rec("Müller Mueller", "Kerner", "")},
		{rec("Lü Lue", "Kerner", ""), rec("Lue Lü", "Kerner", "")},
		{rec("Max Michael", "Mustermann", "05/04/1986"), rec("Max", "Michael Mustermann", "1986-04-05")},
		{rec("Jürgen", "Müller", "1986"), rec("Juergen", "Mueller", "1986-04-05")},
		{rec("J.", "Meier", "1986-05-04"), rec("Johannes", "Meyer", "1986-04-05")},
	}
	for _, p := range pairs {
		assertSymmetric(t, m, p[0], p[1])
	}
}

func assertSymmetric(t *testing.T, m *match.Matcher, a, b match.Record) {
	t.Helper()
	x, y := m.Compare(a, b), m.Compare(b, a)
	require.Equal(t, x.Decision, y.Decision)
	for i := range x.Fields {
		fx, fy := x.Fields[i], y.Fields[i]
		require.Equal(t, fx.Status, fy.Status, "%s: %s / %s", fx.Field, x, y)
		require.Equal(t, fx.Score, fy.Score, fx.Field.String())
		require.Equal(t, fx.Reasons, fy.Reasons, "%s: %s / %s", fx.Field, x, y)
		if fx.Scored {
			require.GreaterOrEqual(t, fx.Score, 0.0)
			require.LessOrEqual(t, fx.Score, 1.0)
		}
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("Max", "Mustermann", "1990-09-28", "Max Michael", "Musterman", "28.09.1990")
	f.Add("Jürgen", "Müller", "05/04/1986", "Juergen", "Mueller", "1986-04-05")
	f.Add("J.", "n/a", "1986", "Johannes", "\u200b", "13/13/13")
	m := matcher(f, match.Options{})
	f.Fuzz(func(t *testing.T, af, al, ad, bf, bl, bd string) {
		a, b := rec(af, al, ad), rec(bf, bl, bd)
		v := m.Compare(a, b)
		require.Equal(t, v, m.Compare(a, b), "deterministic")
		assertSymmetric(t, m, a, b)
		require.Contains(t, []match.Decision{match.Approve, match.Decline, match.Review}, v.Decision)
	})
}

// TestNames pins the stable names: every unusable-text reason of normalize is a match reason of the same
// name, and names round-trip through their parsers.
func TestNames(t *testing.T) {
	for _, r := range []normalize.Reason{normalize.ReasonInvalidUTF8, normalize.ReasonControlChar,
		normalize.ReasonTooLong, normalize.ReasonTooManyMarks, normalize.ReasonReplacementChar} {
		var got match.Reason
		assert.NoError(t, got.UnmarshalText([]byte(r)), r)
		assert.Equal(t, string(r), got.String())
	}
	assert.Equal(t, "", match.Reason(0).String(), "the zero Reason is none of the reasons")
	var zero match.Reason
	assert.Error(t, zero.UnmarshalText([]byte("")))
	for f := match.FirstName; f <= match.Email; f++ {
		got, err := match.ParseField(f.String())
		assert.NoError(t, err)
		assert.Equal(t, f, got)
	}
	var d match.Decision
	assert.NoError(t, d.UnmarshalText([]byte("review")))
	assert.Equal(t, match.Review, d)
	assert.Error(t, d.UnmarshalText(nil), "the unset decision has no name to parse")
	assert.Equal(t, "reason(200)", match.Reason(200).String())
	_, err := match.ParseField("phone")
	assert.EqualError(t, err, `match: unknown field "phone"`)
}
