package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// countRecords counts the data rows of a CSV file as encoding/csv delimits them: records and parse
// errors alike, header excluded.
func countRecords(t *testing.T, data []byte) int {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))))
	_, err := r.Read()
	require.NoError(t, err, "header")
	n := 0
	for {
		_, err := r.Read()
		if errors.Is(err, io.EOF) {
			return n
		}
		var pe *csv.ParseError
		if err != nil && !errors.As(err, &pe) {
			require.NoError(t, err)
		}
		n++
	}
}

// TestEndToEnd runs the built binary on the README quick start on the shipped example export:
// every input row is either an output row or a reject.
func TestEndToEnd(t *testing.T) {
	example := filepath.Join("..", "..", "testdata", "example.csv")
	data, err := os.ReadFile(example)
	require.NoError(t, err, "testdata/example.csv is the shipped example export the README's quick start uses")
	bin := binary(t)

	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, "batch", example)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}

	outRows, err := csv.NewReader(&stdout).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, outRows)
	assert.Equal(t, "id", outRows[0][0])
	rejects := strings.Count(stderr.String(), "custmatch batch: rejected line ")
	input := countRecords(t, data)
	assert.Equal(t, input, len(outRows)-1+rejects, "output rows + rejects = input rows")
	assert.Contains(t, stderr.String(), "custmatch batch: "+strconv.Itoa(input)+" rows: ")
	if rejects == 0 {
		assert.Equal(t, 0, code)
	} else {
		assert.Equal(t, 1, code)
	}
}
