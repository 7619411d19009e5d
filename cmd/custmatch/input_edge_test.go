package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// edgeHeader is the header of the edge-case inputs: the required columns and an id.
const edgeHeader = "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name"

// edgeCase is one batch run through run: its input, extra flags, and what it must give.
type edgeCase struct {
	name, input string
	args        []string
	code        int
	stderr      []string // substrings stderr must hold
	notStderr   []string // substrings stderr must not hold
	stdout      []string // substrings stdout must hold
}

// runEdge runs each case as "batch --now 2026-01-01 --progress never ARGS" on its input.
func runEdge(t *testing.T, cases []edgeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, c.args...)
			code := run(args, strings.NewReader(c.input), &stdout, &stderr)
			assert.Equal(t, c.code, code, "stderr: %s", stderr.String())
			for _, want := range c.stderr {
				assert.Contains(t, stderr.String(), want)
			}
			for _, not := range c.notStderr {
				assert.NotContains(t, stderr.String(), not)
			}
			for _, want := range c.stdout {
				assert.Contains(t, stdout.String(), want)
			}
		})
	}
}

// TestHeaderTooLong: a header row needing more than maxRowBytes is an unreadable header, a usage error
// (exit 2) like any other, not an I/O failure.
func TestHeaderTooLong(t *testing.T) {
	long := edgeHeader + "," + strings.Repeat("x", maxRowBytes+readBuffer) + "\n1,A,B,A,B\n"
	runEdge(t, []edgeCase{
		{name: "header-over-1MiB", input: long, code: exitUsage,
			stderr: []string{"custmatch batch: unreadable header row (line 1: longer than 1048576 bytes)\n"}},
		{name: "header-over-1MiB-after-sep-line", input: "sep=,\n" + long, code: exitUsage,
			stderr: []string{"custmatch batch: unreadable header row (line 2: longer than 1048576 bytes)\n"}},
		{name: "header-just-under", input: edgeHeader + "," + strings.Repeat("x", maxRowBytes-len(edgeHeader)-2) + "\n1,A,B,A,B\n", code: exitFailure,
			stderr: []string{"rejected line 2 (row 1): field-count"}},
	})
}

// TestSepLineUnusable: an Excel sep= first line without a usable delimiter ("sep=" alone, CR, NUL, a
// quote, a non-ASCII byte) is a usage error naming it, not an I/O failure from encoding/csv nor a line
// skipped in silence; with --delimiter it is skipped with a note and the line numbers still count it.
func TestSepLineUnusable(t *testing.T) {
	data := edgeHeader + "\n1,A,B,A,B\n"
	const unusable = "custmatch batch: line 1 is an Excel sep= line without a usable delimiter"
	var cases []edgeCase
	for _, first := range []string{"sep=\n\n", "sep=\r\n", "sep=\n", "SEP=\r\n", "sep=\x00\n", "sep=\"\n", "sep=\xa7\n", "sep=é\r\n", "sep=\x01\n"} {
		cases = append(cases, edgeCase{name: strconv.Quote(first), input: first + data, code: exitUsage, stderr: []string{unusable}, notStderr: []string{"reading the input"}})
	}
	cases = append(cases,
		edgeCase{name: "nul-with-delimiter", input: "sep=\x00\n" + data + "2,\"x\n", args: []string{"--delimiter", ","}, code: exitFailure,
			stderr: []string{"input read as an Excel sep= line without a usable delimiter, skipped (--delimiter wins)\n",
				"rejected line 4 (row 2): quote\n"}},
		edgeCase{name: "empty-with-delimiter", input: "sep=\r\n" + strings.ReplaceAll(data, "\n", "\r\n"), args: []string{"--delimiter", ","}, code: exitOK,
			stderr: []string{"skipped (--delimiter wins)", "1 rows: 1 evaluated"}},
		edgeCase{name: "sep=-only", input: "sep=", code: exitUsage, stderr: []string{unusable}},
		edgeCase{name: "sep-line-only", input: "sep=;", code: exitUsage, stderr: []string{"the input is empty (want a header row)"}},
		edgeCase{name: "sep-line-then-eof-after-cr", input: "sep=;\r", code: exitUsage, stderr: []string{"the input is empty (want a header row)"}},
		edgeCase{name: "tab", input: "sep=\t\n" + strings.ReplaceAll(data, ",", "\t"), code: exitOK, stderr: []string{"delimiter '\\t'"}},
		edgeCase{name: "longer-first-line-is-a-header", input: "sep=;;," + edgeHeader + "\nx,1,A,B,A,B\n", code: exitOK, stderr: []string{"1 rows: 1 evaluated"}},
	)
	runEdge(t, cases)
}
