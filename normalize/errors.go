package normalize

import (
	"errors"
	"strconv"
)

// Reason is the machine-readable code of an [Error]. It never contains any
// part of the input text.
type Reason string

// The reasons a text is unusable (step 1 of the policy in the package documentation).
const (
	// ReasonInvalidUTF8: the input is not valid UTF-8.
	ReasonInvalidUTF8 Reason = "invalid-utf8"
	// ReasonControlChar: a C0 or C1 control character other than tab, CR and LF
	// (those count as whitespace), or DEL.
	ReasonControlChar Reason = "control-char"
	// ReasonReplacementChar: U+FFFD, the replacement character, which an
	// earlier decoder (encoding/json, a CSV tool, a database driver) put where
	// it lost bytes: two names that lost different letters would compare equal.
	ReasonReplacementChar Reason = "replacement-char"
	// ReasonTooLong: more than MaxRunes runes, or a value whose normalized
	// form would exceed MaxRunes runes (reported at offset 0).
	ReasonTooLong Reason = "too-long"
	// ReasonTooManyMarks: more than MaxMarks combining marks on one base.
	ReasonTooManyMarks Reason = "too-many-marks"
)

// ErrUnusable is the sentinel every [*Error] wraps: test with
// errors.Is(err, normalize.ErrUnusable).
var ErrUnusable = errors.New("normalize: unusable text")

// Error reports why a text is unusable and where. It carries a reason code
// and a byte offset only, never the input text, because names are personal
// data and errors end up in logs.
//
// An *Error is immutable once returned and safe for concurrent use.
type Error struct {
	// Reason says what is wrong.
	Reason Reason
	// Offset is the byte offset in the input of the rune (or invalid byte)
	// that made the text unusable.
	Offset int
}

// Error returns a message such as "normalize: control-char at byte 4".
func (e *Error) Error() string {
	return "normalize: " + string(e.Reason) + " at byte " + strconv.Itoa(e.Offset)
}

// Unwrap returns [ErrUnusable].
func (e *Error) Unwrap() error { return ErrUnusable }
