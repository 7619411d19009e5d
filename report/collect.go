package report

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
)

// HistBins is the number of score histogram bins: [0, 0.01), [0.01, 0.02), … [0.99, 1), and 1 exactly.
const HistBins = 101

// numReasons bounds the match.Reason values (a Reasons set is 64 bits).
const numReasons = 64

// MaxExamples is the number of example values kept per (decision, field, reason) with values on.
const MaxExamples = 3

// Collector gathers what the report shows from the verdicts of one batch run, in bounded memory:
// counters, fixed-size histograms and, with values on, at most MaxExamples examples per reason. Rows
// are added through Tallies, one per goroutine; the Collector itself is safe for concurrent use. Make
// one with New: the zero Collector has no Matcher and panics on the first row.
type Collector struct {
	run    *match.Matcher
	sweep  *sweeper
	values bool

	mu    sync.Mutex
	total Tally
	free  []*Tally
}

// New returns a Collector for a run under the Matcher m (nil panics, like any method of a nil
// *match.Matcher). With values true, a few raw values per decline and review reason are kept for the
// report (personal data).
func New(m *match.Matcher, values bool) *Collector {
	c := &Collector{run: m, sweep: newSweeper(m), values: values}
	c.total.c = c
	return c
}

// Tally returns an empty Tally to add rows to; give it back with Done. A nil Collector returns a nil
// Tally, whose methods do nothing, so callers need no check when the report is off.
func (c *Collector) Tally() *Tally {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if n := len(c.free); n > 0 {
		t := c.free[n-1]
		c.free = c.free[:n-1]
		return t
	}
	return &Tally{c: c}
}

// Done merges t into the collector's totals and recycles it; t must not be used afterwards. Nil is a
// no-op.
func (c *Collector) Done(t *Tally) {
	if c == nil || t == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total.merge(t)
	*t = Tally{c: c, examples: t.examples}
	clear(t.examples)
	c.free = append(c.free, t)
}

// Tally counts the rows of one part of a run. It is owned by one goroutine at a time; its methods
// are nil-safe (a nil Tally ignores everything). Get one from Collector.Tally: a Tally declared on its
// own has no Collector and panics on the first row.
type Tally struct {
	c *Collector

	decisions [4]int // by match.Decision
	rejected  map[string]int
	// failing counts, per decision (decline, review), how often each field failed; reasons counts the
	// reasons of the failing fields.
	failing [2][match.NumFields]int
	reasons [2][match.NumFields][numReasons]int
	// nameStatus counts the name fields' statuses; hist the scores of the scored ones.
	nameStatus [2][8]int
	hist       [2][HistBins]int

	sweep     [NumSweep][4]int
	same      [4]int // rows with the same decision at every sweep point (added to sweep on merge)
	dependent int    // rows whose decision could depend on the threshold

	shapes [2][NumShapes]int // by side (merchant, provider)
	// monthLangs counts, by side, the month-name dates whose month word is in each of dob.Locales()
	// (a word several languages share counts for each).
	monthLangs [2][64]int
	orders     [2][NumShapes][6]int
	twoDigit   int
	withTime   int
	dobStatus  [8]int
	dobReason  [numReasons]int

	approvals [numReasons]int // approvals whose deciding fields used each reason

	examples map[exampleKey][]Example
}

type exampleKey struct {
	decision match.Decision
	field    match.Field
	reason   match.Reason
}

// Example is one row's raw values of a failing field, shown with --values. Personal data.
type Example struct {
	Row      int
	Merchant string
	Provider string
}

// Reject counts a row rejected before it could be compared, by its reason code.
func (t *Tally) Reject(reason string) {
	if t == nil {
		return
	}
	if t.rejected == nil {
		t.rejected = make(map[string]int)
	}
	t.rejected[reason]++
}

// Compare compares the records of one row with the run's Matcher into v and counts the row: row is
// its 1-based data row number. (The verdict goes to v rather than being returned: a batch compares
// millions of rows, and a Verdict is a large value to copy.) The Tally does not keep the records or
// the verdict, except their values as examples when values are on. A nil Tally has no Matcher: it
// panics.
func (t *Tally) Compare(v *match.Verdict, row int, merchant, provider match.Record) {
	sw := t.c.run.CompareSweep(v, merchant, provider, t.c.sweep.from)
	t.add(row, v, &sw)
}

// add counts one evaluated row, its verdict v and the Sweep of its comparison.
func (t *Tally) add(row int, v *match.Verdict, sw *match.Sweep) {
	d := v.Decision
	if int(d) < len(t.decisions) {
		t.decisions[d]++
	}
	var di = -1
	switch d {
	case match.Decline:
		di = 0
	case match.Review:
		di = 1
	}
	for i := range v.Fields {
		r := &v.Fields[i]
		f := r.Field
		if di >= 0 && r.Effect() == d {
			t.failing[di][f]++
			for reason := range r.Reasons.All() {
				t.reasons[di][f][reason]++
				if t.c.values {
					t.example(exampleKey{d, f, reason}, Example{row, r.Merchant, r.Provider})
				}
			}
		}
		if d == match.Approve && r.Deciding {
			for reason := range r.Reasons.All() {
				t.approvals[reason]++
			}
		}
	}
	for k, f := range [2]match.Field{match.FirstName, match.LastName} {
		r := &v.Fields[f]
		if int(r.Status) < len(t.nameStatus[k]) {
			t.nameStatus[k][r.Status]++
		}
		if r.Scored {
			t.hist[k][bin(r.Score)]++
		}
	}
	dr := &v.Fields[match.DOB]
	if int(dr.Status) < len(t.dobStatus) {
		t.dobStatus[dr.Status]++
	}
	for reason := range dr.Reasons.All() {
		t.dobReason[reason]++
	}
	for side, s := range [2]string{dr.Merchant, dr.Provider} {
		sh := ClassifyDOB(s)
		t.shapes[side][sh.Shape]++
		if sh.Shape == ShapeMonthName {
			for set := dob.MonthLanguages(s); set != 0; set &= set - 1 {
				t.monthLangs[side][bits.TrailingZeros64(set)]++
			}
		}
		t.orders[side][sh.Shape][sh.Order()]++
		if sh.TwoDigitYear {
			t.twoDigit++
		}
		if sh.WithTime {
			t.withTime++
		}
	}

	if sw.Fixed() {
		if int(d) < len(t.same) {
			t.same[d]++
		}
		return
	}
	var ds [NumSweep]match.Decision
	t.c.sweep.decisions(sw, &ds)
	t.dependent++
	for i, x := range ds {
		t.sweep[i][x]++
	}
}

// bin returns the histogram bin of a score in [0, 1].
func bin(s float64) int {
	if s >= 1 {
		return HistBins - 1
	}
	b := int(s*100 + 1e-9)
	return max(0, min(b, HistBins-2))
}

// example keeps e among the MaxExamples lowest rows of its key.
func (t *Tally) example(k exampleKey, e Example) {
	if t.examples == nil {
		t.examples = make(map[exampleKey][]Example)
	}
	list := t.examples[k]
	if len(list) == MaxExamples && list[MaxExamples-1].Row < e.Row {
		return
	}
	list = append(list, e)
	slices.SortFunc(list, func(a, b Example) int { return cmp.Compare(a.Row, b.Row) })
	if len(list) > MaxExamples {
		list = list[:MaxExamples]
	}
	t.examples[k] = list
}

// merge adds o to t.
func (t *Tally) merge(o *Tally) {
	for i := range t.decisions {
		t.decisions[i] += o.decisions[i]
	}
	for r, n := range o.rejected {
		if t.rejected == nil {
			t.rejected = make(map[string]int)
		}
		t.rejected[r] += n
	}
	for a := range t.failing {
		for f := range t.failing[a] {
			t.failing[a][f] += o.failing[a][f]
			for r := range t.reasons[a][f] {
				t.reasons[a][f][r] += o.reasons[a][f][r]
			}
		}
	}
	for k := range t.hist {
		for i := range t.nameStatus[k] {
			t.nameStatus[k][i] += o.nameStatus[k][i]
		}
		for i := range t.hist[k] {
			t.hist[k][i] += o.hist[k][i]
		}
	}
	for i := range t.sweep {
		for j := range t.sweep[i] {
			t.sweep[i][j] += o.sweep[i][j] + o.same[j]
		}
	}
	t.dependent += o.dependent
	for side := range t.shapes {
		for i := range t.monthLangs[side] {
			t.monthLangs[side][i] += o.monthLangs[side][i]
		}
		for s := range t.shapes[side] {
			t.shapes[side][s] += o.shapes[side][s]
			for k := range t.orders[side][s] {
				t.orders[side][s][k] += o.orders[side][s][k]
			}
		}
	}
	t.twoDigit += o.twoDigit
	t.withTime += o.withTime
	for i := range t.dobStatus {
		t.dobStatus[i] += o.dobStatus[i]
	}
	for i := range t.dobReason {
		t.dobReason[i] += o.dobReason[i]
		t.approvals[i] += o.approvals[i]
	}
	for k, list := range o.examples {
		for _, e := range list {
			t.example(k, e)
		}
	}
}

// SweepCount is the outcome of the whole input at one sweep threshold.
type SweepCount struct {
	Threshold                float64
	Approve, Review, Decline int
}

// Sweep returns the exact decision counts at each sweep threshold (see the package documentation) for
// the rows added so far. It must not run concurrently with Done.
func (c *Collector) Sweep() [NumSweep]SweepCount {
	var out [NumSweep]SweepCount
	for i, n := range c.total.sweep {
		out[i] = SweepCount{SweepThreshold(i), n[match.Approve], n[match.Review], n[match.Decline]}
	}
	return out
}
