package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"unicode/utf8"

	"github.com/custmatch/custmatch/match"
	"golang.org/x/text/language"
)

// The logical input columns, in the order of batchCmd.cols.
const (
	colID = iota
	colMFirst
	colMLast
	colMDOB
	colMEmail
	colPFirst
	colPLast
	colPDOB
	colPEmail
	numCols
)

// colNames are the default header names of the logical columns (and the keys --map accepts).
var colNames = [numCols]string{"id", "merchant_first_name", "merchant_last_name", "merchant_dob",
	"merchant_email", "provider_first_name", "provider_last_name", "provider_dob", "provider_email"}

// colRequired marks the columns a batch input must have.
var colRequired = [numCols]bool{colMFirst: true, colMLast: true, colPFirst: true, colPLast: true}

const batchHead = `Usage: custmatch batch [flags] [FILE|-]

Evaluates every data row of a CSV export with a header (stdin when FILE is - or absent) and writes one
output row per evaluated row, in input order. Input columns (rename with --map): id (optional; else the
1-based data row number is the id), merchant_first_name, merchant_last_name, merchant_dob, merchant_email,
provider_first_name, provider_last_name, provider_dob, provider_email (DOBs and emails optional). Other
columns are ignored. A UTF-8 BOM, CRLF line ends and quoted newlines are handled.

Output CSV (comma-separated): id,decision,failing, then for first_name, last_name, dob and email:
<field>_status,<field>_score (4 decimals, empty when not scored),<field>_reasons (;-joined), and message
with --lang. No raw values unless asked for (--values with jsonl, or --lang messages). Cells starting with
= + - @ tab or CR get a leading ' (spreadsheet formula injection).

A malformed row is rejected: its line, row number and reason code (never its contents) go to --rejects
or stderr, and processing continues. Every data row ends as one output row or one reject. Reasons:
field-count, bare-quote, quote (broken quoting), invalid-utf8, parse (other CSV errors), truncated (the
last row when the input does not end with a line break: the file may have been cut inside it). An
unterminated quoted field swallows the rest of the file into one rejected row; a note on stderr gives
the lines it spans. A row needing more than 1 MiB of input stops the run with an error (memory stays
bounded).

Exit codes: 0 every row evaluated; 1 some rows rejected, or an I/O failure (missing or unreadable input
file, write error); 2 usage error (bad flag, missing required column, unreadable header). A closed
output (the reader of a pipe went away, e.g. | head) is a write error, not a silent SIGPIPE death: the
run stops at once and says "output closed (broken pipe) after N rows" (N rows reached the output).
After a write error no summary is printed.

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
	report   reportFlags

	m     *match.Matcher
	tag   language.Tag
	comma rune
	jsonl bool
	cols  [numCols]int // header index of each logical column, -1 when absent
}

// runBatch implements "custmatch batch".
func runBatch(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	const name = "custmatch batch"
	c := &batchCmd{}
	fs := flag.NewFlagSet("batch", flag.ContinueOnError)
	fs.StringVar(&c.output, "o", "", "write the output to `FILE` instead of stdout")
	fs.StringVar(&c.format, "format", "csv", "output format: csv or jsonl (one JSON verdict per row, redacted unless --values)")
	fs.StringVar(&c.delim, "delimiter", ",", "input field delimiter: one character, e.g. ';', or 'tab'")
	fs.StringVar(&c.mapping, "map", "", "header names for the columns, `column=Header,…` (e.g. merchant_first_name=FirstName)")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "goroutines comparing rows (1: read, compare and write in one goroutine)")
	fs.StringVar(&c.progress, "progress", "auto", "progress on stderr: auto (when stderr is a terminal), always or never")
	fs.StringVar(&c.rejects, "rejects", "", "write rejected rows as CSV line,row,reason to `FILE` instead of stderr")
	fs.BoolVar(&c.values, "values", false, "include the raw values in --format jsonl output, and a few per reason in the --report (personal data)")
	c.policy.register(fs)
	c.msg.register(fs)
	c.report.register(fs)
	pos, code, ok := parseFlags(fs, args, batchHead, stdout, stderr)
	if !ok {
		return code
	}
	if err := c.validate(pos); err != nil {
		return usageError(stderr, name, err.Error())
	}

	in, size, closeIn, err := openInput(pos, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	defer closeIn()
	out, delivered, closeOut, err := createOutput(c.output, stdout, !c.jsonl)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	rej, _, closeRej, err := createOutput(c.rejects, nil, true)
	if err != nil {
		closeOut()
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	code = c.execute(in, size, out, delivered, rej, stderr)
	for _, cl := range []func() error{closeOut, closeRej} {
		if err := cl(); err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			code = exitFailure
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
		if c.values && c.report.path == "" {
			return errors.New("--values needs --format jsonl or --report (CSV output never carries raw values)")
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
	if c.m, err = c.policy.matcher(); err != nil {
		return err
	}
	if c.msg.enabled() {
		c.tag = c.msg.tag()
	}
	return c.report.start(pos, c.m, c.values)
}

// parseDelimiter reads --delimiter: one character (not a quote, CR, LF or the replacement character), or
// the words tab, \t, comma, semicolon.
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
	if n == 0 || n != len(s) || r == '"' || r == '\r' || r == '\n' || r == utf8.RuneError {
		return 0, errors.New(`--delimiter: want one character other than " CR LF, or tab`)
	}
	return r, nil
}

// resolveHeader maps the logical columns to header positions, honouring --map. Errors name the column,
// never cell contents.
func (c *batchCmd) resolveHeader(header []string) error {
	want := colNames
	if c.mapping != "" {
		for _, kv := range strings.Split(c.mapping, ",") {
			k, v, ok := strings.Cut(kv, "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			i := indexOf(colNames[:], k)
			if !ok || v == "" || i < 0 {
				return fmt.Errorf("--map: want column=Header pairs with column one of %s", strings.Join(colNames[:], ", "))
			}
			want[i] = v
		}
	}
	for i := range c.cols {
		c.cols[i] = -1
		for j, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), want[i]) {
				if c.cols[i] >= 0 {
					return fmt.Errorf("column %s appears twice in the header", colNames[i])
				}
				c.cols[i] = j
			}
		}
		if c.cols[i] < 0 && colRequired[i] {
			if want[i] != colNames[i] {
				return fmt.Errorf("missing required column %s (no header named %q)", colNames[i], want[i])
			}
			return fmt.Errorf("missing required column %s (or map it: --map %s=HEADER)", colNames[i], colNames[i])
		}
	}
	return nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// openInput opens the input file (or stdin for "-" or none) and returns its size when it is a regular
// file (else -1), for the progress ETA.
func openInput(pos []string, stdin io.Reader) (io.Reader, int64, func(), error) {
	if len(pos) == 0 || pos[0] == "-" {
		return stdin, sizeOf(stdin), func() {}, nil
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return nil, -1, nil, err
	}
	return f, sizeOf(f), func() { f.Close() }, nil
}

// sizeOf returns the size of a regular file, or -1.
func sizeOf(r io.Reader) int64 {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			return st.Size()
		}
	}
	return -1
}

// createOutput creates path, or returns def (stdout) when path is empty; def nil with an empty path
// gives a nil writer. The writer is buffered over a lineCounter (quoted: CSV) that counts the lines that
// reached the destination: the caller flushes the writer, then calls close (which closes the file, if
// any).
func createOutput(path string, def io.Writer, quoted bool) (*bufio.Writer, *lineCounter, func() error, error) {
	if path == "" {
		if def == nil {
			return nil, nil, func() error { return nil }, nil
		}
		lc := &lineCounter{w: def, quoted: quoted}
		return bufio.NewWriterSize(lc, 64<<10), lc, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, nil, err
	}
	lc := &lineCounter{w: f, quoted: quoted}
	return bufio.NewWriterSize(lc, 64<<10), lc, f.Close, nil
}
