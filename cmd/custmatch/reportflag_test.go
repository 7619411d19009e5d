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
			args := append(append(append([]string{}, base...), "--report", out), tc.args...)
			require.Equal(t, exitOK, run(append(args, example), nil, &stdout, &stderr), stderr.String())
			assert.Equal(t, plain.String(), stdout.String(), "--report changed the output")
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			html := string(b)
			assert.True(t, strings.Contains(html, "<dd>example.csv</dd>"), "input name")
			assert.True(t, strings.Contains(html, "<code>--now 2026-11-30</code>"), "options")
			assert.False(t, strings.Contains(html, "--report"), "the report lists itself")
			// Bill / William is a first-name decline in the example.
			assert.Equal(t, tc.values, strings.Contains(html, "William"), "values shown")
			assert.Equal(t, tc.values, strings.Contains(html, "contains personal data"))
		})
	}

	t.Run("unwritable", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		out := filepath.Join(dir, "no-such-dir", "r.html")
		code := run(append(append(append([]string{}, base...), "--report", out), example), nil, &stdout, &stderr)
		assert.Equal(t, exitFailure, code)
		assert.Contains(t, stderr.String(), "custmatch batch: --report:")
	})
	t.Run("values-without-report", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		assert.Equal(t, exitUsage, run(append(append(append([]string{}, base...), "--values"), example), nil, &stdout, &stderr))
	})
}
