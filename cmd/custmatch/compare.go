package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
)

const compareHead = `Usage: custmatch compare [flags]

Evaluates one merchant/provider pair and prints the explanation with both values (or --json the verdict,
and with --lang the customer message). Each side comes from a JSON file, from flags, or both (a flag
overrides the file's field):
  --merchant FILE   a cashier Customer Sync response: {"first_name","last_name","dob","email",…}
  --provider FILE   a provider payment or capture response: {"customer":{"first_name","last_name",
                    "date_of_birth","email",…},…}
A file that is not such JSON (syntax error, reported as FILE:line:column; wrong shape; a Customer Sync
error status) is a usage error; a file that cannot be read is an I/O failure.

Exit codes: 0 approve; 3 decline; 4 review; 1 I/O failure; 2 usage error.

Flags:
`

// sideFlags are the per-field flags of one side of compare, filled by one FlagSet in one goroutine.
type sideFlags struct {
	file                    string
	first, last, dob, email string
}

// register adds --<side>-first, --<side>-last, --<side>-dob, --<side>-email and --<side> FILE.
func (s *sideFlags) register(fs *flag.FlagSet, side, fileHelp string) {
	fs.StringVar(&s.file, side, "", fileHelp)
	fs.StringVar(&s.first, side+"-first", "", "the "+side+"'s first name")
	fs.StringVar(&s.last, side+"-last", "", "the "+side+"'s last name")
	fs.StringVar(&s.dob, side+"-dob", "", "the "+side+"'s date of birth")
	fs.StringVar(&s.email, side+"-email", "", "the "+side+"'s email")
}

// runCompare implements "custmatch compare".
func runCompare(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	const name = "custmatch compare"
	var (
		policy     policyFlags
		msg        messageFlags
		merch, pro sideFlags
		asJSON     bool
	)
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	merch.register(fs, "merchant", "read the merchant record from a Customer Sync response `FILE` (JSON)")
	pro.register(fs, "provider", "read the provider record from a payment or capture response `FILE` (JSON)")
	fs.BoolVar(&asJSON, "json", false, "print the verdict as JSON (with the raw values)")
	policy.register(fs)
	msg.register(fs)
	pos, code, ok := parseFlags(fs, args, compareHead, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, name, "compare takes no arguments (use --merchant-first, --merchant FILE, …)")
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	m, err := policy.matcher()
	if err != nil {
		return usageError(stderr, name, err.Error())
	}
	var recs [2]match.Record
	for i, side := range []struct {
		name  string
		flags *sideFlags
		load  func([]byte) (match.Record, error)
	}{{"merchant", &merch, merchantRecord}, {"provider", &pro, providerRecord}} {
		s := side.flags
		given := s.file != "" || set[side.name+"-first"] || set[side.name+"-last"] || set[side.name+"-dob"] || set[side.name+"-email"]
		if !given {
			return usageError(stderr, name, fmt.Sprintf("no %[1]s record (give --%[1]s FILE or --%[1]s-first/-last/-dob/-email)", side.name))
		}
		if s.file != "" {
			data, err := os.ReadFile(s.file)
			if err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
				return exitFailure
			}
			if recs[i], err = side.load(data); err != nil {
				var pe *payloadError
				if errors.As(err, &pe) {
					pe.File = s.file
				}
				return usageError(stderr, name, fmt.Sprintf("--%s %v", side.name, err))
			}
		}
		for _, o := range []struct {
			flag string
			val  string
			dst  *string
		}{{"-first", s.first, &recs[i].FirstName}, {"-last", s.last, &recs[i].LastName},
			{"-dob", s.dob, &recs[i].DOB}, {"-email", s.email, &recs[i].Email}} {
			if set[side.name+o.flag] {
				*o.dst = o.val
			}
		}
	}
	v := m.Compare(recs[0], recs[1])
	var text string
	if msg.enabled() {
		text = messages.Decline(v, msg.tag(), msg.opts).Text
	}
	if asJSON {
		out, _ := json.Marshal(v)
		if msg.enabled() {
			mj, _ := json.Marshal(text)
			out = append(append(append(out[:len(out)-1], `,"message":`...), mj...), '}')
		}
		_, err = fmt.Fprintf(stdout, "%s\n", out)
	} else {
		_, err = io.WriteString(stdout, v.Explain(true))
		if err == nil && msg.enabled() && text != "" {
			_, err = fmt.Fprintf(stdout, "\nmessage:\n%s\n", text)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: writing the output: %v\n", name, err)
		return exitFailure
	}
	switch v.Decision {
	case match.Approve:
		return exitOK
	case match.Decline:
		return exitDecline
	}
	return exitReview
}

// errPayload is wrapped by every *payloadError.
var errPayload = errors.New("not a usable JSON payload")

// payloadError reports a --merchant or --provider file that is not the documented JSON: a reason code,
// the position for syntax problems, and the JSON key or kind for shape problems. It never holds the
// file's contents. It wraps errPayload. A payloadError is a plain value, safe to share once built.
type payloadError struct {
	File      string
	Line, Col int    // 1-based position, 0 when the problem has none
	Reason    string // syntax, unexpected-end, trailing-data, wrong-type, not-object, status, no-names
	Detail    string // the key, the JSON kind, the status number or what was wanted
}

func (e *payloadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: invalid JSON (%s)", e.File, e.Line, e.Col, e.Detail)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Detail)
}

func (e *payloadError) Unwrap() error { return errPayload }

// merchantRecord reads a cashier Customer Sync response. A response with a non-zero status (customer not
// found, errors) is not a record.
func merchantRecord(data []byte) (match.Record, error) {
	var r struct {
		Status    json.RawMessage `json:"status"`
		FirstName *string         `json:"first_name"`
		LastName  *string         `json:"last_name"`
		DOB       *string         `json:"dob"`
		Email     *string         `json:"email"`
	}
	if err := decodeJSON(data, &r); err != nil {
		return match.Record{}, err
	}
	if r.Status != nil && string(r.Status) != "0" {
		if n, err := strconv.Atoi(string(r.Status)); err == nil {
			return match.Record{}, &payloadError{Reason: "status", Detail: fmt.Sprintf("Customer Sync status %d, not a customer record", n)}
		}
		return match.Record{}, &payloadError{Reason: "status", Detail: "status is not a Customer Sync status (want 0)"}
	}
	if r.FirstName == nil && r.LastName == nil {
		return match.Record{}, &payloadError{Reason: "no-names", Detail: "no first_name or last_name (want a Customer Sync response)"}
	}
	return match.Record{FirstName: deref(r.FirstName), LastName: deref(r.LastName), DOB: deref(r.DOB), Email: deref(r.Email)}, nil
}

// providerRecord reads a provider payment or capture response: the customer object.
func providerRecord(data []byte) (match.Record, error) {
	var r struct {
		Customer *struct {
			FirstName *string `json:"first_name"`
			LastName  *string `json:"last_name"`
			DOB       *string `json:"date_of_birth"`
			Email     *string `json:"email"`
		} `json:"customer"`
	}
	if err := decodeJSON(data, &r); err != nil {
		return match.Record{}, err
	}
	c := r.Customer
	if c == nil || (c.FirstName == nil && c.LastName == nil) {
		return match.Record{}, &payloadError{Reason: "no-names", Detail: "no customer.first_name or customer.last_name (want a payment or capture response)"}
	}
	return match.Record{FirstName: deref(c.FirstName), LastName: deref(c.LastName), DOB: deref(c.DOB), Email: deref(c.Email)}, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// decodeJSON decodes exactly one JSON object into v. Broken JSON is never repaired: a syntax error gives
// its line:column, a wrong type its key; neither quotes the input. Errors are *payloadError.
func decodeJSON(data []byte, v any) error {
	at := func(off int64, reason, detail string) error {
		line, col := position(data, off)
		return &payloadError{Line: line, Col: col, Reason: reason, Detail: detail}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(v)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			return at(dec.InputOffset(), "trailing-data", "data after the object")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return at(se.Offset, "syntax", "syntax error")
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return at(int64(len(data)), "unexpected-end", "unexpected end")
	case errors.As(err, &te) && te.Field == "":
		return &payloadError{Reason: "not-object", Detail: "want a JSON object, got " + te.Value}
	case errors.As(err, &te):
		return &payloadError{Reason: "wrong-type", Detail: te.Field + ": want a string, got " + te.Value}
	}
	return &payloadError{Reason: "syntax", Detail: "invalid JSON"}
}

// position converts a byte offset into a 1-based line and column (in bytes).
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
