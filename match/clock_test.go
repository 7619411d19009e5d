package match

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDayClockMidnight: the default clock reads the wall clock once, then once per midnight, and the
// date it gives changes at midnight.
func TestDayClockMidnight(t *testing.T) {
	loc := time.FixedZone("CET", 3600)
	wall := time.Date(2026, 11, 30, 23, 59, 59, 900_000_000, loc)
	reads := 0
	var pending func()
	var delay time.Duration
	c := &dayClock{
		wall: func() time.Time { reads++; return wall },
		after: func(d time.Duration, f func()) *time.Timer {
			delay, pending = d, f
			return nil
		},
	}
	for range 1000 {
		assert.Equal(t, 30, c.now().Day())
	}
	assert.Equal(t, 1, reads, "one read until midnight")
	assert.Equal(t, 100*time.Millisecond, delay, "the refresh is due at local midnight")

	wall = wall.Add(delay + time.Millisecond) // the timer fires just after midnight
	require.NotNil(t, pending)
	pending()
	assert.Equal(t, 2, reads)
	for range 1000 {
		d := c.now()
		assert.Equal(t, time.December, d.Month())
		assert.Equal(t, 1, d.Day())
	}
	assert.Equal(t, 2, reads)
	assert.Equal(t, 24*time.Hour-time.Millisecond, delay, "the next refresh at the next midnight")

	// A clock set back (the timer fired early by the wall clock): the read corrects the date and the
	// next refresh comes at the real midnight.
	wall = time.Date(2026, 12, 1, 23, 59, 0, 0, loc)
	pending()
	assert.Equal(t, 1, c.now().Day())
	assert.Equal(t, time.Minute, delay)
}

// TestCompareUsesTodayByDefault: with Options.Now zero a date of birth of tomorrow is in the future and a
// date of today is not.
func TestCompareUsesTodayByDefault(t *testing.T) {
	var m Matcher
	today := time.Now()
	tomorrow := today.AddDate(0, 0, 1).Format("2006-01-02")
	v := m.Compare(Record{FirstName: "Max", LastName: "Lee", DOB: tomorrow}, Record{FirstName: "Max", LastName: "Lee", DOB: tomorrow})
	assert.True(t, v.Fields[DOB].Reasons.Has(ReasonInvalidDate), v.String())
	d := today.Format("2006-01-02")
	v = m.Compare(Record{FirstName: "Max", LastName: "Lee", DOB: d}, Record{FirstName: "Max", LastName: "Lee", DOB: d})
	if time.Now().Format("2006-01-02") == d { // not across a midnight
		assert.Equal(t, StatusMatch, v.Fields[DOB].Status, v.String())
	}
}
