package main

import (
	"bytes"
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
