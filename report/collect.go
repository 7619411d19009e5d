package report

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
	total counts
	free  []*Tally
}

// New returns a Collector for a run under the Matcher m (nil panics, like any method of a nil
// *match.Matcher). With values true, a few raw values per decline and review reason are kept for the
// report (personal data).
func New(m *match.Matcher, values bool) *Collector {
	return &Collector{run: m, sweep: newSweeper(m), values: values}
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
	c.total.addNarrow(&t.n)
	if t.wide != nil {
		c.total.merge(t.wide)
		t.wide = nil
	}
	for r, n := range t.rejected {
		c.total.reject(r, n)
	}
	for k, list := range t.examples {
		for _, e := range list {
			c.total.example(k, e)
		}
	}
	t.n.reset()
	clear(t.rejected)
	clear(t.examples)
	c.free = append(c.free, t)
}

// Tally counts the rows of one part of a run. It is owned by one goroutine at a time. Get one from
// Collector.Tally: a Tally declared on its own has no Collector, and Compare and CompareRows panic on
// it, as on a nil Tally (they need the run's Matcher); Reject on a nil Tally does nothing, and
// Collector.Done takes a nil Tally too, so a caller without a report needs no check for rejects.
//
// A Tally counts in 32-bit counters laid out by how often rows touch them (see narrow), and moves
// them into 64-bit ones (wide) before they could overflow, so it may count any number of rows.
type Tally struct {
	n narrow // first: its first 64 bytes are what every row writes
	c *Collector
	// wide holds what n counted before its last spill (nil until the first): a Tally that counts
	// more than maxNarrowRows rows between two Dones.
	wide     *counts
	rejected map[string]int
	examples map[exampleKey][]Example
	// sweeps holds the Sweeps of the rows CompareRows has compared and not yet counted (Compare uses the
	// first).
	sweeps [phaseRows]match.Sweep
}

// counts is what the report reads: every counter as an int. It is the Collector's totals, and a
// Tally's spill (without rejects and examples, which the Tally keeps itself).
type counts struct {
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
	dependent int // rows whose decision could depend on the threshold

	shapes [2][NumShapes]int // by side (merchant, provider)
	// monthLangs counts, by side, the month-name dates whose month word is in each of dob.Locales()
	// (a word several languages share counts for each).
	monthLangs [2][64]int
	orders     [2][NumShapes][6]int
	// changed counts, by side and shape, the dates without day/month evidence (compact, month-name and
	// other dates) that --date-order mdy ([0]) and dmy ([1]) read otherwise than auto (orderChanges).
	changed   [2][NumShapes][2]int
	twoDigit  int
	withTime  int
	dobStatus [8]int
	dobReason [numReasons]int

	approvals [numReasons]int // approvals that used each reason in a deciding field (once per approval)

	examples map[exampleKey][]Example
}

// numOrders is the number of Order values.
const numOrders = 6

// maxPerRow is the most one row adds to any one counter of a narrow: in a verdict Compare never makes,
// a decline or review with one Field value on every entry of Fields adds that many to its counters in
// failing and reasons; every other counter (an approval reason too: each counts once per approval)
// takes at most one per row. TestNarrowBound checks both.
const maxPerRow = match.NumFields

// maxNarrowRows is the number of rows a narrow counts before it spills into wide counters: no counter
// can then exceed maxPerRow·maxNarrowRows < 2³².
const maxNarrowRows = math.MaxUint32 / maxPerRow

// narrow is a Tally's counters between two spills, 32-bit and laid out by heat. A common approval
// (see common) adds to the first cache line (rows, its kind, its decision), reads the next (the kinds)
// and adds to one date counter per side; other rows also add to the name and date statuses, the score bins of both names (side by side)
// and the reasons of the date and of approvals (side by side). The rest only some rows add to (the
// sweep of threshold-dependent rows, month languages, failing fields and their reasons, dates of other
// shapes that a declared order reads otherwise), each behind a bit of cold so that a merge skips what
// no row touched.
type narrow struct {
	rows uint32 // rows counted since the last reset or spill
	cold uint32 // coldSweep | coldMonth | coldFailing | coldChanged: sections some row added to
	// classRows counts the common approvals of each kind in classes (see common); numClasses is the
	// number of kinds met.
	numClasses uint32
	classRows  [maxClasses]uint32
	// byDecision counts rows by decision (0-3) and by whether the sweep depends on the threshold
	// ([d][0]) or not ([d][1]: added to every sweep point on merge).
	byDecision [4][2]uint32
	classes    [maxClasses][match.NumFields]match.Reasons
	nameStatus [8][2]uint32 // [status][name]
	dobStatus  [8]uint32
	hist       [HistBins][2]uint32   // [bin][name]
	reasonsOf  [numReasons][2]uint32 // [reason]{date of birth, approvals}
	// dates counts both sides' date shapes: [side][dateIndex].
	dates [2][int(NumShapes) * dateKeys]uint32

	// Cold: only some rows add here.
	sweep [NumSweep][4]uint32
	// sweepDiff counts the threshold-dependent rows whose decisions match.Sweep.RunsAt gives as runs,
	// by where their decision changes: a run of decision x over points [a, b) adds one to
	// sweepDiff[a][x] and takes one from sweepDiff[b][x] (row NumSweep: past the last point), so that
	// the sum of sweepDiff[0..i][x] is the count of such rows with x at point i, which addNarrow adds
	// to the sweep. Each sum is the count of some rows, below 2³², so the wrapping arithmetic of
	// uint32 gives it exactly whatever order the additions and subtractions came in.
	sweepDiff  [NumSweep + 1][4]uint32
	dependent  uint32 // threshold-dependent rows of a decision outside 0-3 (byDecision has the rest)
	monthLangs [2][64]uint32
	failing    [2][match.NumFields]uint32
	reasons    [2][match.NumFields][numReasons]uint32
	reasonSet  [2][match.NumFields]uint64 // the reasons counted in reasons (a merge adds only these)
	changed    [2][NumShapes][2]uint32    // as counts.changed
}

// The bits of narrow.cold.
const (
	coldSweep = 1 << iota
	coldMonth
	coldFailing
	coldChanged
)

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
	sw := &t.sweeps[0]
	t.c.run.CompareSweep(v, sw, merchant, provider, t.c.sweep.from)
	t.add(row, v, sw)
}

// Row is one data row for CompareRows: its 1-based row number and its two records. A plain value, safe
// to share for reading.
type Row struct {
	Number             int
	Merchant, Provider match.Record
}

// phaseRows is how many rows CompareRows compares before it counts them.
const phaseRows = 32

// CompareRows is Compare for several rows: the verdict of rows[i] goes to vs[i] (vs must be at least as
// long as rows; a shorter one panics before any row is compared). The result is that of Compare on
// each row in turn; what differs is the order of the work: it compares a few dozen rows before it
// counts them, so that the comparison's code and the counting's each stay in the processor's
// instruction cache, where alternating row by row made them evict each other (a batch with --report
// spends less on the report this way: see the cost in the README's section on the batch report).
func (t *Tally) CompareRows(vs []match.Verdict, rows []Row) {
	if len(vs) < len(rows) {
		panic("report: CompareRows: fewer verdicts than rows")
	}
	// Read once: the Collector's fields are a chain of loads the comparisons evict between rows.
	run, from, sweeps := t.c.run, t.c.sweep.from, &t.sweeps
	for lo := 0; lo < len(rows); lo += phaseRows {
		// A part's rows, verdicts and Sweeps as slices of one length: one bounds check each.
		part := rows[lo:min(lo+phaseRows, len(rows))]
		pv, ps := vs[lo:lo+len(part)], sweeps[:len(part)]
		for i := range part {
			r := &part[i]
			run.CompareSweep(&pv[i], &ps[i], r.Merchant, r.Provider, from)
		}
		for i := range part {
			t.add(part[i].Number, &pv[i], &ps[i])
		}
	}
}

// add counts one evaluated row, its verdict v and the Sweep of its comparison.
func (t *Tally) add(row int, v *match.Verdict, sw *match.Sweep) {
	n := &t.n
	if n.rows >= maxNarrowRows {
		t.spill()
	}
	n.rows++
	d := v.Decision
	dr := &v.Fields[match.DOB]
	if d != match.Approve || !n.common(&v.Fields) {
		t.fields(row, v)
	}
	mi, _ := fastDate(dr.Merchant) // dobIndex, written out
	if mi < 0 {
		mi = dobSlow(dr.Merchant)
	}
	pi, _ := fastDate(dr.Provider)
	if pi < 0 {
		pi = dobSlow(dr.Provider)
	}
	n.dates[0][mi]++
	n.dates[1][pi]++
	if mi >= firstSlowIndex {
		t.slowDate(0, dr.Merchant, mi)
	}
	if pi >= firstSlowIndex {
		t.slowDate(1, dr.Provider, pi)
	}

	if sw.Fixed() {
		if d < 4 {
			n.byDecision[d][1]++
		}
		return
	}
	t.dependent(d, sw)
}

// fields counts what the verdict's fields say beyond the decision: the reasons of the deciding
// fields of an approval, or the failing fields of a decline or review; the name fields' statuses and
// scores; the date of birth's status and reasons.
func (t *Tally) fields(row int, v *match.Verdict) {
	n := &t.n
	fs := &v.Fields
	switch v.Decision {
	case match.Approve:
		n.approval(approvalReasons(fs))
	case match.Decline, match.Review:
		t.failed(row, v)
	}
	n.name(0, &fs[match.FirstName])
	n.name(1, &fs[match.LastName])
	dr := &fs[match.DOB]
	if int(dr.Status) < len(n.dobStatus) {
		n.dobStatus[dr.Status]++
	}
	for rs := uint64(dr.Reasons); rs != 0; rs &= rs - 1 {
		n.reasonsOf[bits.TrailingZeros64(rs)&(numReasons-1)][0]++
	}
}

// maxClasses is the number of kinds of common approval a narrow counts as such (the first ones a batch
// meets); other approvals take the general path.
const maxClasses = 4

// common counts the fields of an approval as one of its kinds of common approval, if it is one: both
// names match with score 1 and the date of birth matches, all three deciding, and their reasons (and
// the email's, if it decides) are those of a kind already met, or of a new one while there is room.
// addNarrow expands each kind's count into the counters fields would have added to. It reports
// whether it counted the row.
func (n *narrow) common(fs *[match.NumFields]match.FieldResult) bool {
	f, l, b, e := &fs[match.FirstName], &fs[match.LastName], &fs[match.DOB], &fs[match.Email]
	// Not f.Score < 1: a NaN score is not common (bin puts it in the lowest bin).
	if f.Status != match.StatusMatch || l.Status != match.StatusMatch || b.Status != match.StatusMatch ||
		!f.Scored || !l.Scored || !(f.Score >= 1) || !(l.Score >= 1) || !f.Deciding || !l.Deciding || !b.Deciding {
		return false
	}
	er := match.Reasons(0) // an email that does not decide adds no approval reasons
	if e.Deciding {
		er = e.Reasons
	}
	for j := range n.classes[:n.numClasses] {
		if c := &n.classes[j]; c[0] == f.Reasons && c[1] == l.Reasons && c[2] == b.Reasons && c[3] == er {
			n.classRows[j]++
			return true
		}
	}
	if n.numClasses == maxClasses {
		return false
	}
	n.classes[n.numClasses] = [match.NumFields]match.Reasons{f.Reasons, l.Reasons, b.Reasons, er}
	n.classRows[n.numClasses] = 1
	n.numClasses++
	return true
}

// approvalReasons returns the reasons of the deciding fields of a verdict's fields fs, together: the
// reasons its approval used, each once however many fields used it (the swapped and split rules put
// theirs on both names). Unrolled (a loop cost 5 instructions a row more); TestTallyDifferential,
// whose reference loops over every field, fails if a field is missing here.
func approvalReasons(fs *[match.NumFields]match.FieldResult) match.Reasons {
	var rs match.Reasons
	if f := &fs[match.FirstName]; f.Deciding {
		rs = f.Reasons
	}
	if f := &fs[match.LastName]; f.Deciding {
		rs |= f.Reasons
	}
	if f := &fs[match.DOB]; f.Deciding {
		rs |= f.Reasons
	}
	if f := &fs[match.Email]; f.Deciding {
		rs |= f.Reasons
	}
	return rs
}

// approval counts each reason of rs, the reasons an approved row used (approvalReasons), once in
// approvals.
func (n *narrow) approval(rs match.Reasons) {
	for r := uint64(rs); r != 0; r &= r - 1 {
		n.reasonsOf[bits.TrailingZeros64(r)&(numReasons-1)][1]++
	}
}

// name counts the status and the score of the k-th name field (0 first, 1 last name).
func (n *narrow) name(k int, r *match.FieldResult) {
	if int(r.Status) < len(n.nameStatus) {
		n.nameStatus[r.Status][k]++
	}
	if r.Scored {
		n.hist[bin(r.Score)][k]++
	}
}

// dateKeys is the number of date counters of one shape: by Order, two-digit year and time part.
const dateKeys = numOrders * 4

// The date counters of a side (narrow.dates) are laid out by slot: a shape's slot is the shape itself
// but for compact and partial dates, which swap theirs, so that the three shapes whose texts need more
// than a count take the last three slots and add tells them from the rest with one comparison: dates
// with a month name (the languages of the word) and compact and other dates (whether the date order
// changes how package dob reads them: slowDate). The ISO and day/month-first shapes, which dobIndex
// reads straight from the text, keep their own number as their slot (TestShapeSlots).
const (
	slotMonthName = 8
	slotCompact   = 9
	slotOther     = 10

	// firstSlowIndex is the first date counter of the shapes of the last three slots.
	firstSlowIndex = slotMonthName * dateKeys
)

// shapeSlot is the slot of each shape, and slotShape the shape of each slot.
var (
	shapeSlot = [NumShapes]uint8{ShapeEmpty: 0, ShapeISO: 1, ShapeYearFirst: 2, ShapePartial: 3,
		ShapeDotted: 4, ShapeSlashed: 5, ShapeDashed: 6, ShapeSpaced: 7, ShapeMonthName: slotMonthName,
		ShapeCompact: slotCompact, ShapeOther: slotOther}
	slotShape = func() (t [NumShapes]Shape) {
		for sh, slot := range shapeSlot {
			t[slot] = Shape(sh)
		}
		return t
	}()
)

// dateIndex returns the index of the date counter of a side (narrow.dates) for the date shape sh:
// shape (by its slot), Order, two-digit year, time part. It is not inlined on purpose: a DOBShape is
// too large to be kept in registers, and inlined, the compiler copies it for every use; as a call,
// ClassifyDOB's result registers are its arguments.
//
//go:noinline
func dateIndex(sh DOBShape) int {
	i := int(shapeSlot[sh.Shape]) * dateKeys
	if sh.Shape.DayMonth() {
		i += int(dayMonthOrder[clampOrder(sh.First)][clampOrder(sh.Second)]) * 4
	}
	if sh.TwoDigitYear {
		i += 2
	}
	if sh.WithTime {
		i++
	}
	return i
}

// dobIndex returns dateIndex(ClassifyDOB(s)), the date counter of the text s: for the ten-byte dates
// of fastDate (almost all real input) straight from the text, with no DOBShape between them; for other
// texts the long way. TestClassifyDOBFast checks it against the long way. (add does the same with
// the two calls written out: a function that calls two others is not inlined.)
func dobIndex(s string) int {
	if i, _ := fastDate(s); i >= 0 {
		return i
	}
	return dobSlow(s)
}

// dobSlow returns dateIndex(ClassifyDOB(s)).
//
//go:noinline
func dobSlow(s string) int { return dateIndex(ClassifyDOB(s)) }

// orderClamp bounds the numbers dayMonthOrder is indexed by: DOBShape.Order tells apart only numbers
// below 1, each of 1-31 (a number above 12 must be a day of the month the other names) and those above
// 31, and whether they equal each other (numbers both above 12 are impossible whether or not they are
// equal), so every number above 31 reads as 32 and every one below 1 as 0.
const orderClamp = 32

// clampOrder returns x within [0, orderClamp].
func clampOrder(x int) int { return max(0, min(x, orderClamp)) }

// dayMonthOrder is DOBShape.Order of a day/month-first date by its two numbers, for numbers 0-127
// (built from Order itself; TestDayMonthOrder checks it against Order for every day/month shape and
// many numbers). The fast path (fastDate) indexes it with its two-digit numbers as they are, masked to
// seven bits so that the index needs no bounds check; any other number is read through clampOrder.
var dayMonthOrder = func() (t [128][128]Order) {
	for a := range t {
		for b := range t[a] {
			t[a][b] = DOBShape{Shape: ShapeDotted, First: a, Second: b}.Order()
		}
	}
	return t
}()

// dependent counts a row whose decision may depend on the threshold, at every sweep point: by the runs
// of its decisions (sweepDiff) where the Sweep gives them (points without a review band, the run's
// default), else one decision at each point.
func (t *Tally) dependent(d match.Decision, sw *match.Sweep) {
	n := &t.n
	if d < 4 {
		n.byDecision[d][0]++
	} else {
		n.dependent++
	}
	n.cold |= coldSweep
	var r match.SweepRuns
	if sw.RunsAt(t.c.sweep.points, &r) {
		// Where the decision changes, not at each point: three runs, the first from point 0.
		k0, k1, x := r.Ends[0], r.Ends[1], &r.Decisions
		sd := &n.sweepDiff
		sd[0][x[0]]++
		sd[k0][x[0]]--
		sd[k0][x[1]]++
		sd[k1][x[1]]--
		sd[k1][x[2]]++
		return
	}
	n.sweepEach(t.c.sweep, sw)
}

// sweepEach counts a threshold-dependent row at each sweep point, from its decisions there: the way
// dependent counts where match.Sweep.RunsAt gives no runs (a review band). Not inlined: without a band
// it never runs, and dependent stays small.
//
//go:noinline
func (n *narrow) sweepEach(s *sweeper, sw *match.Sweep) {
	var ds [NumSweep]match.Decision
	s.decisions(sw, &ds)
	// Unrolled: 11 increments instead of a loop of 11.
	sc := &n.sweep
	sc[0][ds[0]]++
	sc[1][ds[1]]++
	sc[2][ds[2]]++
	sc[3][ds[3]]++
	sc[4][ds[4]]++
	sc[5][ds[5]]++
	sc[6][ds[6]]++
	sc[7][ds[7]]++
	sc[8][ds[8]]++
	sc[9][ds[9]]++
	sc[10][ds[10]]++
}

// slowDate counts what the text s of a side's date of birth, whose date counter i is one of the last
// three slots, tells beyond its shape: the languages of its month word (month names), and whether the
// date order changes how package dob reads it (month names, compact and other dates).
//
//go:noinline
func (t *Tally) slowDate(side int, s string, i int) {
	sh := slotShape[i/dateKeys]
	switch sh {
	case ShapeMonthName:
		t.monthName(side, s)
		if !mayDependOnOrder(s) {
			return
		}
	case ShapeCompact:
		if !compactMayChange(s) {
			return
		}
	case ShapeOther:
		if !mayDependOnOrder(s) {
			return
		}
	default:
		return
	}
	mdy, dmy := orderChanges(s, t.c.run.Options().Now) // the run's reference date (zero: the clock)
	if !mdy && !dmy {
		return
	}
	n := &t.n
	n.cold |= coldChanged
	if mdy {
		n.changed[side][sh][0]++
	}
	if dmy {
		n.changed[side][sh][1]++
	}
}

// orderChanges reports whether package dob reads the date of birth s otherwise under --date-order mdy,
// and under dmy, than under auto, with the reference date now (zero: the clock) as the run has it. A
// reading is what the matching policy takes from dob.Scan: a date, two candidates, a partial date, the
// zero date, or no date at all (every other reason alike: the policy declines each the same way). So
// mdy is true for a text that auto reads day-first or as two candidates (5. 4. 1986, ٠٥/٠٤/١٩٨٦), and
// dmy for one that auto reads month-first (4/25/1990, 12:00:00 AM) or not at all (the DDMMYYYY
// 20041990).
func orderChanges(s string, now time.Time) (mdy, dmy bool) {
	if now.IsZero() {
		now = time.Now()
	}
	auto := reading(dob.Scan(s, dob.Options{Order: dob.Auto, Now: now}))
	mdy = reading(dob.Scan(s, dob.Options{Order: dob.MDY, Now: now})) != auto
	dmy = reading(dob.Scan(s, dob.Options{Order: dob.DMY, Now: now})) != auto
	return mdy, dmy
}

// reading returns r as far as the matching policy tells results apart: the date or dates it carries
// for a date, two candidates, a partial date and the zero date, and one value for every other reason.
func reading(r dob.Result) dob.Result {
	switch r.Reason {
	case "", dob.ReasonAmbiguous, dob.ReasonPartial, dob.ReasonZeroDate:
		r.Offset = 0
		return r
	}
	return dob.Result{Reason: dob.ReasonInvalidDate}
}

// mayDependOnOrder reports whether the date order may change how package dob reads s, false only when
// it cannot: dob applies the order only to a numeric date of three numbers (05/04/1986, a day/month
// pair and a year) and to eight digits (DDMMYYYY under dmy), so a text with fewer than three runs of
// digits (of any script: unicode.IsDigit) and fewer than eight digits in all is read the same under
// every order. Most month-name dates (5 April 1986, April 5, 1986) have two runs. TestOrderPrefilters
// checks it against orderChanges.
func mayDependOnOrder(s string) bool {
	runs, digits, in := 0, 0, false
	for i := 0; i < len(s); {
		c := s[i]
		digit := isDigit(c)
		size := 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			digit = unicode.IsDigit(r)
		}
		i += size
		if digit {
			digits++
			if !in {
				runs++
			}
		}
		in = digit
	}
	return runs >= 3 || digits >= 8
}

// compactMayChange reports whether the date order may change how package dob reads the compact date s
// (eight ASCII digits, ShapeCompact), false only when it cannot: dob reads eight digits as YYYYMMDD
// under every order, and under dmy as DDMMYYYY when that is no valid date, but only if the DDMMYYYY
// reading is one; its year is the digits MMDD, and a year before 1900 is no date of birth. So a text
// whose digits 5-8 are below 1900 (every plausible YYYYMMDD: month 01-12) reads the same way under
// every order. TestOrderPrefilters checks it against orderChanges.
func compactMayChange(s string) bool {
	for s != "" && isSpace(s[0]) {
		s = s[1:]
	}
	if len(s) < 8 {
		return true // not a compact date after all: let dob tell
	}
	year, _, _ := digitRun(s[4:8])
	return year >= 1900
}

// monthName counts the languages of the month word of a date written with one.
func (t *Tally) monthName(side int, s string) {
	set := dob.MonthLanguages(s)
	if set == 0 {
		return
	}
	t.n.cold |= coldMonth
	for ; set != 0; set &= set - 1 {
		t.n.monthLangs[side][bits.TrailingZeros64(set)]++
	}
}

// failed counts the failing fields of a declined or reviewed row and their reasons (and keeps their
// values as examples when values are on).
func (t *Tally) failed(row int, v *match.Verdict) {
	d := v.Decision
	di := 0
	if d == match.Review {
		di = 1
	}
	n := &t.n
	// The counters of d, addressed once.
	failing, sets, reasons := &n.failing[di], &n.reasonSet[di], &n.reasons[di]
	for i := range v.Fields {
		if v.Fields[i].Effect() != d {
			continue
		}
		f, rs := v.Fields[i].Field, uint64(v.Fields[i].Reasons)
		n.cold |= coldFailing
		failing[f]++
		sets[f] |= rs
		c := &reasons[f]
		for ; rs != 0; rs &= rs - 1 {
			c[bits.TrailingZeros64(rs)]++
		}
		if t.c.values {
			t.failedExamples(row, d, &v.Fields[i])
		}
	}
}

// failedExamples keeps the values of the failing field r of row, whose decision is d, as an example of
// each of its reasons. Not inlined: failed runs it only with values on, and inlined, its map work made
// failed's frame and code several times larger.
//
//go:noinline
func (t *Tally) failedExamples(row int, d match.Decision, r *match.FieldResult) {
	for rs := uint64(r.Reasons); rs != 0; rs &= rs - 1 {
		t.example(exampleKey{d, r.Field, match.Reason(bits.TrailingZeros64(rs))}, Example{row, r.Merchant, r.Provider})
	}
}

// spill moves the narrow counters into the wide ones and clears them. It is not inlined: add calls it
// once in maxNarrowRows rows, and inlined it made add's code larger (645 bytes instead of 549).
//
//go:noinline
func (t *Tally) spill() {
	if t.wide == nil {
		t.wide = new(counts)
	}
	t.wide.addNarrow(&t.n)
	t.n.reset()
}

// reset clears n.
func (n *narrow) reset() { *n = narrow{} }

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
	t.examples[k] = keepExample(t.examples[k], e)
}

// example keeps e among the MaxExamples lowest rows of its key.
func (w *counts) example(k exampleKey, e Example) {
	if w.examples == nil {
		w.examples = make(map[exampleKey][]Example)
	}
	w.examples[k] = keepExample(w.examples[k], e)
}

// keepExample returns list with e, if it is among the MaxExamples lowest rows, in row order.
func keepExample(list []Example, e Example) []Example {
	if len(list) == MaxExamples && list[MaxExamples-1].Row < e.Row {
		return list
	}
	list = append(list, e)
	slices.SortFunc(list, func(a, b Example) int { return cmp.Compare(a.Row, b.Row) })
	if len(list) > MaxExamples {
		list = list[:MaxExamples]
	}
	return list
}

// reject adds n rows rejected for reason r.
func (w *counts) reject(r string, n int) {
	if w.rejected == nil {
		w.rejected = make(map[string]int)
	}
	w.rejected[r] += n
}

// addNarrow adds the counters of n to w (and a row of n that the sweep did not depend on to every
// sweep point). It skips what no row added to.
func (w *counts) addNarrow(n *narrow) {
	for j, c := range n.classRows[:n.numClasses] {
		rows := int(c)
		w.nameStatus[0][match.StatusMatch] += rows
		w.nameStatus[1][match.StatusMatch] += rows
		w.hist[0][HistBins-1] += rows
		w.hist[1][HistBins-1] += rows
		w.dobStatus[match.StatusMatch] += rows
		var used match.Reasons // the kind's approval reasons, each counted once per row
		for _, rs := range n.classes[j] {
			used |= rs
		}
		for rs := used; rs != 0; rs &= rs - 1 {
			w.approvals[bits.TrailingZeros64(uint64(rs))] += rows
		}
		for rs := n.classes[j][match.DOB]; rs != 0; rs &= rs - 1 {
			w.dobReason[bits.TrailingZeros64(uint64(rs))] += rows
		}
	}
	for d := range n.byDecision {
		p := &n.byDecision[d]
		w.decisions[d] += int(p[0]) + int(p[1])
		w.dependent += int(p[0])
		if p[1] != 0 {
			for i := range w.sweep {
				w.sweep[i][d] += int(p[1])
			}
		}
	}
	for st := range n.nameStatus {
		p := &n.nameStatus[st]
		w.nameStatus[0][st] += int(p[0])
		w.nameStatus[1][st] += int(p[1])
	}
	for st, c := range n.dobStatus {
		w.dobStatus[st] += int(c)
	}
	for b := range n.hist {
		if p := &n.hist[b]; p[0]|p[1] != 0 {
			w.hist[0][b] += int(p[0])
			w.hist[1][b] += int(p[1])
		}
	}
	for r := range n.reasonsOf {
		if p := &n.reasonsOf[r]; p[0]|p[1] != 0 {
			w.dobReason[r] += int(p[0])
			w.approvals[r] += int(p[1])
		}
	}
	for side := range n.dates {
		a := &n.dates[side]
		for g := range len(a) / 4 { // by slot and order: the four flags' counters
			p := (*[4]uint32)(a[4*g:])
			if p[0]|p[1]|p[2]|p[3] == 0 {
				continue
			}
			all := int(p[0]) + int(p[1]) + int(p[2]) + int(p[3])
			s, o := slotShape[g/numOrders], g%numOrders
			w.shapes[side][s] += all
			w.orders[side][s][o] += all
			w.twoDigit += int(p[2]) + int(p[3])
			w.withTime += int(p[1]) + int(p[3])
		}
	}
	if n.cold == 0 {
		return
	}
	w.dependent += int(n.dependent)
	if n.cold&coldSweep != 0 {
		var sum [4]uint32 // the running sums of sweepDiff
		for i := range n.sweep {
			for x, c := range n.sweep[i] {
				sum[x] += n.sweepDiff[i][x]
				w.sweep[i][x] += int(c) + int(sum[x])
			}
		}
	}
	if n.cold&coldMonth != 0 {
		for side := range n.monthLangs {
			for i, c := range n.monthLangs[side] {
				w.monthLangs[side][i] += int(c)
			}
		}
	}
	if n.cold&coldChanged != 0 {
		for side := range n.changed {
			for s := range n.changed[side] {
				w.changed[side][s][0] += int(n.changed[side][s][0])
				w.changed[side][s][1] += int(n.changed[side][s][1])
			}
		}
	}
	if n.cold&coldFailing != 0 {
		for di := range n.failing {
			for f := range n.failing[di] {
				w.failing[di][f] += int(n.failing[di][f])
				for rs := n.reasonSet[di][f]; rs != 0; rs &= rs - 1 {
					r := bits.TrailingZeros64(rs)
					w.reasons[di][f][r] += int(n.reasons[di][f][r])
				}
			}
		}
	}
}

// merge adds the counters of o (not its rejects and examples) to w.
func (w *counts) merge(o *counts) {
	for i := range w.decisions {
		w.decisions[i] += o.decisions[i]
	}
	for a := range w.failing {
		for f := range w.failing[a] {
			w.failing[a][f] += o.failing[a][f]
			for r := range w.reasons[a][f] {
				w.reasons[a][f][r] += o.reasons[a][f][r]
			}
		}
	}
	for k := range w.hist {
		for i := range w.nameStatus[k] {
			w.nameStatus[k][i] += o.nameStatus[k][i]
		}
		for i := range w.hist[k] {
			w.hist[k][i] += o.hist[k][i]
		}
	}
	for i := range w.sweep {
		for j := range w.sweep[i] {
			w.sweep[i][j] += o.sweep[i][j]
		}
	}
	w.dependent += o.dependent
	for side := range w.shapes {
		for i := range w.monthLangs[side] {
			w.monthLangs[side][i] += o.monthLangs[side][i]
		}
		for s := range w.shapes[side] {
			w.shapes[side][s] += o.shapes[side][s]
			for k := range w.orders[side][s] {
				w.orders[side][s][k] += o.orders[side][s][k]
			}
			w.changed[side][s][0] += o.changed[side][s][0]
			w.changed[side][s][1] += o.changed[side][s][1]
		}
	}
	w.twoDigit += o.twoDigit
	w.withTime += o.withTime
	for i := range w.dobStatus {
		w.dobStatus[i] += o.dobStatus[i]
	}
	for i := range w.dobReason {
		w.dobReason[i] += o.dobReason[i]
		w.approvals[i] += o.approvals[i]
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
