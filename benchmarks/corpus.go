package benchmarks

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/custmatch/custmatch/internal/csvlayout"
	"github.com/custmatch/custmatch/match"
)

// CorpusEnv names the environment variable that points the corpus benchmarks and tests at a labeled CSV
// file. Unset, they read the golden corpus the module ships (testdata/pairs.csv).
const CorpusEnv = "CUSTMATCH_CORPUS"

// CorpusPath returns the corpus path: $CUSTMATCH_CORPUS when set, else the module's golden corpus,
// testdata/pairs.csv, found from this source file's location, so that it works from any directory.
func CorpusPath() string {
	if p := os.Getenv(CorpusEnv); p != "" {
		return p
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("..", "testdata", "pairs.csv")
	}
	return filepath.Join(filepath.Dir(file), "..", "testdata", "pairs.csv")
}

// Pair is one labeled comparison of a corpus: the two records and the decision a risk team expects.
type Pair struct {
	ID       string // the id column, or the 1-based data row number when there is none
	Merchant match.Record
	Provider match.Record
	Expected match.Decision
	// ExpectedFailing lists the fields that should cause the decision (expected_failing column); nil
	// when the column is absent or empty.
	ExpectedFailing []match.Field
}

// ErrCorpus is wrapped by every *CorpusError.
var ErrCorpus = errors.New("benchmarks: bad corpus")

// Corpus error reason codes. They never contain the corpus text (names and dates of birth are personal
// data).
const (
	ReasonMissingColumn   = "missing-column"   // a required column is not in the header
	ReasonUnknownDecision = "unknown-decision" // expected_decision is not approve, decline or review
	ReasonUnknownField    = "unknown-field"    // expected_failing names something other than a field
	ReasonCSV             = "csv"              // the file is not valid CSV (Err holds the csv error)
)

// CorpusError reports a problem reading a corpus: the line, the column name, and a reason code. It wraps
// ErrCorpus (and, for ReasonCSV, the *csv.ParseError, whose message has positions but no content). It is
// not modified after ReadCorpus returns it and is safe for concurrent reads.
type CorpusError struct {
	Line   int    // 1-based line of the CSV input, 0 when unknown
	Column string // the column concerned, "" when none
	Reason string // one of the Reason constants
	Err    error  // the underlying error, if any
}

// Error implements error. The message holds no field values.
func (e *CorpusError) Error() string {
	msg := fmt.Sprintf("benchmarks: bad corpus: line %d", e.Line)
	if e.Column != "" {
		msg += ": column " + e.Column
	}
	msg += ": " + e.Reason
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns ErrCorpus and the underlying error.
func (e *CorpusError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrCorpus, e.Err}
	}
	return []error{ErrCorpus}
}

// ReadCorpus reads a labeled CSV corpus from r: a header row naming the columns id,
// merchant_first_name, merchant_last_name, merchant_dob, merchant_email, provider_first_name,
// provider_last_name, provider_dob, provider_email (as for the CLI; DOBs, emails and id optional),
// expected_decision (approve, decline or review) and optionally expected_failing (field names such as
// first_name or dob, separated by ';', '|', ',' or spaces). Other columns are ignored. Errors are
// *CorpusError. ReadCorpus keeps no state and is safe for concurrent use.
func ReadCorpus(r io.Reader) ([]Pair, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, &CorpusError{Line: 1, Reason: ReasonCSV, Err: err}
	}
	// The layout is the CLI's (internal/csvlayout), with expected_decision required too. A column
	// named twice is read from its first place.
	col, _, _ := csvlayout.Positions(header, csvlayout.Names())
	for c := range csvlayout.Count {
		if c := csvlayout.Column(c); col[c] < 0 && (c.Required() || c == csvlayout.ExpectedDecision) {
			return nil, &CorpusError{Line: 1, Column: c.Name(), Reason: ReasonMissingColumn}
		}
	}
	var pairs []Pair
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return pairs, nil
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			return nil, &CorpusError{Line: line, Reason: ReasonCSV, Err: err}
		}
		get := func(c csvlayout.Column) string {
			if i := col[c]; i >= 0 && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		p := Pair{ID: get(csvlayout.ID)}
		p.Merchant, p.Provider = csvlayout.Records(get)
		if p.ID == "" {
			p.ID = fmt.Sprint(row)
		}
		if err := p.Expected.UnmarshalText([]byte(strings.TrimSpace(get(csvlayout.ExpectedDecision)))); err != nil {
			return nil, &CorpusError{Line: line, Column: csvlayout.ExpectedDecision.Name(), Reason: ReasonUnknownDecision}
		}
		for _, name := range strings.FieldsFunc(get(csvlayout.ExpectedFailing), func(r rune) bool {
			return r == ';' || r == '|' || r == ',' || r == ' '
		}) {
			f, err := match.ParseField(name)
			if err != nil {
				return nil, &CorpusError{Line: line, Column: csvlayout.ExpectedFailing.Name(), Reason: ReasonUnknownField}
			}
			p.ExpectedFailing = append(p.ExpectedFailing, f)
		}
		pairs = append(pairs, p)
	}
}

// LoadCorpus reads the corpus file at path with ReadCorpus.
func LoadCorpus(path string) ([]Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCorpus(f)
}

// Comparer is what Evaluate needs: *match.Matcher and Naive both satisfy it (both are safe for concurrent
// use; Evaluate itself calls Compare from one goroutine).
type Comparer interface {
	Compare(merchant, provider match.Record) match.Verdict
}

// Tally counts how a comparer's decisions compare with a corpus's labels. It is a plain value: copies are
// independent, but one Tally must not be updated (Add) from several goroutines at once.
//
// The counts are defined from the risk team's side:
//   - FalseDeclines: expected approve, got decline (a good customer turned away).
//   - FalseApproves: expected decline or review, got approve (a payment captured that should not be).
//   - Reviews: got review, whatever was expected (manual work).
//   - Correct: got exactly the expected decision.
type Tally struct {
	Pairs         int
	Correct       int
	FalseDeclines int
	FalseApproves int
	Reviews       int
}

// ReviewRate is Reviews / Pairs, a fraction in [0, 1] (0 for an empty tally).
func (t Tally) ReviewRate() float64 { return ratio(t.Reviews, t.Pairs) }

// Accuracy is Correct / Pairs, a fraction in [0, 1] (0 for an empty tally).
func (t Tally) Accuracy() float64 { return ratio(t.Correct, t.Pairs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add counts one decision against its expected label.
func (t *Tally) Add(expected, got match.Decision) {
	t.Pairs++
	if got == expected {
		t.Correct++
	}
	if got == match.Review {
		t.Reviews++
	}
	if expected == match.Approve && got == match.Decline {
		t.FalseDeclines++
	}
	if expected != match.Approve && got == match.Approve {
		t.FalseApproves++
	}
}

// Evaluate compares every pair with c and tallies the decisions against the labels.
func Evaluate(c Comparer, pairs []Pair) Tally {
	var t Tally
	for i := range pairs {
		p := &pairs[i]
		t.Add(p.Expected, c.Compare(p.Merchant, p.Provider).Decision)
	}
	return t
}
