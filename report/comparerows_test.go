package report

import (
	"testing"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCompareRows: CompareRows gives each row the verdict Compare gives and counts what Tally.Compare
// row by row counts, for any number of rows (below, at and above its phase of 32), with values on.
func TestCompareRows(t *testing.T) {
	m, err := match.New(match.Options{Now: now, ReviewBand: 0.8})
	require.NoError(t, err)
	all := append(generate(7, 400), readExample(t)...)
	for _, n := range []int{0, 1, 31, 32, 33, 64, 97, len(all)} {
		rows := make([]Row, n)
		for i, r := range all[:n] {
			rows[i] = Row{Number: 1000 + i, Merchant: r.merchant, Provider: r.provider}
		}
		byRow, together := New(m, true), New(m, true)
		tl := byRow.Tally()
		var v match.Verdict
		for _, r := range rows {
			tl.Compare(&v, r.Number, r.Merchant, r.Provider)
		}
		byRow.Done(tl)

		vs := make([]match.Verdict, n+1)
		vs[n].Policy = "untouched"
		tl = together.Tally()
		tl.CompareRows(vs, rows)
		together.Done(tl)
		for i, r := range rows {
			require.Equal(t, m.Compare(r.Merchant, r.Provider), vs[i], "row %d of %d", i, n)
		}
		assert.Equal(t, "untouched", vs[n].Policy, "n=%d: a verdict past the rows was written", n)
		assert.Equal(t, byRow.total, together.total, "n=%d", n)
	}
}

// TestCompareRowsShort: fewer verdicts than rows is a caller's error that panics before any row is
// compared or counted.
func TestCompareRowsShort(t *testing.T) {
	m, err := match.New(match.Options{Now: now})
	require.NoError(t, err)
	c := New(m, false)
	tl := c.Tally()
	rows := make([]Row, 3)
	vs := make([]match.Verdict, 2, 8) // room for three, but only two verdicts
	assert.Panics(t, func() { tl.CompareRows(vs, rows) })
	assert.Equal(t, match.Verdict{}, vs[:3][2])
	c.Done(tl)
	assert.Equal(t, counts{}, c.total)
}
