package benchmarks

import (
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tinyCorpus is a hand-made labeled corpus whose tuning metrics are worked out by hand below.
const tinyCorpus = `id,merchant_first_name,merchant_last_name,merchant_dob,provider_first_name,provider_last_name,provider_dob,expected_decision,expected_failing
same,Max,Mustermann,1990-09-28,Max,Mustermann,1990-09-28,approve,
jon,Jon,Smith,,John,Smith,,approve,
meier,Anna,Meier,,Anna,Meyer,,decline,last_name
missing,,Mustermann,,Max,Mustermann,,review,first_name
must,Max,Must,,Max,Mustermann,,decline,last_name
`

func TestThresholdMetrics(t *testing.T) {
	pairs, err := ReadCorpus(strings.NewReader(tinyCorpus))
	require.NoError(t, err)
	require.Len(t, pairs, 5)
	// At 0.90: jon is declined (Jon/John scores 0.75): one false decline; the other four are right.
	// At 0.75: jon is approved, but meier is approved too (Meier/Meyer scores 0.80): one false approve.
	// At 0.30: must is approved as well (Must/Mustermann scores 0.40): two false approves.
	cases := []struct {
		threshold float64
		want      map[string]float64
		tally     Tally
	}{
		{0.90, map[string]float64{"false-declines": 1, "false-approves": 0, "review-rate": 0.2, "accuracy": 0.8},
			Tally{Pairs: 5, Correct: 4, FalseDeclines: 1, Reviews: 1}},
		{0.75, map[string]float64{"false-declines": 0, "false-approves": 1, "review-rate": 0.2, "accuracy": 0.8},
			Tally{Pairs: 5, Correct: 4, FalseApproves: 1, Reviews: 1}},
		{0.30, map[string]float64{"false-declines": 0, "false-approves": 2, "review-rate": 0.2, "accuracy": 0.6},
			Tally{Pairs: 5, Correct: 3, FalseApproves: 2, Reviews: 1}},
	}
	for _, c := range cases {
		t.Run("threshold="+strconv.FormatFloat(c.threshold, 'f', 2, 64), func(t *testing.T) {
			m, err := match.New(match.Options{Threshold: c.threshold, Now: testNow})
			require.NoError(t, err)
			got := Evaluate(m, pairs)
			assert.Equal(t, c.tally, got)
			metrics := tallyMetrics(got)
			for unit, want := range c.want {
				assert.InDelta(t, want, metrics[unit], 1e-12, unit)
			}
			assert.Len(t, metrics, len(c.want))
			// The naive pipeline supports Threshold too and must tally the same.
			assert.Equal(t, c.tally, Evaluate(Naive{Opts: match.Options{Threshold: c.threshold, Now: testNow}}, pairs))
		})
	}
}

func TestTallyAdd(t *testing.T) {
	cases := []struct {
		name          string
		expected, got match.Decision
		want          Tally
	}{
		{"approve/approve", match.Approve, match.Approve, Tally{Pairs: 1, Correct: 1}},
		{"approve/decline", match.Approve, match.Decline, Tally{Pairs: 1, FalseDeclines: 1}},
		{"approve/review", match.Approve, match.Review, Tally{Pairs: 1, Reviews: 1}},
		{"decline/approve", match.Decline, match.Approve, Tally{Pairs: 1, FalseApproves: 1}},
		{"review/approve", match.Review, match.Approve, Tally{Pairs: 1, FalseApproves: 1}},
		{"review/decline", match.Review, match.Decline, Tally{Pairs: 1}},
		{"review/review", match.Review, match.Review, Tally{Pairs: 1, Correct: 1, Reviews: 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got Tally
			got.Add(c.expected, c.got)
			assert.Equal(t, c.want, got)
		})
	}
	var empty Tally
	assert.Zero(t, empty.ReviewRate())
	assert.Zero(t, empty.Accuracy())
}

func TestReadCorpus(t *testing.T) {
	pairs, err := ReadCorpus(strings.NewReader("\ufeffMerchant_First_Name,merchant_last_name,provider_first_name," +
		"provider_last_name,expected_decision,expected_failing\nMax,Must,Max,Mustermann,decline,first_name;last_name\n"))
	require.NoError(t, err)
	require.Len(t, pairs, 1)
	assert.Equal(t, "1", pairs[0].ID)
	assert.Equal(t, match.Decline, pairs[0].Expected)
	assert.Equal(t, []match.Field{match.FirstName, match.LastName}, pairs[0].ExpectedFailing)
	assert.Equal(t, "Must", pairs[0].Merchant.LastName)

	header := "merchant_first_name,merchant_last_name,provider_first_name,provider_last_name,expected_decision,expected_failing\n"
	cases := []struct {
		name, in string
		reason   string
		column   string
		line     int
	}{
		{"missing-column", "merchant_first_name,merchant_last_name\nMax,Secret\n", ReasonMissingColumn, "provider_first_name", 1},
		{"unknown-decision", header + "Max,Secret,Max,Secret,maybe,\n", ReasonUnknownDecision, "expected_decision", 2},
		{"unknown-field", header + "Max,Secret,Max,Secret,decline,surname\n", ReasonUnknownField, "expected_failing", 2},
		{"csv", header + "Max,\"Secret,Max\n", ReasonCSV, "", 2},
		{"empty", "", ReasonCSV, "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadCorpus(strings.NewReader(c.in))
			var ce *CorpusError
			require.ErrorAs(t, err, &ce)
			assert.ErrorIs(t, err, ErrCorpus)
			assert.Equal(t, c.reason, ce.Reason)
			assert.Equal(t, c.column, ce.Column)
			assert.Equal(t, c.line, ce.Line)
			assert.NotContains(t, err.Error(), "Secret", "error messages must not carry personal data")
			if c.reason == ReasonCSV && c.name == "csv" {
				var pe *csv.ParseError
				assert.True(t, errors.As(err, &pe))
			}
		})
	}
}
