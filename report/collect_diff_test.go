package report

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/custmatch/custmatch/dob"
	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refAdd is the straightforward count of one row (the Tally's before its counters were narrowed and
// laid out by heat): every counter in int, every reason through Reasons.All, each side's date through
// DOBShape.Order, and whether the date order changes the reading of a compact, month-name or other date
// through refOrderChanges on every such date (no shortcut). The differential tests hold Tally to it.
func (w *counts) refAdd(c *Collector, row int, v *match.Verdict, sw *match.Sweep) {
	d := v.Decision
	if int(d) < len(w.decisions) {
		w.decisions[d]++
	}
	di := -1
	switch d {
	case match.Decline:
		di = 0
	case match.Review:
		di = 1
	}
	var used match.Reasons // the reasons of an approval's deciding fields
	for i := range v.Fields {
		r := &v.Fields[i]
		f := r.Field
		if di >= 0 && r.Effect() == d {
			w.failing[di][f]++
			for reason := range r.Reasons.All() {
				w.reasons[di][f][reason]++
				if c.values {
					w.example(exampleKey{d, f, reason}, Example{row, r.Merchant, r.Provider})
				}
			}
		}
		if d == match.Approve && r.Deciding {
			used |= r.Reasons
		}
	}
	for reason := range used.All() { // once per approval, however many deciding fields used it
		w.approvals[reason]++
	}
	for k, f := range [2]match.Field{match.FirstName, match.LastName} {
		r := &v.Fields[f]
		if int(r.Status) < len(w.nameStatus[k]) {
			w.nameStatus[k][r.Status]++
		}
		if r.Scored {
			w.hist[k][bin(r.Score)]++
		}
	}
	dr := &v.Fields[match.DOB]
	if int(dr.Status) < len(w.dobStatus) {
		w.dobStatus[dr.Status]++
	}
	for reason := range dr.Reasons.All() {
		w.dobReason[reason]++
	}
	for side, s := range [2]string{dr.Merchant, dr.Provider} {
		sh := ClassifyDOB(s)
		w.shapes[side][sh.Shape]++
		if sh.Shape == ShapeMonthName {
			for set := dob.MonthLanguages(s); set != 0; set &= set - 1 {
				w.monthLangs[side][bits.TrailingZeros64(set)]++
			}
		}
		w.orders[side][sh.Shape][sh.Order()]++
		switch sh.Shape {
		case ShapeCompact, ShapeMonthName, ShapeOther:
			mdy, dmy := refOrderChanges(s, c.run.Options().Now)
			if mdy {
				w.changed[side][sh.Shape][0]++
			}
			if dmy {
				w.changed[side][sh.Shape][1]++
			}
		}
		if sh.TwoDigitYear {
			w.twoDigit++
		}
		if sh.WithTime {
			w.withTime++
		}
	}
	if sw.Fixed() {
		if int(d) < len(w.decisions) {
			for i := range w.sweep {
				w.sweep[i][d]++
			}
		}
		return
	}
	var ds [NumSweep]match.Decision
	c.sweep.decisions(sw, &ds)
	w.dependent++
	for i, x := range ds {
		w.sweep[i][x]++
	}
}

// refOrderChanges is orderChanges the straightforward way: dob.Parse under each order, its date or the
// candidates or partial date of its error, every other error alike.
func refOrderChanges(s string, now time.Time) (mdy, dmy bool) {
	read := func(o dob.Order) string {
		d, err := dob.Parse(s, dob.Options{Order: o, Now: now})
		var e *dob.Error
		switch {
		case err == nil:
			return "date " + d.String()
		case !errors.As(err, &e):
			panic("dob.Parse: not a *dob.Error")
		case e.Reason == dob.ReasonAmbiguous:
			return "both " + e.Candidates[0].String() + " " + e.Candidates[1].String()
		case e.Reason == dob.ReasonPartial:
			return "partial " + e.Partial.String()
		case e.Reason == dob.ReasonZeroDate:
			return "zero"
		}
		return "none"
	}
	auto := read(dob.Auto)
	return read(dob.MDY) != auto, read(dob.DMY) != auto
}

// evaluated is one compared row: its verdict and Sweep.
type evaluated struct {
	v  match.Verdict
	sw match.Sweep
}

// evaluate compares rows under m.
func evaluate(m *match.Matcher, from float64, rows []row) []evaluated {
	out := make([]evaluated, len(rows))
	for i, r := range rows {
		m.CompareSweep(&out[i].v, &out[i].sw, r.merchant, r.provider, from)
	}
	return out
}

// dobTexts are dates of birth of every shape, order and flag ClassifyDOB tells apart.
var dobTexts = []string{"", "  ", "1986-04-05", "1986-04-05T10:00:00", "1986-04-05 10:00", "1986/04/05", "1986.04.05",
	"1986 04 05", "19860405", "05.04.1986", "5.4.86", "13.04.1986", "04.13.1986", "13.14.1986", "00.04.1986",
	"05.05.1986", "05/04/1986", "5/4/86", "31/12/99", "12/31/1999", "05-04-1986", "05 04 1986", "05.04.1986 10:30",
	"5 April 1986", "Apr 5, 1986", "5. März 1986", "5 avril 1986", "5 de abril de 1986", "1986", "04/1986",
	"1986-04", "n/a", "abc", "05.04.1986x", "١٩٨٦-٠٤-٠٥", "99999999999.5.1986", "05.04",
	// Read otherwise under a declared order (orderChanges): other shapes, month names, compact dates.
	"4/25/1990, 12:00:00 AM", "4/5/1990, 12:00:00 AM", "Sat 05/04/1986", "5. 4. 1986", "05. 04. 1986.",
	"٠٥/٠٤/١٩٨٦", "Mar 01/04/1986", "20041990", "19900231", "01041986", " 20041990\t", "１２/２５/１９８６"}

// mutate returns verdicts with every decision (and 0 and 4, which Compare never gives), status (and
// some out of range), reason, score, deciding flag and date of birth, from the evaluated rows.
func mutate(seed uint64, base []evaluated, n int) []evaluated {
	rng := rand.New(rand.NewPCG(seed, 7))
	scores := []float64{0, 0.1, 0.499, 0.5, 0.8, 0.8999999, 0.9, 0.95, 0.99, 0.999999999, 1, 1.5, math.NaN()}
	out := make([]evaluated, n)
	for i := range out {
		e := base[rng.IntN(len(base))]
		if rng.IntN(4) > 0 {
			e.v.Decision = match.Decision(rng.IntN(5))
		}
		for f := range e.v.Fields {
			r := &e.v.Fields[f]
			if rng.IntN(3) == 0 {
				r.Status = match.Status(rng.IntN(10))
			}
			if rng.IntN(3) == 0 {
				r.Reasons = match.Reasons(rng.Uint64() & rng.Uint64() & rng.Uint64())
			}
			if rng.IntN(4) == 0 {
				r.Deciding = !r.Deciding
			}
			if rng.IntN(4) == 0 {
				r.Scored = !r.Scored
				r.Score = scores[rng.IntN(len(scores))]
			}
		}
		dr := &e.v.Fields[match.DOB]
		if rng.IntN(2) == 0 {
			dr.Merchant = dobTexts[rng.IntN(len(dobTexts))]
		}
		if rng.IntN(2) == 0 {
			dr.Provider = dobTexts[rng.IntN(len(dobTexts))]
		}
		if rng.IntN(10) == 0 {
			e.sw = match.Sweep{} // made by no comparison: fixed
		}
		out[i] = e
	}
	return out
}

// tallyRows adds the rows to c through Tallies of random sizes (two at a time, as two workers), with
// some rejects, and gives every Tally back. With spill, some Tallies start near maxNarrowRows, so they
// spill their narrow counters into wide ones in the middle.
func tallyRows(c *Collector, rows []evaluated, seed uint64, spill bool) {
	rng := rand.New(rand.NewPCG(seed, 11))
	var open [2]*Tally
	for i := range rows {
		k := rng.IntN(2)
		if open[k] == nil {
			open[k] = c.Tally()
			if spill && rng.IntN(2) == 0 {
				open[k].n.rows = maxNarrowRows - uint32(rng.IntN(5))
			}
		}
		t := open[k]
		v := rows[i].v
		t.add(i+1, &v, &rows[i].sw)
		if rng.IntN(50) == 0 {
			t.Reject([]string{"field-count", "quote", "invalid-utf8"}[rng.IntN(3)])
		}
		if rng.IntN(300) == 0 {
			c.Done(t)
			open[k] = nil
		}
	}
	c.Done(open[0])
	c.Done(open[1])
}

// reference counts the rows (and tallyRows' rejects) the straightforward way.
func reference(c *Collector, rows []evaluated, seed uint64, spill bool) *counts {
	rng := rand.New(rand.NewPCG(seed, 11))
	var w counts
	var open [2]bool
	for i := range rows {
		k := rng.IntN(2)
		if !open[k] {
			open[k] = true
			if spill && rng.IntN(2) == 0 {
				rng.IntN(5) // as tallyRows draws
			}
		}
		v := rows[i].v
		w.refAdd(c, i+1, &v, &rows[i].sw)
		if rng.IntN(50) == 0 {
			w.reject([]string{"field-count", "quote", "invalid-utf8"}[rng.IntN(3)], 1)
		}
		if rng.IntN(300) == 0 {
			open[k] = false
		}
	}
	return &w
}

// TestTallyDifferential holds every counter of the Collector's totals to the straightforward count,
// on rows like the batch benchmark's, the example file, generated rows with every kind of name
// difference, and mutated verdicts with every decision, status, reason and date shape.
func TestTallyDifferential(t *testing.T) {
	n := 4000
	if testing.Short() || raceEnabled {
		n = 1000
	}
	inputs := []struct {
		name string
		rows []row
	}{{"batch", batchLike(n)}, {"example", readExample(t)}, {"generated", generate(3, n)}}
	optionSets := []struct {
		name string
		o    match.Options
	}{
		{"default", match.Options{}},
		{"band=0.8", match.Options{ReviewBand: 0.8}},
		{"email-deciding", match.Options{EmailDeciding: true}},
		// Name thresholds off the sweep's points; a band that drops out at low sweep thresholds.
		{"first=0.95,last=0.81", match.Options{FirstNameThreshold: 0.95, LastNameThreshold: 0.81}},
		{"threshold=1,band=0.1", match.Options{Threshold: 1, ReviewBand: 0.1}},
	}
	for _, in := range inputs {
		for _, tc := range optionSets {
			for _, values := range []bool{false, true} {
				for _, spill := range []bool{false, true} {
					t.Run(fmt.Sprintf("input=%s/opts=%s/values=%v/spill=%v", in.name, tc.name, values, spill), func(t *testing.T) {
						o := tc.o
						o.Now = now
						m, err := match.New(o)
						require.NoError(t, err)
						c := New(m, values)
						rows := evaluate(m, c.sweep.from, in.rows)
						rows = append(rows, mutate(5, rows, len(rows))...)
						tallyRows(c, rows, 9, spill)
						want := reference(c, rows, 9, spill)
						assert.Equal(t, *want, c.total)
						assert.Equal(t, want.decisions[1]+want.decisions[2]+want.decisions[3] > 0, true)
						for r, n := range c.total.approvals { // each approval counts a reason once
							assert.LessOrEqual(t, n, c.total.decisions[match.Approve], "%v", match.Reason(r))
						}
					})
				}
			}
		}
	}
}

// TestTallyCompare: Tally.Compare counts what CompareSweep and the straightforward count give.
func TestTallyCompare(t *testing.T) {
	m, err := match.New(match.Options{Now: now, ReviewBand: 0.8})
	require.NoError(t, err)
	c := New(m, true)
	rows := generate(4, 500)
	tl := c.Tally()
	var v match.Verdict
	for i, r := range rows {
		tl.Compare(&v, i+1, r.merchant, r.provider)
	}
	c.Done(tl)
	var want counts
	for i, e := range evaluate(m, c.sweep.from, rows) {
		want.refAdd(c, i+1, &e.v, &e.sw)
	}
	assert.Equal(t, want, c.total)
}

// uint32s returns every uint32 counter of n in a fixed order (rows and cold excluded, and sweepDiff,
// whose counters go down as well as up: sweepSums has what they count).
func uint32s(n *narrow) []uint32 {
	var out []uint32
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Uint32:
			out = append(out, uint32(v.Uint()))
		case reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		}
	}
	v := reflect.ValueOf(n).Elem()
	for i := range v.NumField() {
		if name := v.Type().Field(i).Name; name != "rows" && name != "cold" && name != "sweepDiff" {
			walk(v.Field(i))
		}
	}
	return out
}

// sweepSums returns the sweep counts n's sweepDiff stands for, as addNarrow expands them.
func sweepSums(n *narrow) (out [NumSweep][4]uint32) {
	var sum [4]uint32
	for i := range out {
		for x := range sum {
			sum[x] += n.sweepDiff[i][x]
			out[i][x] = sum[x]
		}
	}
	return out
}

// TestNarrowBound: no row adds more than maxPerRow to any counter of a narrow, the bound that keeps
// its 32-bit counters from overflowing in maxNarrowRows rows; the most is a decline that names one
// field in every entry of Fields, and an approval adds at most one to each reason's count of approvals,
// even with every reason on every deciding field.
func TestNarrowBound(t *testing.T) {
	m, err := match.New(match.Options{Now: now, EmailDeciding: true})
	require.NoError(t, err)
	c := New(m, false)
	rows := evaluate(m, c.sweep.from, append(generate(6, 500), readExample(t)...))
	rows = append(rows, mutate(8, rows, 3000)...)
	// Every reason on every deciding field of an approval: the most an approval adds (counted by
	// fields, not as a common approval: its first name scores below 1).
	all := rows[0]
	all.v.Decision = match.Approve
	for f := range all.v.Fields {
		all.v.Fields[f].Deciding = true
		all.v.Fields[f].Reasons = ^match.Reasons(0)
	}
	all.v.Fields[match.FirstName].Scored, all.v.Fields[match.FirstName].Score = true, 0.95
	// A decline whose every entry is a failing first name with every reason (Compare never makes
	// one): the most a row adds.
	same := rows[0]
	same.v.Decision = match.Decline
	for f := range same.v.Fields {
		r := &same.v.Fields[f]
		r.Field, r.Status, r.Deciding = match.FirstName, match.StatusMismatch, true
		r.Reasons = ^match.Reasons(0) &^ (1 << match.ReasonReviewBand)
		require.Equal(t, match.Decline, r.Effect())
	}
	rows = append(rows, all, same)
	tl := c.Tally()
	most, mostApproval, mostSwept := uint32(0), uint32(0), uint32(0)
	for i := range rows {
		before, approvals, sums := uint32s(&tl.n), tl.n.reasonsOf, sweepSums(&tl.n)
		tl.add(i+1, &rows[i].v, &rows[i].sw)
		for j, x := range uint32s(&tl.n) {
			most = max(most, x-before[j])
		}
		after := sweepSums(&tl.n)
		for p := range after {
			for x := range after[p] {
				mostSwept = max(mostSwept, after[p][x]-sums[p][x])
			}
		}
		for r := range approvals {
			mostApproval = max(mostApproval, tl.n.reasonsOf[r][1]-approvals[r][1])
		}
	}
	c.Done(tl)
	assert.Equal(t, uint32(maxPerRow), most, "the most one row added to one counter")
	assert.Equal(t, uint32(1), mostApproval, "the most one row added to one reason's approvals")
	assert.Equal(t, uint32(1), mostSwept, "the most one row added to one sweep count through sweepDiff")
	assert.LessOrEqual(t, uint64(maxPerRow)*maxNarrowRows, uint64(^uint32(0)))
}

// TestTallySpill: a Tally that reaches maxNarrowRows moves its counters into wide ones and counts on
// from zero, so nothing is lost or wraps.
func TestTallySpill(t *testing.T) {
	m, err := match.New(match.Options{Now: now})
	require.NoError(t, err)
	c := New(m, false)
	rows := evaluate(m, c.sweep.from, batchLike(20))
	tl := c.Tally()
	tl.n.rows = maxNarrowRows - 5
	for i := range rows {
		tl.add(i+1, &rows[i].v, &rows[i].sw)
	}
	require.NotNil(t, tl.wide)
	assert.Equal(t, uint32(15), tl.n.rows)
	c.Done(tl)
	assert.Nil(t, tl.wide)
	var want counts
	for i := range rows {
		want.refAdd(c, i+1, &rows[i].v, &rows[i].sw)
	}
	assert.Equal(t, want, c.total)
}

// TestDayMonthOrder: the table date counting reads the order from is DOBShape.Order, for every shape,
// flag and pair of numbers, however large or negative.
func TestDayMonthOrder(t *testing.T) {
	nums := []int{-1 << 40, -13, -1, 0, 1, 2, 5, 11, 12, 13, 14, 31, 99, 100, 1 << 40}
	for s := range NumShapes + 1 {
		for _, a := range nums {
			for _, b := range nums {
				for _, flags := range [][2]bool{{false, false}, {true, false}, {false, true}, {true, true}} {
					sh := DOBShape{Shape: s, First: a, Second: b, TwoDigitYear: flags[0], WithTime: flags[1]}
					got := OrderNone
					if s.DayMonth() {
						got = dayMonthOrder[clampOrder(a)][clampOrder(b)]
					}
					assert.Equal(t, sh.Order(), got, "%+v", sh)
				}
			}
		}
	}
	// The fast path's numbers, 0-99, index it as they are.
	for a := range 100 {
		for b := range 100 {
			sh := DOBShape{Shape: ShapeSlashed, First: a, Second: b}
			require.Equal(t, sh.Order(), dayMonthOrder[a][b], "%+v", sh)
		}
	}
}

// FuzzTally: for any pair of records, under the default options and under a review band with a
// deciding email, what a Tally counts (and spills) is what the straightforward count gives.
func FuzzTally(f *testing.F) {
	f.Add("Max", "Mustermann", "05.04.1986", "max@example.com", "Max", "Mustermann", "1986-04-05", "max@example.com")
	f.Add("Jürgen", "Müller", "5 März 1986", "j@x.de", "Juergen", "Mueller", "03/05/86", "")
	f.Add("Anne-Marie", "O'Brien", "13.04.1986", "a@b.c", "Anne Marie Luise", "OBrien", "1986-04-13T10:00:00", "a@b.c")
	f.Add("", "\x01", "n/a", "x", "Bob", "Xy", "", "y")
	f.Add("Max", "Mustermann", "25/03/1980", "", "Max", "Mustermann", "3/25/1980, 12:00:00 AM", "")
	f.Add("Max", "Mustermann", "Mar 01/04/1986", "", "Max", "Mustermann", "01041986", "")
	f.Fuzz(func(t *testing.T, mf, ml, md, me, pf, pl, pd, pe string) {
		merchant := match.Record{FirstName: mf, LastName: ml, DOB: md, Email: me}
		provider := match.Record{FirstName: pf, LastName: pl, DOB: pd, Email: pe}
		for _, o := range []match.Options{{Now: now}, {Now: now, ReviewBand: 0.8, EmailDeciding: true}} {
			m, err := match.New(o)
			require.NoError(t, err)
			c := New(m, true)
			tl := c.Tally()
			tl.n.rows = maxNarrowRows - 1 // the second row spills
			var v match.Verdict
			var want counts
			for row := 1; row <= 3; row++ {
				tl.Compare(&v, row, merchant, provider)
				var sw match.Sweep
				m.CompareSweep(&v, &sw, merchant, provider, c.sweep.from)
				want.refAdd(c, row, &v, &sw)
				merchant, provider = provider, merchant
			}
			c.Done(tl)
			require.Equal(t, want, c.total)
		}
	})
}
