package messages

import (
	"errors"
	"fmt"

	"github.com/custmatch/custmatch/dob"
)

// DateStyle is how a message writes a date of birth that was read as a full date. The zero value is
// DateISO. A DateStyle is a plain value, safe to copy and to share between goroutines.
type DateStyle uint8

const (
	// DateISO writes 1988-04-05 in every language: the default, which keeps the provider's English texts
	// exact.
	DateISO DateStyle = iota
	// DateLong writes the date with the month's name in the customer's language, in CLDR's long date
	// pattern for that language: "April 5, 1988", "5. April 1988", "5 avril 1988", "5 de abril de 1988",
	// "1988. április 5.", "5 Απριλίου 1988". It cannot be misread, whatever order of day and month the
	// customer is used to, which matters most when the message says that day and month appear swapped.
	// The names and patterns are the ones the dob package parses (one CLDR source), so every long date
	// reads back with dob.Parse. A date the language cannot write this way is written as with DateISO.
	DateLong
	numDateStyles
)

var dateStyleNames = [numDateStyles]string{"iso", "long"}

// String returns "iso" or "long" ("DateStyle(n)" for a value outside the constants).
func (s DateStyle) String() string {
	if s < numDateStyles {
		return dateStyleNames[s]
	}
	return fmt.Sprintf("DateStyle(%d)", uint8(s))
}

// ParseDateStyle returns the style named "iso" or "long".
func ParseDateStyle(name string) (DateStyle, error) {
	for i, n := range dateStyleNames {
		if n == name {
			return DateStyle(i), nil
		}
	}
	return 0, fmt.Errorf("%w %q (want iso or long)", ErrDateStyle, name)
}

// ErrDateStyle is wrapped by the error ParseDateStyle and UnmarshalText return for an unknown name.
var ErrDateStyle = errors.New("messages: unknown date style")

// MarshalText encodes the style as its name; a value outside the constants is an error.
func (s DateStyle) MarshalText() ([]byte, error) {
	if s >= numDateStyles {
		return nil, fmt.Errorf("%w %d", ErrDateStyle, uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses "iso" or "long".
func (s *DateStyle) UnmarshalText(b []byte) error {
	v, err := ParseDateStyle(string(b))
	if err == nil {
		*s = v
	}
	return err
}

// date writes a full date of birth in the style of r's Options, in r's language. A style outside the
// constants is written as DateISO.
func (r renderer) date(d dob.Date) string {
	if r.o.DateStyle == DateLong {
		if s, ok := dob.FormatLong(d, r.lang.String()); ok {
			return s
		}
	}
	return d.String()
}
