package match_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewNowRange: New refuses a non-zero Options.Now whose year (of its calendar date in its own
// location) is outside NowFirstYear..NowLastYear with an *OptionsError for "Now" carrying the year, and
// accepts the bounds and the zero time (today), in any location.
func TestNewNowRange(t *testing.T) {
	east := time.FixedZone("UTC+1", 3600)
	west := time.FixedZone("UTC-5", -5*3600)
	for _, c := range []struct {
		name string
		now  time.Time
		year int // the year refused; 0 when New accepts now
	}{
		{"1899-12-31", time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC), 1899},
		{"1900-01-01", time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), 0},
		{"2026-11-21", time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC), 0},
		{"2200-12-31", time.Date(2200, 12, 31, 23, 59, 59, 999999999, time.UTC), 0},
		{"2201-01-01", time.Date(2201, 1, 1, 0, 0, 0, 0, time.UTC), 2201},
		{"1850-06-01", time.Date(1850, 6, 1, 0, 0, 0, 0, time.UTC), 1850},
		{"0001-01-02", time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), 1},
		{"9999-12-31", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), 9999},
		{"year-1000000", time.Date(1000000, 1, 1, 0, 0, 0, 0, time.UTC), 1000000},
		{"year-minus-44", time.Date(-44, 3, 15, 0, 0, 0, 0, time.UTC), -44},
		{"zero", time.Time{}, 0},
		{"zero-in-UTC+1", time.Time{}.In(east), 0}, // still the zero instant: today
		// Only the calendar date in Now's own location counts, not the UTC instant.
		{"1900-01-01T00:00+01:00", time.Date(1900, 1, 1, 0, 0, 0, 0, east), 0},           // 1899-12-31 in UTC
		{"1899-12-31T23:00-05:00", time.Date(1899, 12, 31, 23, 0, 0, 0, west), 1899},     // 1900-01-01 in UTC
		{"2200-12-31T23:00-05:00", time.Date(2200, 12, 31, 23, 0, 0, 0, west), 0},        // 2201-01-01 in UTC
		{"2201-01-01T00:30+01:00", time.Date(2201, 1, 1, 0, 30, 0, 0, east), 2201},       // 2200-12-31 in UTC
		{"2026-01-01T12:00+01:00", time.Date(2026, 1, 1, 12, 0, 0, 0, east), 0},          // any ordinary date
		{"1899-12-31-local", time.Date(1899, 12, 31, 12, 0, 0, 0, time.Local), 1899},     // the process's zone
		{"2200-12-31-local", time.Date(2200, 12, 31, 12, 0, 0, 0, time.Local), 0},        // the process's zone
		{"1900-01-01-UTC+1-in-UTC", time.Date(1900, 1, 1, 0, 0, 0, 0, east).UTC(), 1899}, // same instant, UTC date
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := match.New(match.Options{Now: c.now})
			if c.year == 0 {
				require.NoError(t, err)
				assert.True(t, m.Options().Now.Equal(c.now), "Options().Now is Now as given")
				return
			}
			assert.Nil(t, m)
			assert.ErrorIs(t, err, match.ErrInvalidOptions)
			var oe *match.OptionsError
			require.True(t, errors.As(err, &oe), "%T", err)
			assert.Equal(t, "Now", oe.Option)
			assert.Equal(t, float64(c.year), oe.Value)
			assert.Equal(t, "must be a date from 1900-01-01 to 2200-12-31, or the zero time for today", oe.Reason)
		})
	}
}

// TestNewNowRangeBounds ties the documented bounds to New: the first and last day of the range are
// accepted, the days just outside refused.
func TestNewNowRangeBounds(t *testing.T) {
	assert.Equal(t, 1900, match.NowFirstYear)
	assert.Equal(t, 2200, match.NowLastYear)
	for _, c := range []struct {
		now time.Time
		ok  bool
	}{
		{time.Date(match.NowFirstYear, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{time.Date(match.NowFirstYear, 1, 1, 0, 0, 0, 0, time.UTC).Add(-time.Nanosecond), false},
		{time.Date(match.NowLastYear, 12, 31, 23, 59, 59, 999999999, time.UTC), true},
		{time.Date(match.NowLastYear+1, 1, 1, 0, 0, 0, 0, time.UTC), false},
	} {
		_, err := match.New(match.Options{Now: c.now})
		assert.Equal(t, c.ok, err == nil, "%s: %v", c.now, err)
	}
}

// TestNewNowAtFirstYear: at the first reference date allowed, the one date of birth package dob reads
// (1900-01-01) still compares as a valid date, so the range leaves no Now under which every date of
// birth is invalid.
func TestNewNowAtFirstYear(t *testing.T) {
	m, err := match.New(match.Options{Now: time.Date(match.NowFirstYear, 1, 1, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	r := match.Record{FirstName: "Anna", LastName: "Schneider", DOB: "1900-01-02"}
	v := m.Compare(r, r)
	assert.NotEqual(t, match.StatusMatch, v.Fields[match.DOB].Status, "a date after Now is not valid: %s", v)
	r.DOB = "1900-01-01"
	v = m.Compare(r, r)
	assert.Equal(t, match.StatusMatch, v.Fields[match.DOB].Status, v.String())
}

// TestOptionsErrorString: the message names the option, the value and the reason; a whole value (a year,
// a date order) is written as an integer, any other as %v writes it, as before.
func TestOptionsErrorString(t *testing.T) {
	for _, c := range []struct {
		name string
		o    match.Options
		want string
	}{
		{"now-1850", match.Options{Now: time.Date(1850, 1, 1, 0, 0, 0, 0, time.UTC)},
			"match: invalid options: Now = 1850: must be a date from 1900-01-01 to 2200-12-31, or the zero time for today"},
		{"now-1899-12-31", match.Options{Now: time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)},
			"match: invalid options: Now = 1899: must be a date from 1900-01-01 to 2200-12-31, or the zero time for today"},
		{"now-year-1000000", match.Options{Now: time.Date(1000000, 1, 1, 0, 0, 0, 0, time.UTC)},
			"match: invalid options: Now = 1000000: must be a date from 1900-01-01 to 2200-12-31, or the zero time for today"},
		{"now-year-123456789012", match.Options{Now: time.Date(123456789012, 1, 1, 0, 0, 0, 0, time.UTC)},
			"match: invalid options: Now = 123456789012: must be a date from 1900-01-01 to 2200-12-31, or the zero time for today"},
		{"threshold-1.5", match.Options{Threshold: 1.5},
			"match: invalid options: Threshold = 1.5: must be in (0, 1], or 0 for the default"},
		{"threshold-2", match.Options{Threshold: 2},
			"match: invalid options: Threshold = 2: must be in (0, 1], or 0 for the default"},
		{"threshold-1e6", match.Options{Threshold: 1e6}, // "1e+06" before whole values were written as integers
			"match: invalid options: Threshold = 1000000: must be in (0, 1], or 0 for the default"},
		{"threshold-nan", match.Options{Threshold: math.NaN()},
			"match: invalid options: Threshold = NaN: must be in (0, 1], or 0 for the default"},
		{"threshold-inf", match.Options{Threshold: math.Inf(1)},
			"match: invalid options: Threshold = +Inf: must be in (0, 1], or 0 for the default"},
		{"threshold-1e-07", match.Options{Threshold: -1e-7},
			"match: invalid options: Threshold = -1e-07: must be in (0, 1], or 0 for the default"},
		{"review-band-0.95", match.Options{ReviewBand: 0.95},
			"match: invalid options: ReviewBand = 0.95: must be in (0, threshold), or 0 for off"},
		{"date-order-7", match.Options{DateOrder: 7},
			"match: invalid options: DateOrder = 7: must be dob.Auto, dob.MDY or dob.DMY"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := match.New(c.o)
			require.Error(t, err)
			assert.Equal(t, c.want, err.Error())
		})
	}
}
