package match

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/custmatch/custmatch/dob"
)

// DefaultThreshold is the name similarity at or above which two names match (the provider's recommended
// 90%): one edit passes only when the longer name has at least ten letters.
const DefaultThreshold = 0.90

// Record is one side of a comparison: the customer as the merchant's CRM or the payment provider knows
// them. Values are taken as given (un-normalized); DOB may be in any format the dob package reads.
type Record struct {
	FirstName string
	LastName  string
	DOB       string
	Email     string
}

// Options configures a Matcher. The zero value is the default policy (see the package documentation):
// threshold 0.90 for both names, automatic day/month order, every tolerance rule on, email informational,
// no review band.
type Options struct {
	// Threshold is the similarity in (0, 1] at or above which a name matches. 0 means DefaultThreshold.
	Threshold float64
	// FirstNameThreshold and LastNameThreshold override Threshold for one field. 0 means Threshold.
	FirstNameThreshold float64
	LastNameThreshold  float64
	// ReviewBand, when set, is a similarity in (0, threshold): a name scoring in [ReviewBand, threshold)
	// gives Review instead of Decline (reason review-band). 0 means off.
	ReviewBand float64

	// DateOrder is the day/month order of numeric dates of birth (dob.Auto, dob.MDY, dob.DMY). With
	// dob.Auto a date that reads both ways matches when either reading agrees (ambiguous-order).
	DateOrder dob.Order
	// Now is the reference date for "in the future" and two-digit years; only its calendar date in its
	// own location matters, and its year must be from NowFirstYear to NowLastYear (New refuses others).
	// Zero means today: the wall clock is read once, then again at each local midnight (not at every
	// comparison), so the date is always current.
	Now time.Time

	// The tolerance rules, all on by default. Each Disable flag turns one off.
	DisableUmlautSpelling bool // Müller = Mueller
	DisableSpacing        bool // Anne-Marie = Annemarie (names compared with spaces removed)
	DisableExtraNames     bool // Johannes B. Kerner = Johannes Kerner; García = García Márquez
	DisableInitials       bool // John F. = John Fitzgerald (within extra names)
	DisableSwapped        bool // first and last name exchanged
	DisableSplit          bool // Max Michael | Mustermann = Max | Michael Mustermann

	// EmailDeciding makes the email deciding: a mismatching email declines. By default email is compared
	// and reported but decides nothing. A missing email never decides.
	EmailDeciding bool

	// Transliterate turns on transliteration (off by default; see "Transliteration" in the package doc): a name in Cyrillic or Greek
	// letters on one side is also compared, through each of its Latin transliterations (ICAO 9303,
	// BGN/PCGN, national systems, ISO 9, ELOT 743, press conventions; package translit), with a Latin
	// name on the other side, under the usual threshold and rules. A match found that way has reason
	// transliterated and FieldResult.Transliteration names the scheme; it is never exact.
	Transliterate bool
}

// NowFirstYear and NowLastYear are the first and last year of a non-zero Options.Now (the year of its
// calendar date in its own location); New refuses a reference date outside them. Before 1900 every date
// of birth would be invalid (package dob reads years from 1900 up to the reference date, so each would be
// too old or in the future); past 2200 a reference date is a typo more likely than meant.
const (
	NowFirstYear = 1900
	NowLastYear  = 2200
)

// ErrInvalidOptions is wrapped by every *OptionsError.
var ErrInvalidOptions = errors.New("match: invalid options")

// OptionsError reports an option outside its range. It wraps ErrInvalidOptions.
type OptionsError struct {
	Option string  // the Options field name, e.g. "Threshold"
	Value  float64 // the value refused: the number itself, the dob.Order for DateOrder, the year for Now
	Reason string  // what the value must be
}

// Error implements error: "match: invalid options: Option = Value: Reason". A whole Value (a year, a
// date order) is written as an integer, without exponent (Now = 1850, Now = 1000000); any other as %v
// writes it (Threshold = 1.5, Threshold = NaN).
func (e *OptionsError) Error() string {
	v := fmt.Sprint(e.Value)
	if e.Value == math.Trunc(e.Value) && math.Abs(e.Value) < 1e21 {
		v = strconv.FormatFloat(e.Value, 'f', -1, 64)
	}
	return fmt.Sprintf("match: invalid options: %s = %s: %s", e.Option, v, e.Reason)
}

// Unwrap returns ErrInvalidOptions.
func (e *OptionsError) Unwrap() error { return ErrInvalidOptions }

// thresholds resolves the effective per-field thresholds and validates them.
func (o Options) thresholds() (first, last float64, err error) {
	check := func(name string, v float64) error {
		if math.IsNaN(v) || v < 0 || v > 1 {
			return &OptionsError{Option: name, Value: v, Reason: "must be in (0, 1], or 0 for the default"}
		}
		return nil
	}
	for _, c := range []struct {
		name string
		v    float64
	}{{"Threshold", o.Threshold}, {"FirstNameThreshold", o.FirstNameThreshold},
		{"LastNameThreshold", o.LastNameThreshold}} {
		if err := check(c.name, c.v); err != nil {
			return 0, 0, err
		}
	}
	base := o.Threshold
	if base == 0 {
		base = DefaultThreshold
	}
	first, last = base, base
	if o.FirstNameThreshold != 0 {
		first = o.FirstNameThreshold
	}
	if o.LastNameThreshold != 0 {
		last = o.LastNameThreshold
	}
	if o.ReviewBand != 0 {
		if math.IsNaN(o.ReviewBand) || o.ReviewBand < 0 || o.ReviewBand >= min(first, last) {
			return 0, 0, &OptionsError{Option: "ReviewBand", Value: o.ReviewBand,
				Reason: "must be in (0, threshold), or 0 for off"}
		}
	}
	return first, last, nil
}

// Matcher compares records under one set of options. It holds no mutable state: a Matcher is safe for
// concurrent use by multiple goroutines.
//
// The zero Matcher is ready to use and decides exactly as New(Options{}) does (the default policy). A
// nil *Matcher is not: its methods panic with a message saying so.
type Matcher struct {
	opts      Options
	threshold [2]float64 // per name field: FirstName, LastName
}

// New returns a Matcher for o, or an *OptionsError when an option is out of range (a threshold outside
// (0, 1], a review band not below the threshold, an unknown date order, a non-zero Now whose year is not
// from NowFirstYear to NowLastYear). Nothing is silently defaulted but the documented zero values (the
// zero Now is today).
func New(o Options) (*Matcher, error) {
	first, last, err := o.thresholds()
	if err != nil {
		return nil, err
	}
	switch o.DateOrder {
	case dob.Auto, dob.MDY, dob.DMY:
	default:
		return nil, &OptionsError{Option: "DateOrder", Value: float64(o.DateOrder), Reason: "must be dob.Auto, dob.MDY or dob.DMY"}
	}
	if !o.Now.IsZero() {
		if y := o.Now.Year(); y < NowFirstYear || y > NowLastYear {
			return nil, &OptionsError{Option: "Now", Value: float64(y),
				Reason: fmt.Sprintf("must be a date from %d-01-01 to %d-12-31, or the zero time for today", NowFirstYear, NowLastYear)}
		}
	}
	return &Matcher{opts: o, threshold: [2]float64{first, last}}, nil
}

// thresholdOf returns the effective threshold for a name field (FirstName or LastName).
func (m *Matcher) thresholdOf(f Field) float64 {
	t := m.threshold[0]
	if f == LastName {
		t = m.threshold[1]
	}
	if t == 0 { // the zero Matcher: the default policy
		t = DefaultThreshold
	}
	return t
}

// Options returns the options m was built with (the zero Options, the default policy, for the zero
// Matcher).
func (m *Matcher) Options() Options {
	m.mustNotBeNil()
	return m.opts
}

// Threshold returns the similarity threshold in effect for a name field (FirstName or LastName): the
// field's own threshold, else Options.Threshold, else DefaultThreshold. Other fields are not scored
// against a threshold; for them it returns 0.
func (m *Matcher) Threshold(f Field) float64 {
	m.mustNotBeNil()
	if f != FirstName && f != LastName {
		return 0
	}
	return m.thresholdOf(f)
}

// mustNotBeNil panics with a clear message for a nil *Matcher (rather than a nil dereference).
func (m *Matcher) mustNotBeNil() {
	if m == nil {
		panic("match: method called on a nil *Matcher (use match.New, or a Matcher value for the default policy)")
	}
}
