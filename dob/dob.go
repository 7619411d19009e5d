package dob

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Order is the day/month order applied to numeric dates that do not start
// with a four-digit year. The zero value is [Auto].
type Order int

const (
	// Auto reads dotted numeric dates (05.04.1986) day-first, always:
	// 12.25.1986 is [ReasonInvalidDate]. For the other separators it lets a
	// field above 12 decide between month-first and day-first, and when
	// both readings are valid and differ the result is [ReasonAmbiguous]
	// with both candidates.
	Auto Order = iota
	// MDY reads every non-year-first numeric date month-first, dotted dates
	// included (04/05/1986 and 04.05.1986 are 5 April 1986).
	MDY
	// DMY reads every non-year-first numeric date day-first (04/05/1986 is
	// 4 May 1986).
	DMY
)

// String returns "auto", "mdy" or "dmy", or "Order(n)" for a value outside
// the defined constants.
func (o Order) String() string {
	switch o {
	case Auto:
		return "auto"
	case MDY:
		return "mdy"
	case DMY:
		return "dmy"
	}
	return "Order(" + strconv.Itoa(int(o)) + ")"
}

// ErrUnknownOrder is returned by [ParseOrder] and [Order.UnmarshalText] for
// a name other than auto, mdy or dmy. The error does not repeat the name.
var ErrUnknownOrder = errors.New("dob: unknown order (want auto, mdy or dmy)")

// ParseOrder returns the Order named "auto", "mdy" or "dmy", compared
// case-insensitively after trimming spaces; any other name returns
// [ErrUnknownOrder].
func ParseOrder(s string) (Order, error) {
	s = strings.TrimSpace(s)
	for _, o := range [...]Order{Auto, MDY, DMY} {
		if strings.EqualFold(s, o.String()) {
			return o, nil
		}
	}
	return Auto, ErrUnknownOrder
}

// MarshalText implements [encoding.TextMarshaler]; it fails with
// [ErrUnknownOrder] for a value outside the defined constants.
func (o Order) MarshalText() ([]byte, error) {
	if o < Auto || o > DMY {
		return nil, ErrUnknownOrder
	}
	return []byte(o.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOrder], so
// an Order can be used with flag.TextVar and in JSON or YAML configuration.
func (o *Order) UnmarshalText(b []byte) error {
	v, err := ParseOrder(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Options configure [Scan] and [Parse]. The zero value is the default
// policy: [Auto] order, and the current time as the reference date.
type Options struct {
	// Order is the day/month order for numeric dates. ISO year-first dates
	// (1986-04-05, 1986/04/05, 1986.04.05, 19860405) are always
	// year-month-day whatever the Order. Values other than Auto, MDY and DMY
	// behave like Auto.
	Order Order
	// Now is the reference for "in the future" and for two-digit years. Only
	// its calendar date in its own location matters. The zero value means
	// time.Now().
	Now time.Time
}

// Date is a calendar date without time or zone. A full date has Year, Month
// and Day set; a partial date (see [ReasonPartial]) has Day 0, and Month 0
// when only the year was present.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// String formats d as "1986-04-05" (zero-padded), "1986-04" when Day is 0
// and "1986" when Month is also 0. The string of a date read by [Scan] reads
// back to the same Date: a full date through [Parse] (whatever the Order),
// a partial date as a [ReasonPartial] result whose [Result].Date (and
// [Error].Partial) is the same partial Date.
func (d Date) String() string {
	var buf [24]byte
	return string(d.Append(buf[:0]))
}

// Append appends d to b as [Date.String] writes it and returns the extended buffer; it does not allocate
// when b has room.
func (d Date) Append(b []byte) []byte {
	b = pad(b, d.Year, 4)
	if d.Month == 0 && d.Day == 0 {
		return b
	}
	b = append(b, '-')
	b = pad(b, int(d.Month), 2)
	if d.Day == 0 {
		return b
	}
	b = append(b, '-')
	return pad(b, d.Day, 2)
}

// pad appends v in decimal, zero-padded to width digits.
func pad(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Reason is a stable, machine-readable code for why a date of birth was not
// accepted as a full date. It never contains any part of the input.
type Reason string

// The reasons returned in [Result.Reason] and [Error.Reason].
const (
	ReasonEmpty        Reason = "empty"         // nothing but whitespace
	ReasonFormat       Reason = "format"        // not a recognised date shape
	ReasonInvalidDate  Reason = "invalid-date"  // no such calendar day (Feb 30, month 13), or a contradicting weekday
	ReasonFuture       Reason = "future"        // after the calendar date of Options.Now
	ReasonTooOld       Reason = "too-old"       // year before 1900
	ReasonPartial      Reason = "partial"       // only a year, or a year and month
	ReasonAmbiguous    Reason = "ambiguous"     // two valid, different readings: day/month order under Auto, or a month name of two languages
	ReasonTrailingText Reason = "trailing-text" // a date followed by something that is not a time part
	// ReasonZeroDate is the "no date" placeholder of SQL exports: year 0000
	// with month and day 00 (0000-00-00, 00.00.0000, 00/00/0000, 00000000,
	// also with a time part). The matching policy counts it as a missing value, not an
	// invalid one; any other impossible date (00/00/1986), and a zero date
	// with a weekday ("Sat 0000-00-00"), is ReasonInvalidDate.
	ReasonZeroDate Reason = "zero-date"
)

// Sentinel errors, one per [Reason]. An [*Error] unwraps to the sentinel of
// its Reason, so callers can use errors.Is.
var (
	ErrEmpty        = errors.New("dob: empty")
	ErrFormat       = errors.New("dob: unrecognised date format")
	ErrInvalidDate  = errors.New("dob: not a calendar date")
	ErrFuture       = errors.New("dob: date is in the future")
	ErrTooOld       = errors.New("dob: year before 1900")
	ErrPartial      = errors.New("dob: partial date")
	ErrAmbiguous    = errors.New("dob: ambiguous date (two readings)")
	ErrTrailingText = errors.New("dob: unexpected text after the date")
	ErrZeroDate     = errors.New("dob: zero date (no date given)")
)

// sentinel returns the sentinel error for r, or nil for an unknown reason.
func sentinel(r Reason) error {
	switch r {
	case ReasonEmpty:
		return ErrEmpty
	case ReasonFormat:
		return ErrFormat
	case ReasonInvalidDate:
		return ErrInvalidDate
	case ReasonFuture:
		return ErrFuture
	case ReasonTooOld:
		return ErrTooOld
	case ReasonPartial:
		return ErrPartial
	case ReasonAmbiguous:
		return ErrAmbiguous
	case ReasonTrailingText:
		return ErrTrailingText
	case ReasonZeroDate:
		return ErrZeroDate
	}
	return nil
}

// Result is the allocation-free outcome of [Scan].
type Result struct {
	// Date is the parsed date when Reason is "". For ReasonAmbiguous it is
	// the month-first reading of a numeric date, or the lower month's
	// reading of a month name of two languages; for ReasonPartial it holds
	// what was present (Day 0; Month 0 when only a year), the lower month's
	// reading when the month name means two months ("lis 1986": October in
	// Croatian, November in Polish). Zero for every other reason.
	Date Date
	// Alt is the other reading when Reason is ReasonAmbiguous (day-first
	// for a numeric date), and for ReasonPartial the other month's reading
	// of a month name of two months (Day 0); zero otherwise. A partial
	// result with a non-zero Alt is known to the year only, its month
	// being one of two: compare both.
	Alt Date
	// Reason is "" on success.
	Reason Reason
	// Offset is the byte offset in the input where a ReasonFormat or
	// ReasonTrailingText problem starts, 0 otherwise.
	Offset int
}

// Err returns nil when r.Reason is "", and otherwise an [*Error] built from
// r (with Candidates set for ReasonAmbiguous and Partial for ReasonPartial;
// a partial date whose month name means two months also sets Candidates).
func (r Result) Err() error {
	if r.Reason == "" {
		return nil
	}
	e := &Error{Reason: r.Reason, Offset: r.Offset}
	switch r.Reason {
	case ReasonAmbiguous:
		e.Candidates = [2]Date{r.Date, r.Alt}
	case ReasonPartial:
		e.Partial = r.Date
		if !r.Alt.IsZero() {
			e.Candidates = [2]Date{r.Date, r.Alt}
		}
	}
	return e
}

// Parse reads a full date of birth. It returns the date and a nil error, or
// the zero Date and an [*Error]; a partial or ambiguous date is an error
// whose Partial or Candidates field carries what was read (use errors.As).
// Parse is [Scan] followed by [Result.Err] and allocates only for the error.
func Parse(s string, o Options) (Date, error) {
	var r Result
	scan(s, &o, &r)
	if r.Reason != "" {
		return Date{}, r.Err()
	}
	return r.Date, nil
}

// Error describes why a date of birth was rejected. Its message is built
// from the Reason and Offset only and never contains the input text; the
// dates in Candidates and Partial are available to code but are not
// printed.
//
// An *Error is not modified after it is returned and is safe for concurrent
// reads.
type Error struct {
	// Reason is the machine-readable code.
	Reason Reason
	// Offset is the byte offset of a ReasonFormat or ReasonTrailingText
	// problem, 0 otherwise.
	Offset int
	// Candidates holds, for ReasonAmbiguous, the two readings as in
	// [Result]: month-first [0] and day-first [1] for a numeric date. For
	// ReasonPartial it is zero, or, when the month name means two months,
	// the two partial readings as [Result].Date and [Result].Alt hold them.
	Candidates [2]Date
	// Partial holds, for ReasonPartial, the year (and month) present; its Day
	// is 0. When Candidates is set it is Candidates[0], one of two months.
	Partial Date
}

// Error returns a message such as "dob: unrecognised date format at byte 3".
func (e *Error) Error() string {
	s := sentinel(e.Reason)
	if s == nil {
		return "dob: unknown reason"
	}
	switch e.Reason {
	case ReasonFormat, ReasonTrailingText:
		return s.Error() + " at byte " + strconv.Itoa(e.Offset)
	case ReasonPartial:
		if e.Partial.Month == 0 {
			return s.Error() + " (year only)"
		}
		return s.Error() + " (day missing)"
	}
	return s.Error()
}

// Unwrap returns the sentinel error for e.Reason (for example
// [ErrAmbiguous]), or nil for an unknown reason.
func (e *Error) Unwrap() error { return sentinel(e.Reason) }
