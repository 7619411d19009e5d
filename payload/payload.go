package payload

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/internal/textrule"
	"github.com/custmatch/custmatch/match"
)

// MaxBytes is the largest document [Read] accepts: 1 MiB.
const MaxBytes = 1 << 20

// Reason is the machine-readable code of an [Error]. It never contains any part of the document.
type Reason string

// The reasons a document is refused.
const (
	// ReasonSyntax: the document is not JSON (Line and Col point at the problem).
	ReasonSyntax Reason = "syntax"
	// ReasonUnexpectedEnd: the document ends inside the JSON value (it may have been cut).
	ReasonUnexpectedEnd Reason = "unexpected-end"
	// ReasonTrailingData: something follows the JSON object.
	ReasonTrailingData Reason = "trailing-data"
	// ReasonNotObject: the document is JSON but not an object.
	ReasonNotObject Reason = "not-object"
	// ReasonWrongType: a member holds the wrong kind of value (Key names it).
	ReasonWrongType Reason = "wrong-type"
	// ReasonStatus: a Customer Sync response with a status other than 0 (customer not found, an error).
	ReasonStatus Reason = "status"
	// ReasonNoNames: neither name is present; the document is not of the kind expected.
	ReasonNoNames Reason = "no-names"
	// ReasonInvalidUTF8: the document is not UTF-8 (Line and Col point at the first invalid byte), or a
	// value decodes to a text holding U+FFFD (Key names it).
	ReasonInvalidUTF8 Reason = "invalid-utf8"
	// ReasonTooLarge: the input is larger than [MaxBytes].
	ReasonTooLarge Reason = "too-large"
	// ReasonDuplicateKey: a member that is read appears twice in its object (also in another letter
	// case, which encoding/json would match too). Parsers disagree on which one counts, so the document
	// is refused rather than read one way here and another way by the caller's own checks.
	ReasonDuplicateKey Reason = "duplicate-key"
)

// ErrInvalid is wrapped by every [*Error]: errors.Is(err, payload.ErrInvalid) tells a refused document
// from an I/O failure of the reader given to [Read].
var ErrInvalid = errors.New("payload: not a usable JSON payload")

// ErrTooLarge is wrapped by the [*Error] of an input larger than [MaxBytes] (besides [ErrInvalid]).
var ErrTooLarge = errors.New("payload: larger than 1 MiB")

// Error reports why a document is refused and where, never with any part of its contents.
//
// An *Error is immutable once returned and safe for concurrent use.
type Error struct {
	// Reason says what is wrong.
	Reason Reason
	// Line and Col are the 1-based position of the problem (Col in bytes), 0 when it has none.
	Line, Col int
	// Key is the JSON key of the value at fault, such as "customer.first_name", or "".
	Key string
	// Detail is a short English description for people, without any input value.
	Detail string
}

// Error returns "LINE:COL: invalid JSON (DETAIL)" for a problem with a position, else "KEY: DETAIL" or
// "DETAIL". A caller prefixes the source: fmt.Sprintf("%s:%v", file, err) reads file:line:col.
func (e *Error) Error() string {
	switch {
	case e.Line > 0:
		return strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col) + ": invalid JSON (" + e.Detail + ")"
	case e.Key != "":
		return e.Key + ": " + e.Detail
	}
	return e.Detail
}

// Unwrap returns [ErrInvalid], and [ErrTooLarge] for reason too-large.
func (e *Error) Unwrap() []error {
	if e.Reason == ReasonTooLarge {
		return []error{ErrInvalid, ErrTooLarge}
	}
	return []error{ErrInvalid}
}

// Read reads r to its end, up to [MaxBytes]. A longer input is refused with an [*Error] of reason
// too-large once MaxBytes+1 bytes have been read; the rest is not read. An error of r is returned as it
// is (it does not wrap [ErrInvalid]).
func Read(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxBytes {
		return nil, &Error{Reason: ReasonTooLarge, Detail: "larger than 1 MiB (want a single JSON response of a few KiB)"}
	}
	return data, nil
}

// Merchant reads a cashier Customer Sync response into the merchant's record. A response with a non-zero
// status (customer not found, errors) is not a record. Errors are [*Error].
func Merchant(data []byte) (match.Record, error) {
	var r struct {
		Status    json.RawMessage `json:"status"`
		FirstName *string         `json:"first_name"`
		LastName  *string         `json:"last_name"`
		DOB       *string         `json:"dob"`
		Email     *string         `json:"email"`
	}
	if err := decode(data, &r); err != nil {
		return match.Record{}, err
	}
	if err := duplicates(data, "", merchantKeys); err != nil {
		return match.Record{}, err
	}
	if r.Status != nil && string(r.Status) != "0" {
		if n, err := strconv.Atoi(string(r.Status)); err == nil {
			return match.Record{}, &Error{Reason: ReasonStatus, Detail: fmt.Sprintf("Customer Sync status %d, not a customer record", n)}
		}
		return match.Record{}, &Error{Reason: ReasonStatus, Detail: "status is not a Customer Sync status (want 0)"}
	}
	if r.FirstName == nil && r.LastName == nil {
		return match.Record{}, &Error{Reason: ReasonNoNames, Detail: "no first_name or last_name (want a Customer Sync response)"}
	}
	return record("", r.FirstName, r.LastName, r.DOB, r.Email)
}

// Provider reads a provider payment or capture response into the provider's record: its customer
// object. Errors are [*Error].
func Provider(data []byte) (match.Record, error) {
	var r struct {
		Customer *struct {
			FirstName *string `json:"first_name"`
			LastName  *string `json:"last_name"`
			DOB       *string `json:"date_of_birth"`
			Email     *string `json:"email"`
		} `json:"customer"`
	}
	if err := decode(data, &r); err != nil {
		return match.Record{}, err
	}
	if err := duplicates(data, "customer", providerKeys); err != nil {
		return match.Record{}, err
	}
	c := r.Customer
	if c == nil || (c.FirstName == nil && c.LastName == nil) {
		return match.Record{}, &Error{Reason: ReasonNoNames, Detail: "no customer.first_name or customer.last_name (want a payment or capture response)"}
	}
	return record("customer.", c.FirstName, c.LastName, c.DOB, c.Email)
}

// record builds the record from the decoded values, refusing any that holds U+FFFD (prefix and the
// keys name it).
func record(prefix string, first, last, dob, email *string) (match.Record, error) {
	keys := [4]string{"first_name", "last_name", "dob", "email"}
	if prefix != "" {
		keys[2] = "date_of_birth"
	}
	vals := [4]*string{first, last, dob, email}
	var out [4]string
	for i, v := range vals {
		if v == nil {
			continue
		}
		if strings.ContainsRune(*v, utf8.RuneError) {
			return match.Record{}, &Error{Reason: ReasonInvalidUTF8, Key: prefix + keys[i],
				Detail: "holds U+FFFD (an escaped replacement character or lone surrogate: text damaged before it was sent): invalid-utf8"}
		}
		out[i] = *v
	}
	return match.Record{FirstName: out[0], LastName: out[1], DOB: out[2], Email: out[3]}, nil
}

// The members Merchant and Provider read, by object: "" is the top level.
var (
	merchantKeys = map[string][]string{"": {"status", "first_name", "last_name", "dob", "email"}}
	providerKeys = map[string][]string{"": {"customer"}, "customer": {"first_name", "last_name", "date_of_birth", "email"}}
)

// duplicates walks the decoded (so syntactically valid) document and refuses a member of keys that
// appears twice in its object, in any letter case. Only the top-level object and the one named by
// nested are looked into.
func duplicates(data []byte, nested string, keys map[string][]string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object bool
		path   string // the object's key path, for objects at a watched level
		seen   map[string]bool
		key    bool // the next token is a key
	}
	var stack []*frame
	pending := "" // the key whose value comes next
	for {
		tok, err := dec.Token()
		if err != nil {
			return nil // io.EOF; other errors were reported by the decoding
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.key {
			if k, ok := tok.(string); ok {
				top.key = false
				pending = k
				if top.seen != nil {
					for _, want := range keys[top.path] {
						if strings.EqualFold(k, want) {
							if top.seen[want] {
								return &Error{Reason: ReasonDuplicateKey, Key: joinKey(top.path, want), Detail: "appears twice (want each member once)"}
							}
							top.seen[want] = true
						}
					}
				}
				continue
			}
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			f := &frame{object: tok == json.Delim('{'), key: tok == json.Delim('{')}
			switch {
			case len(stack) == 0 && f.object:
				f.path, f.seen = "", map[string]bool{}
			case len(stack) == 1 && f.object && top.object && nested != "" && strings.EqualFold(pending, nested):
				f.path, f.seen = nested, map[string]bool{}
			}
			stack = append(stack, f)
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].key = true
		}
	}
}

func joinKey(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// decode decodes exactly one JSON object into v after checking that data is UTF-8.
func decode(data []byte, v any) error {
	at := func(off int64, reason Reason, detail string) error {
		line, col := position(data, off)
		return &Error{Line: line, Col: col, Reason: reason, Detail: detail}
	}
	if off := textrule.FirstInvalidUTF8(data); off >= 0 {
		return at(int64(off)+1, ReasonInvalidUTF8, "not UTF-8: invalid-utf8")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(v)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			return at(dec.InputOffset(), ReasonTrailingData, "data after the object")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return at(se.Offset, ReasonSyntax, "syntax error")
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return at(int64(len(data)), ReasonUnexpectedEnd, "unexpected end")
	case errors.As(err, &te) && te.Field == "":
		return &Error{Reason: ReasonNotObject, Detail: "want a JSON object, got " + te.Value}
	case errors.As(err, &te):
		return &Error{Reason: ReasonWrongType, Key: te.Field, Detail: "want a string, got " + te.Value}
	}
	return &Error{Reason: ReasonSyntax, Detail: "invalid JSON"}
}

// position converts the number of bytes read before a problem into the 1-based line and column (in
// bytes) of the last byte read. An offset out of range is clamped to data.
func position(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(off) - (bytes.LastIndexByte(before, '\n') + 1)
	if col == 0 {
		col = 1
	}
	return line, col
}
