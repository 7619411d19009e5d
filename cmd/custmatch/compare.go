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

// sideFlags are the per-field flags of one side of compare.
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
				return usageError(stderr, name, fmt.Sprintf("--%s %s%v", side.name, s.file, err))
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

// merchantRecord reads a cashier Customer Sync response. A response with a non-zero status (customer not
// found, errors) is not a record. Errors start with ":" plus the position or with ": " plus the problem,
// and never quote the file's contents.
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
			return match.Record{}, fmt.Errorf(": Customer Sync status %d, not a customer record", n)
		}
		return match.Record{}, errors.New(": status is not a Customer Sync status (want 0)")
	}
	if r.FirstName == nil && r.LastName == nil {
		return match.Record{}, errors.New(": no first_name or last_name (want a Customer Sync response)")
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
		return match.Record{}, errors.New(": no customer.first_name or customer.last_name (want a payment or capture response)")
	}
	return match.Record{FirstName: deref(c.FirstName), LastName: deref(c.LastName), DOB: deref(c.DOB), Email: deref(c.Email)}, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// decodeJSON decodes exactly one JSON object into v. A syntax error reports ":line:column: invalid JSON";
// a wrong type reports the key; neither quotes the input.
func decodeJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	err := dec.Decode(v)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			line, col := position(data, dec.InputOffset())
			return fmt.Errorf(":%d:%d: invalid JSON (data after the object)", line, col)
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		line, col := position(data, se.Offset)
		return fmt.Errorf(":%d:%d: invalid JSON (syntax error)", line, col)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, int64(len(data)))
		return fmt.Errorf(":%d:%d: invalid JSON (unexpected end)", line, col)
	case errors.As(err, &te):
		if te.Field == "" {
			return fmt.Errorf(": want a JSON object, got %s", te.Value)
		}
		return fmt.Errorf(": %s: want a string, got %s", te.Field, te.Value)
	}
	return fmt.Errorf(": invalid JSON")
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
