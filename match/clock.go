package match

import (
	"sync"
	"sync/atomic"
	"time"
)

// dayClock is the default clock of Compare (Options.Now zero). Only the calendar date of "now" matters
// to the date-of-birth rules (a date in the future, the century of a two-digit year), so the clock reads
// the wall clock once, then once at each local midnight, from a timer, instead of once per comparison.
// The read at midnight also corrects any drift: it schedules the next refresh from the time it read.
//
// A dayClock is safe for concurrent use; its zero value is ready (the first now reads the clock).
type dayClock struct {
	once  sync.Once
	today atomic.Pointer[time.Time]
	// wall and after are time.Now and time.AfterFunc, replaced in tests.
	wall  func() time.Time
	after func(time.Duration, func()) *time.Timer
}

// defaultClock serves every Matcher without Options.Now, the zero Matcher included: one wall-clock
// read per calendar-day boundary for the whole process.
var defaultClock dayClock

// now returns the current time as of the last read: its calendar date is today's.
func (c *dayClock) now() time.Time {
	c.once.Do(c.refresh)
	return *c.today.Load()
}

// refresh reads the wall clock and schedules the next read just after the coming local midnight.
func (c *dayClock) refresh() {
	wall, after := c.wall, c.after
	if wall == nil {
		wall, after = time.Now, time.AfterFunc
	}
	t := wall()
	c.today.Store(&t)
	midnight := time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
	after(midnight.Sub(t), c.refresh)
}
