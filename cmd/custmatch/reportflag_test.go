package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReportFlag runs batch --report on the example: the report is written next to the usual output,
// which does not change; values appear only with --values; a report that cannot be written fails the
// run with exit status 1.
func TestReportFlag(t *testing.T) {
	dir := t.TempDir()
	example := "../../testdata/example.csv"
	base := []string{"batch", "--now", "2026-11-30", "--progress", "never"}

	var plain, plainErr bytes.Buffer
	require.Equal(t, exitOK, run(append(base, example), nil, &plain, &plainErr))

	for _, tc := range []struct {
		name   string
		args   []string
		values bool
	}{
		{"csv", nil, false},
		{"workers=1", []string{"--workers", "1"}, false},
		{"values", []string{"--values"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".html")
			var stdout, stderr bytes.Buffer
			args := append(append(append([]string{}, base...), "--report", out, "-o", filepath.Join(dir, tc.name+".csv")), tc.args...)
			require.Equal(t, exitOK, run(append(args, example), nil, &stdout, &stderr), stderr.String())
			assert.Equal(t, plain.String(), readFile(t, filepath.Join(dir, tc.name+".csv")), "--report changed the output")
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			html := string(b)
			assert.True(t, strings.Contains(html, "<dd>example.csv</dd>"), "input name")
			assert.True(t, strings.Contains(html, "<code>--now 2026-11-30</code>"), "options")
			assert.True(t, strings.Contains(html, "<code>-o "+filepath.Join(dir, tc.name+".csv")+"</code>"), "a one-letter flag with one dash")
			assert.False(t, strings.Contains(html, "--report"), "the report lists itself")
			// Bill / William is a first-name decline in the example.
			assert.Equal(t, tc.values, strings.Contains(html, "William"), "values shown")
			assert.Equal(t, tc.values, strings.Contains(html, "contains personal data"))
		})
	}

	t.Run("unwritable", func(t *testing.T) {
		// The report's file is created before any row is read: a path that cannot be written fails
		// the run at once, with nothing written, instead of after the whole batch.
		var stdout, stderr bytes.Buffer
		out := filepath.Join(dir, "no-such-dir", "r.html")
		code := run(append(append(append([]string{}, base...), "--report", out), example), nil, &stdout, &stderr)
		assert.Equal(t, exitFailure, code)
		assert.Contains(t, stderr.String(), "custmatch batch: --report: open "+out+": no such file or directory")
		assert.Empty(t, stdout.String(), "no row was written")
		assert.NotContains(t, stderr.String(), "elapsed", "no row was read")
	})
	t.Run("values-without-report", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, exitUsage, run(append(append(append([]string{}, base...), "--values"), example), nil, &stdout, &stderr))
	})
}

// TestReportFile: the report's file is written like -o's: to a temporary file in its directory, renamed
// into place at the end of a complete run (the mode of a replaced file kept, nothing left behind); a
// run that stops early leaves an existing report as it was and keeps the page, which says why it
// stopped, as FILE.partial.
func TestReportFile(t *testing.T) {
	dir := t.TempDir()
	rep := filepath.Join(dir, "report.html")
	require.NoError(t, os.WriteFile(rep, []byte("old report"), 0o600))
	base := []string{"batch", "--now", "2026-11-30", "--progress", "never", "--report", rep}

	good := generate(20, rowKinds[:2], false, false, false)
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitOK, run(base, bytes.NewReader(good.data), &stdout, &stderr), stderr.String())
	page := readFile(t, rep)
	assert.Contains(t, page, "<!DOCTYPE html>")
	assert.NotContains(t, page, "The run stopped early")
	st, err := os.Stat(rep)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "the mode of the replaced file is kept")
	assertOnly(t, dir, "report.html")

	// A row that never ends: the run stops with an I/O error after the rows before it.
	long := append(generate(600, rowKinds[:1], false, false, false).data, "601,\""+strings.Repeat("x", 2<<20)...)
	stdout.Reset()
	stderr.Reset()
	assert.Equal(t, exitFailure, run(base, bytes.NewReader(long), &stdout, &stderr))
	assert.Equal(t, page, readFile(t, rep), "the report of the complete run stays")
	partial := readFile(t, rep+".partial")
	assert.Contains(t, partial, "The run stopped early: a data row is longer than")
	assert.Contains(t, partial, "600 rows")
	assert.Contains(t, stderr.String(), "the report of the rows read is in "+rep+".partial; "+rep+" was not changed")
	assertOnly(t, dir, "report.html", "report.html.partial")
}

// TestReportInputNameVisible: the input's file name and the flag values the page shows are text from
// outside: a right-to-left override (or a control) in them is written as <U+XXXX>, as the page's example
// values are, so it cannot reverse the page's title, lead or settings.
func TestReportInputNameVisible(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../testdata/example.csv")
	require.NoError(t, err)
	in := filepath.Join(dir, "ab\u202evsc.csv")
	require.NoError(t, os.WriteFile(in, data, 0o644))
	rep := filepath.Join(dir, "r.html")
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitOK, run([]string{"batch", "--now", "2026-11-30", "--progress", "never", "--report", rep,
		"--provider-name", "Pay\u202eNow\x1b[0m", in}, nil, &stdout, &stderr), stderr.String())
	page := readFile(t, rep)
	assert.Contains(t, page, "<title>custmatch batch report: ab&lt;U&#43;202E&gt;vsc.csv</title>")
	assert.Contains(t, page, "<dd>ab&lt;U&#43;202E&gt;vsc.csv</dd>")
	assert.Contains(t, page, "Pay&lt;U&#43;202E&gt;Now&lt;U&#43;001B&gt;[0m")
	assert.NotContains(t, page, "\u202e")
	assert.NotContains(t, page, "\x1b")
}
