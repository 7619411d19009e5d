package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/custmatch/custmatch/match"
	"github.com/custmatch/custmatch/messages"
	"github.com/custmatch/custmatch/payload"
)

const compareHead = `Usage: custmatch compare [flags]

Evaluates one merchant/provider pair and prints the explanation with both values (or --json the verdict,
and with --lang the customer message). Each side comes from a JSON file, from flags, or both (a flag
overrides the file's field):
  --merchant FILE   a cashier Customer Sync response: {"first_name","last_name","dob","email",…}
  --provider FILE   a provider payment or capture response: {"customer":{"first_name","last_name",
                    "date_of_birth","email",…},…}
A file that is not such JSON (syntax error, reported as FILE:line:column; wrong shape; a Customer Sync
error status; a member given twice; not UTF-8, or a name, DOB or email holding U+FFFD from an escape
such as \ud800 or \ufffd: invalid-utf8; larger than 1 MiB) is a usage error; a file that cannot be read
is an I/O failure.

Each field shows its status, its score and its reasons. The score (first and last name, when both sides
were compared) is the computed similarity, 0 to 1, of the best-matching forms the policy compared
(1 − edit distance / longer length): never a bound a shortcut stood in with. A name matches at or above
--threshold.

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

// runCompare implements "custmatch compare": it loads both records (loadRecords), compares them and
// prints the outcome (writeCompare).
func runCompare(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	const name = "custmatch compare"
	var (
		policy     policyFlags
		msg        messageFlags
		merch, pro sideFlags
		asJSON     bool
	)
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	merch.register(fs, "merchant", "read the merchant record from a Customer Sync response `FILE` (JSON, at most 1 MiB)")
	pro.register(fs, "provider", "read the provider record from a payment or capture response `FILE` (JSON, at most 1 MiB)")
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
	m, err := policy.matcher()
	if err != nil {
		return usageError(stderr, name, err.Error())
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var recs [2]match.Record
	for i, side := range []struct {
		name  string
		flags *sideFlags
		load  func([]byte) (match.Record, error)
	}{{"merchant", &merch, payload.Merchant}, {"provider", &pro, payload.Provider}} {
		if recs[i], code = side.flags.record(side.name, set, side.load, stderr); code != exitOK {
			return code
		}
	}
	msg.warnUnknown(stderr, name)
	v := m.Compare(recs[0], recs[1])
	if err := writeCompare(stdout, v, &msg, asJSON); err != nil {
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

// record builds one side's record: the file's (read with load), then the field flags given (set holds
// the names of the flags given). A problem is reported on stderr and returned as its exit code.
func (s *sideFlags) record(side string, set map[string]bool, load func([]byte) (match.Record, error), stderr io.Writer) (match.Record, int) {
	const name = "custmatch compare"
	var rec match.Record
	given := s.file != "" || set[side+"-first"] || set[side+"-last"] || set[side+"-dob"] || set[side+"-email"]
	if !given {
		return rec, usageError(stderr, name, fmt.Sprintf("no %[1]s record (give --%[1]s FILE or --%[1]s-first/-last/-dob/-email)", side))
	}
	if s.file != "" {
		data, err := readPayload(s.file)
		if err == nil {
			rec, err = load(data)
		}
		var pe *payload.Error
		switch {
		case errors.As(err, &pe) && pe.Line > 0:
			return rec, usageError(stderr, name, fmt.Sprintf("--%s %s:%v", side, s.file, err))
		case errors.As(err, &pe):
			return rec, usageError(stderr, name, fmt.Sprintf("--%s %s: %v", side, s.file, err))
		case err != nil:
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			return rec, exitFailure
		}
	}
	for _, o := range []struct {
		flag string
		val  string
		dst  *string
	}{{"-first", s.first, &rec.FirstName}, {"-last", s.last, &rec.LastName},
		{"-dob", s.dob, &rec.DOB}, {"-email", s.email, &rec.Email}} {
		if set[side+o.flag] {
			*o.dst = o.val
		}
	}
	return rec, exitOK
}

// readPayload reads a --merchant or --provider file, at most payload.MaxBytes of it.
func readPayload(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return payload.Read(f)
}

// writeCompare prints the verdict: the explanation with both values, or the JSON verdict (invisible
// characters escaped by match.AppendJSONString), each with the customer message when --lang was given.
func writeCompare(w io.Writer, v match.Verdict, msg *messageFlags, asJSON bool) error {
	var text string
	if msg.enabled() {
		text = messages.Render(v, msg.tag(), msg.opts).Text
	}
	if asJSON {
		var after []match.JSONMember
		if msg.enabled() {
			after = []match.JSONMember{{Name: "message", Value: match.AppendJSONString(nil, text)}}
		}
		_, err := w.Write(append(v.AppendJSON(nil, nil, after), '\n'))
		return err
	}
	if _, err := io.WriteString(w, v.Explain(true)); err != nil {
		return err
	}
	if msg.enabled() && text != "" {
		_, err := fmt.Fprintf(w, "\nmessage:\n%s\n", text)
		return err
	}
	return nil
}
