package dob_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/require"

	"github.com/custmatch/custmatch/dob"
)

// wantMessage rebuilds an error message from the reason, offset and partial
// month only, independently of the package, so a message that carried any
// input text would not match.
func wantMessage(r dob.Result) string {
	base := map[dob.Reason]string{
		dob.ReasonEmpty:        "dob: empty",
		dob.ReasonFormat:       "dob: unrecognised date format",
		dob.ReasonInvalidDate:  "dob: not a calendar date",
		dob.ReasonFuture:       "dob: date is in the future",
		dob.ReasonTooOld:       "dob: year before 1900",
		dob.ReasonPartial:      "dob: partial date",
		dob.ReasonAmbiguous:    "dob: ambiguous date (two readings)",
		dob.ReasonTrailingText: "dob: unexpected text after the date",
		dob.ReasonZeroDate:     "dob: zero date (no date given)",
	}[r.Reason]
	switch r.Reason {
	case dob.ReasonFormat, dob.ReasonTrailingText:
		return base + " at byte " + strconv.Itoa(r.Offset)
	case dob.ReasonPartial:
		if r.Date.Month == 0 {
			return base + " (year only)"
		}
		return base + " (day missing)"
	}
	return base
}

// validFull reports whether d is a real calendar day from 1900 to now.
func validFull(d dob.Date) bool {
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	y, m, day := t.Date()
	ny, nm, nd := now.Date()
	today := time.Date(ny, nm, nd, 0, 0, 0, 0, time.UTC)
	return y == d.Year && m == d.Month && day == d.Day && d.Year >= 1900 && !t.After(today)
}

func FuzzScan(f *testing.F) {
	for _, tc := range table {
		f.Add(tc.in, 0)
	}
	for _, tc := range languageRows {
		f.Add(tc.in, int(tc.order))
	}
	for _, in := range languageRejects {
		f.Add(in, 0)
	}
	f.Add("05/04/1986", 1)
	f.Add("05/04/1986", 2)
	f.Fuzz(func(t *testing.T, s string, order int) {
		o := dob.Options{Order: dob.Order(order % 4), Now: now}
		r := dob.Scan(s, o)
		d, err := dob.Parse(s, o)
		require.GreaterOrEqual(t, r.Offset, 0)
		require.LessOrEqual(t, r.Offset, len(s))
		if r.Reason == "" {
			require.NoError(t, err)
			require.Equal(t, r.Date, d)
			require.True(t, validFull(d), "parsed %v is not a valid past date", d)
			back, err := dob.Parse(d.String(), o)
			require.NoError(t, err)
			require.Equal(t, d, back, "Parse(d.String()) round trip")
			return
		}

		require.Error(t, err)
		require.Equal(t, dob.Date{}, d)
		var e *dob.Error
		require.True(t, errors.As(err, &e))
		require.Equal(t, r.Reason, e.Reason)
		require.Equal(t, wantMessage(r), err.Error())
		if len(s) >= 8 && strings.ContainsFunc(s, unicode.IsDigit) {
			require.NotContains(t, err.Error(), s)
		}
		switch r.Reason {
		case dob.ReasonAmbiguous:
			require.True(t, errors.Is(err, dob.ErrAmbiguous))
			require.NotEqual(t, e.Candidates[0], e.Candidates[1])
			for _, c := range e.Candidates {
				require.True(t, validFull(c), "candidate %v", c)
				back, err := dob.Parse(c.String(), o)
				require.NoError(t, err)
				require.Equal(t, c, back)
			}
		case dob.ReasonPartial:
			require.True(t, errors.Is(err, dob.ErrPartial))
			require.Zero(t, e.Partial.Day)
			require.GreaterOrEqual(t, e.Partial.Year, 1900)
			require.LessOrEqual(t, e.Partial.Year, now.Year())
			back := dob.Scan(e.Partial.String(), o)
			require.Equal(t, dob.ReasonPartial, back.Reason)
			require.Equal(t, e.Partial, back.Date)
			if r.Alt.IsZero() {
				require.Zero(t, e.Candidates)
				break
			}
			// A month name of two months: two months of one year, lower
			// first, neither in the future.
			require.Equal(t, [2]dob.Date{r.Date, r.Alt}, e.Candidates)
			require.Equal(t, r.Date.Year, r.Alt.Year)
			require.Zero(t, r.Alt.Day)
			require.Positive(t, int(r.Date.Month))
			require.Greater(t, r.Alt.Month, r.Date.Month)
			require.LessOrEqual(t, r.Alt.Month, time.December)
			require.False(t, r.Alt.Year == now.Year() && r.Alt.Month > now.Month(), "future %v", r.Alt)
		default:
			require.Zero(t, r.Date)
			require.Zero(t, r.Alt)
		}
	})
}
