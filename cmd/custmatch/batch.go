package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/internal/csvlayout"
	"github.com/custmatch/custmatch/match"
	"golang.org/x/text/language"
)

// The logical input columns (the layout of internal/csvlayout), in the order of batchCmd.cols.
const (
	colID          = csvlayout.ID
	colMFirst      = csvlayout.MerchantFirstName
	colMLast       = csvlayout.MerchantLastName
	colMDOB        = csvlayout.MerchantDOB
	colMEmail      = csvlayout.MerchantEmail
	colPFirst      = csvlayout.ProviderFirstName
	colPLast       = csvlayout.ProviderLastName
	colPDOB        = csvlayout.ProviderDOB
	colPEmail      = csvlayout.ProviderEmail
	colExpDecision = csvlayout.ExpectedDecision // batch --expect
	colExpFailing  = csvlayout.ExpectedFailing  // batch --expect, optional
	numCols        = csvlayout.Count
)

const batchHead = `Usage: custmatch batch [flags] [FILE|-]

Evaluates every data row of a CSV export with a header (stdin when FILE is - or absent) and writes one
output row per evaluated row, in input order. Input columns (rename with --map): id (optional; else the
1-based data row number is the id), merchant_first_name, merchant_last_name, merchant_dob, merchant_email,
provider_first_name, provider_last_name, provider_dob, provider_email (DOBs and emails optional). Other
columns are ignored (and dropped as soon as a row is read). Handled: a UTF-8 BOM; CRLF, LF or CR-only
line ends; quoted newlines; an Excel "sep=;" first line (its delimiter is used unless --delimiter is
given); gzip-compressed input (recognised by its first bytes); --encoding windows-1252, iso-8859-1,
iso-8859-15 or utf-16 (a UTF-16 byte-order mark is always honoured). A missing required column when the
header holds ';' or tabs suggests --delimiter.

Output CSV (comma-separated): id,decision,failing, then for first_name, last_name, dob and email:
<field>_status,<field>_score (names only, 4 decimals, empty when not scored: the computed similarity,
0 to 1, of the best-matching forms the policy compared, never a bound a shortcut stood in with),
<field>_reasons (;-joined), and message with --lang. No raw values unless asked
for (--values with jsonl, or --lang messages); jsonl leaves the redacted values out and escapes
invisible format characters (bidi controls such as U+202E). Cells starting with = + - @ tab or CR, or
with control characters before = + - @, get a leading ' (spreadsheet formula injection).

A malformed row is rejected: its line, row number and reason code (never its contents) go to --rejects
(CSV line,row,reason,note) or stderr, and processing continues. Every data row ends as one output row or
one reject. Reasons: field-count, bare-quote, quote (broken quoting), invalid-utf8 (also bytes the --encoding
cannot decode; the first one's note and the summary name the likely encoding), parse (other CSV errors), truncated (the last row when the
input does not end with a line break: the file may have been cut inside it). An unterminated quoted
field swallows the rest of the file into one rejected row; a note on stderr gives the lines it spans. A
row needing more than 1 MiB of input stops the run with an error. Memory stays bounded in bytes
whatever the rows' sizes.

The summary on stderr counts rows (evaluated: approve, decline, review; rejected) and, for declined and
for reviewed rows separately, how many rows each field failed in (a row may count for several fields).

-o and --rejects must not name the input or each other (refused, exit 2; compared by file identity).
They are written to a temporary file in the same directory and renamed into place at the end, so FILE is
replaced only by a complete run. When the run stops before the end of the input (a signal, a read error)
FILE is left as it was and the rows written so far are kept in FILE.partial; after a write error nothing
is kept.

Signals: the first SIGINT (Ctrl-C) or SIGTERM stops the reading; the rows already read are finished and
written, the output and rejects flushed, the summary printed with "interrupted after N rows" (rows in =
output + rejects still holds), exit 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once and
removes the temporary files.

Exit codes: 0 every row evaluated; 1 some rows rejected, or an I/O failure (missing or unreadable input
file, write error); 2 usage error (bad flag, missing required column, unreadable header, -o or --rejects
naming the input); 130/143 interrupted. A closed output (the reader of a pipe went away, e.g. | head) is
a write error, not a silent SIGPIPE death: the run stops at once and says "output closed (broken pipe)
after N rows" (N rows reached the output). After a write error no summary is printed.

Flags:
`

// batchCmd is one batch run: its flags and the state derived from them. It is built and used by one
// runBatch call; the Matcher it holds is shared by the worker goroutines, everything else is read-only
// once the run starts.
type batchCmd struct {
	policy   policyFlags
	msg      messageFlags
	output   string
	format   string
	delim    string
	mapping  string
	workers  int
	progress string
	rejects  string
	values   bool
	expect   bool
	encoding string
	delimSet bool // --delimiter was given (it wins over an Excel sep= line)
	report   reportFlags

	m     *match.Matcher
	tag   language.Tag
	comma rune
	jsonl bool
	// lineOff is added to the CSV reader's line numbers: 1 when an Excel sep= line was skipped.
	lineOff int
	cols    [numCols]int // header index of each logical column, -1 when absent
}

// runBatch implements "custmatch batch".
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const name = "custmatch batch"
	c := &batchCmd{}
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.StringVar(&c.output, "o", "", "write the output to `FILE` instead of stdout (through a temporary file renamed into place at the end)")
	fs.StringVar(&c.format, "format", "csv", "output format: csv or jsonl (one JSON verdict per row, redacted unless --values)")
	fs.StringVar(&c.delim, "delimiter", ",", "input field delimiter: one character, e.g. ';', or 'tab' (default: an Excel sep= first line, else ,)")
	fs.StringVar(&c.encoding, "encoding", "utf-8", "input encoding: "+encodingNames+" (a UTF-16 byte-order mark is always honoured)")
	fs.StringVar(&c.mapping, "map", "", "header names for the columns, `column=Header,…` (e.g. merchant_first_name=FirstName)")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "goroutines comparing rows (1: read, compare and write in one goroutine)")
	fs.StringVar(&c.progress, "progress", "auto", "progress on stderr: auto (when stderr is a terminal), always or never")
	fs.StringVar(&c.rejects, "rejects", "", "write rejected rows as CSV line,row,reason,note to `FILE` instead of stderr")
	fs.BoolVar(&c.values, "values", false, "include the raw values in --format jsonl output, in the --expect report and a few per reason in the --report (personal data)")
	fs.BoolVar(&c.expect, "expect", false, "check every row against its expected_decision column (and expected_failing when present); list the rows that differ on stderr; exit 5 when any differ")
	c.policy.register(fs)
	c.msg.register(fs)
	c.report.register(fs)
	pos, code, ok := parseFlags(fs, args, batchHead, stdout, stderr)
	if !ok {
		return code
	}
	fs.Visit(func(f *flag.Flag) { c.delimSet = c.delimSet || f.Name == "delimiter" })
	if err := c.validate(pos); err != nil {
		return usageError(stderr, name, err.Error())
	}

	in, inStat, closeIn, err := openInput(pos, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	defer closeIn()
	var regular os.FileInfo
	if inStat != nil && inStat.Mode().IsRegular() {
		regular = inStat
	}
	outs := []output{{flag: "-o", path: c.output}, {flag: "--rejects", path: c.rejects}, {flag: "--report", path: c.report.path}}
	if c.output == "" {
		// The rows go to standard output: when that is a file (a shell's > file) or a pipe, another
		// output naming it (/dev/stdout) would mix its lines with the rows.
		if st := streamInfo(stdout); st != nil {
			outs[0] = output{flag: "standard output", info: st}
		}
	}
	// Standard error gets the notes, the summary and (without --rejects) the rejects: an output naming
	// its file would mix with them, or, renamed into place, replace the log they are appended to.
	if st := streamInfo(stderr); st != nil {
		outs = append(outs, output{flag: "standard error", info: st})
	}
	if err := checkTargets(regular, outs...); err != nil {
		return usageError(stderr, name, err.Error())
	}
	out, err := createTarget(c.output, stdout, !c.jsonl)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	rej, err := createTarget(c.rejects, nil, true)
	if err != nil {
		out.discard()
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	// The report's file is created now, like the others: a path that cannot be written fails the run
	// before any row is read, not after.
	if err := c.report.create(); err != nil {
		out.discard()
		rej.discard()
		fmt.Fprintf(stderr, "%s: --report: %v\n", name, err)
		return exitFailure
	}
	c.msg.warnUnknown(stderr, name)
	sig := watchSignals(out, rej, c.report.t)
	defer sig.close()
	size := int64(-1)
	if regular != nil {
		size = regular.Size()
	}
	res := c.execute(in, size, regular != nil, out, rej, sig, stderr)
	return c.finish(res, out, rej, stderr)
}

// finish puts the output, rejects and report files in place after a run that read its input to the end
// (or to an interruption, or a read failure: then they are kept as FILE.partial and FILE is left as it
// was), or removes them after a write failure, and returns the exit code.
func (c *batchCmd) finish(res runResult, out, rej *target, stderr io.Writer) int {
	const name = "custmatch batch"
	code := res.code
	targets := []*target{out, rej, c.report.t}
	if res.discard {
		for _, t := range targets {
			t.discard()
		}
		return code
	}
	for _, t := range targets {
		if !res.partial {
			if err := t.commit(); err != nil {
				fmt.Fprintf(stderr, "%s: %v\n", name, err)
				code = max(code, exitFailure)
			}
			continue
		}
		kept, err := t.keepPartial()
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			code = max(code, exitFailure)
		case kept != "" && t == c.report.t:
			fmt.Fprintf(stderr, "%s: the report of the rows read is in %s; %s was not changed\n", name, kept, t.path)
		case kept != "":
			fmt.Fprintf(stderr, "%s: the rows written so far are in %s; %s was not changed\n", name, kept, t.path)
		}
	}
	return code
}

// validate checks the flags and the positional arguments, and derives the run's settings.
func (c *batchCmd) validate(pos []string) error {
	if len(pos) > 1 {
		return fmt.Errorf("at most one input file, got %d arguments", len(pos))
	}
	switch c.format {
	case "csv":
		if c.values && !c.expect && c.report.path == "" {
			return errors.New("--values needs --format jsonl, --expect or --report (CSV output never carries raw values)")
		}
	case "jsonl":
		c.jsonl = true
	default:
		return fmt.Errorf("--format: want csv or jsonl")
	}
	switch c.progress {
	case "auto", "always", "never":
	default:
		return fmt.Errorf("--progress: want auto, always or never")
	}
	if c.workers < 1 {
		return fmt.Errorf("--workers: want at least 1")
	}
	comma, err := parseDelimiter(c.delim)
	if err != nil {
		return err
	}
	c.comma = comma
	if c.encoding, err = parseEncoding(c.encoding); err != nil {
		return err
	}
	if c.m, err = c.policy.matcher(); err != nil {
		return err
	}
	if c.msg.enabled() {
		c.tag = c.msg.tag()
	}
	c.report.start(pos, c.m, c.values)
	return nil
}

// streamInfo returns the FileInfo of a standard stream when it is a regular file or a pipe, which an
// output path may lead to (/dev/stdout, /dev/stderr, the file's own name); nil for a device such as a
// terminal or /dev/null, which outputs may share, and for a writer that is no file.
func streamInfo(w io.Writer) os.FileInfo {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() && st.Mode()&os.ModeNamedPipe == 0 {
		return nil
	}
	return st
}

// parseDelimiter reads --delimiter: one character (not a quote, CR, LF, NUL or the replacement
// character), or the words tab, \t, comma, semicolon.
func parseDelimiter(s string) (rune, error) {
	switch strings.ToLower(s) {
	case "tab", `\t`:
		return '\t', nil
	case "comma":
		return ',', nil
	case "semicolon":
		return ';', nil
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || n != len(s) || r == 0 || r == '"' || r == '\r' || r == '\n' || r == utf8.RuneError {
		return 0, errors.New(`--delimiter: want one character other than " CR LF NUL, or tab`)
	}
	return r, nil
}

// resolveHeader maps the logical columns to header positions, honouring --map. Errors name the column,
// never cell contents.
func (c *batchCmd) resolveHeader(header []string) error {
	colNames := csvlayout.Names()
	want := colNames
	var mapped [csvlayout.Count]bool // the columns --map names
	if c.mapping != "" {
		for _, kv := range strings.Split(c.mapping, ",") {
			k, v, ok := strings.Cut(kv, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			col, known := csvlayout.Lookup(k)
			if !ok || v == "" || !known {
				return fmt.Errorf("--map: want column=Header pairs with column one of %s", strings.Join(colNames[:], ", "))
			}
			want[col], mapped[col] = v, true
		}
	}
	pos, dup, ok := csvlayout.Positions(header, want)
	// Two columns read from one header cell (--map naming one header for both, or a column mapped onto
	// another's default name) would compare a value with itself: every such row would match.
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			if pos[i] >= 0 && pos[i] == pos[j] {
				return fmt.Errorf("columns %s and %s would both read header column %d: map each to its own header", colNames[i], colNames[j], pos[i]+1)
			}
		}
	}
	for i := range c.cols {
		if !ok && int(dup) == i {
			return fmt.Errorf("column %s appears twice in the header", colNames[i])
		}
		c.cols[i] = pos[i]
		if c.cols[i] < 0 && mapped[i] && !csvlayout.Column(i).Required() {
			// An optional column the user mapped by name: reading on without it would compare every row
			// as if the field were empty (a date of birth missing on one side, say), not what was asked.
			return fmt.Errorf("--map %s: no header named %q", colNames[i], want[i])
		}
		if c.cols[i] < 0 && csvlayout.Column(i).Required() {
			if hint := delimiterHint(header, c.comma); hint != "" {
				return fmt.Errorf("missing required column %s (%s)", colNames[i], hint)
			}
			if want[i] != colNames[i] {
				return fmt.Errorf("missing required column %s (no header named %q)", colNames[i], want[i])
			}
			return fmt.Errorf("missing required column %s (or map it: --map %s=HEADER)", colNames[i], colNames[i])
		}
	}
	return c.expectColumns()
}

// delimiterHint explains a header that the delimiter did not split: it holds ';', a tab or '|' (the
// delimiter to try), or NUL bytes (UTF-16 without a byte-order mark). "" when nothing stands out.
func delimiterHint(header []string, comma rune) string {
	joined := strings.Join(header, string(comma))
	if strings.IndexByte(joined, 0) >= 0 {
		return "the header holds NUL bytes: UTF-16 without a byte-order mark? try --encoding utf-16"
	}
	for _, d := range []struct {
		ch         rune
		what, flag string
	}{{';', "';'", "';'"}, {'\t', "tabs", "tab"}, {',', "','", "','"}, {'|', "'|'", "'|'"}} {
		if d.ch != comma && strings.ContainsRune(joined, d.ch) {
			return fmt.Sprintf("the header holds %s: try --delimiter %s", d.what, d.flag)
		}
	}
	return ""
}

// openInput opens the input file (or stdin for "-" or none) and returns its FileInfo when it is a file
// (stdin included), for the size of the progress ETA and the identity checks of -o and --rejects.
func openInput(pos []string, stdin io.Reader) (io.Reader, os.FileInfo, func(), error) {
	if len(pos) == 0 || pos[0] == "-" {
		var st os.FileInfo
		if f, ok := stdin.(*os.File); ok {
			st, _ = f.Stat()
		}
		return stdin, st, func() {}, nil
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return nil, nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, nil, err
	}
	return f, st, func() { f.Close() }, nil
}
