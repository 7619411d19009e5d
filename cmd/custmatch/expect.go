package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
)

// exitDiffer is batch --expect's exit status when some rows' verdicts differ from their expectations.
const exitDiffer = 5

// expectDiff is one row whose verdict differs from its expected_decision (or expected_failing), or whose
// expectation cannot be read. It is a plain value owned by the goroutine that holds it.
type expectDiff struct {
	row      int
	id       string
	problem  string // "" or what is wrong with the expectation cells (never their contents)
	want     match.Decision
	wantFail []match.Field // nil when expected_failing is absent or says none
	got      match.Decision
	gotFail  []match.Field
	// merchant and provider are the row's values, kept only with --values (personal data).
	merchant, provider match.Record
}

// expectReport gathers the outcome of the --expect check in input order. It is used by the writer's
// goroutine only.
type expectReport struct {
	checked  int
	rejected int // rows rejected by the reader: not checked
	diffs    []expectDiff
}

// expectColumns checks, after the header is resolved, that --expect has its column.
func (c *batchCmd) expectColumns() error {
	if c.expect && c.cols[colExpDecision] < 0 {
		return errors.New("--expect needs an expected_decision column (or map it: --map expected_decision=HEADER)")
	}
	return nil
}

// checkExpect compares one row's verdict with its expectation and appends a difference to diffs.
func (c *batchCmd) checkExpect(diffs []expectDiff, it *item, v *match.Verdict, failing []match.Field) []expectDiff {
	d := expectDiff{row: it.row, id: it.id, got: v.Decision, gotFail: failing}
	if c.cols[colID] < 0 {
		d.id = strconv.Itoa(it.row)
	}
	var differ bool
	want := strings.ToLower(strings.TrimSpace(it.exp[0]))
	if err := d.want.UnmarshalText([]byte(want)); err != nil {
		d.problem, differ = "expected_decision is not approve, decline or review", true
		if want == "" {
			d.problem = "expected_decision is empty"
		}
	} else {
		differ = d.want != d.got
	}
	if c.cols[colExpFailing] >= 0 {
		want, ok := parseFailing(it.exp[1])
		switch {
		case !ok:
			d.problem = strings.TrimPrefix(d.problem+"; ", "; ") + "expected_failing is not a list of first_name, last_name, dob, email"
			differ = true
		case !slices.Equal(want, failing):
			differ = true
		}
		d.wantFail = want
	}
	if !differ {
		return diffs
	}
	d.gotFail = slices.Clone(failing)
	if c.values {
		d.merchant, d.provider = it.merchant, it.provider
	}
	return append(diffs, d)
}

// parseFailing reads an expected_failing cell: field names separated by ; , or spaces, in any order and
// case; empty means none. The fields come back in Field order, without repeats (as Verdict.Failing gives
// them). ok is false for a name that is not a field.
func parseFailing(s string) (fields []match.Field, ok bool) {
	for name := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == ';' || r == ',' || r == ' ' || r == '\t' }) {
		f, err := match.ParseField(strings.ToLower(name))
		if err != nil {
			return nil, false
		}
		if !slices.Contains(fields, f) {
			fields = append(fields, f)
		}
	}
	slices.Sort(fields)
	return fields, true
}

// add counts a batch's checked rows and keeps its differences.
func (r *expectReport) add(b *batch) {
	r.checked += len(b.items) - b.stats.rejected
	r.rejected += b.stats.rejected
	r.diffs = append(r.diffs, b.diffs...)
}

// write lists every differing row on w after the run (ids, row numbers and decisions; values only when
// they were kept, with --values) and returns the exit code: exitDiffer when a row differs and the run
// was otherwise clean, else code unchanged.
func (r *expectReport) write(w io.Writer, code int) int {
	const name = "custmatch batch: expect"
	unchecked := ""
	if r.rejected > 0 {
		unchecked = fmt.Sprintf(" (%d rejected rows not checked)", r.rejected)
	}
	if len(r.diffs) == 0 {
		fmt.Fprintf(w, "%s: all %d rows agree with their expected decision%s\n", name, r.checked, unchecked)
		return code
	}
	fmt.Fprintf(w, "%s: %d of %d rows differ from their expected decision%s\n", name, len(r.diffs), r.checked, unchecked)
	for _, d := range r.diffs {
		fmt.Fprintf(w, "%s: id %s (row %d): ", name, idText(d.id), d.row)
		if d.problem != "" {
			fmt.Fprintf(w, "%s; got %s\n", d.problem, decisionText(d.got, d.gotFail))
		} else {
			fmt.Fprintf(w, "expected %s, got %s\n", decisionText(d.want, d.wantFail), decisionText(d.got, d.gotFail))
		}
		if d.merchant != (match.Record{}) || d.provider != (match.Record{}) {
			fmt.Fprintf(w, "    merchant %s\n    provider %s\n", recordText(d.merchant), recordText(d.provider))
		}
	}
	if code == exitOK {
		return exitDiffer
	}
	return code
}

// idText writes a row id for stderr, where it is the input's text: hidden characters (controls such as
// a line break or an escape sequence's ESC, bidi controls such as U+202E) as <U+XXXX>
// (textrule.Visible), so an id can neither forge a line nor reorder one; quoted (Go syntax) when it is
// empty or holds a blank or a quote, so that where it ends is plain.
func idText(id string) string {
	v := textrule.Visible(id)
	if v == "" || strings.ContainsRune(v, '"') || strings.IndexFunc(v, unicode.IsSpace) >= 0 {
		return strconv.Quote(v)
	}
	return v
}

// decisionText writes a decision and its failing fields: "decline (first_name;dob)", "approve".
func decisionText(d match.Decision, failing []match.Field) string {
	if len(failing) == 0 {
		return d.String()
	}
	names := make([]string, len(failing))
	for i, f := range failing {
		names[i] = f.String()
	}
	return d.String() + " (" + strings.Join(names, ";") + ")"
}

// recordText writes a record's values quoted (personal data: --values only).
func recordText(r match.Record) string {
	return fmt.Sprintf("first %q, last %q, dob %q, email %q", r.FirstName, r.LastName, r.DOB, r.Email)
}
