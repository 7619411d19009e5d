package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// planted are personal values that must never reach stderr.
var planted = []string{"Zebulon", "Quaxwell", "Xanthippe", "Vorbrugg", "1961-03-17", "17.03.1961",
	"zebulon@private.example", "Ottokar", "Brumsel", "1955-12-01"}

// TestPrivacy runs batch and compare on rows with planted names and dates of birth that get rejected
// (field count, bare quote, broken quote, invalid UTF-8) or fail (decline, review), and checks stderr
// holds none of them.
func TestPrivacy(t *testing.T) {
	header := "id,merchant_first_name,merchant_last_name,merchant_dob,merchant_email,provider_first_name,provider_last_name,provider_dob,provider_email\n"
	body := "1,Zebulon,Quaxwell,1961-03-17,zebulon@private.example,Xanthippe,Vorbrugg,17.03.1961,x@y\n" +
		"2,Zebulon,Quaxwell,1961-03-17\n" +
		"3,Zeb\"ulon,Quaxwell,1961-03-17,,Zebulon,Quaxwell,,\n" +
		"4,\"Ottokar\"Brumsel,Quaxwell,1955-12-01,,Ottokar,Brumsel,,\n" +
		"5,Ottokar,Brumsel\xff,1955-12-01,,Ottokar,Brumsel,1955-12-01,\n" +
		"6,,Brumsel,1955-12-01,,Ottokar,Brumsel,1955-12-01,\n" +
		"7,\"Xanthippe\n"
	for _, args := range [][]string{
		{"batch"},
		{"batch", "--workers", "2", "--format", "jsonl", "--values"},
		{"batch", "--lang", "de", "--progress", "always"},
		{"batch", "--map", "merchant_first_name=Zebulon"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(args, strings.NewReader(header+body), &stdout, &stderr)
			assert.NotEqual(t, 0, code)
			for _, p := range planted {
				if strings.Contains(strings.Join(args, " "), p) {
					continue // the caller's own flag value
				}
				assert.NotContains(t, stderr.String(), p)
			}
		})
	}

	dir := t.TempDir()
	broken := filepath.Join(dir, "capture.json")
	require.NoError(t, os.WriteFile(broken, []byte(`{"customer":{"first_name": ""Zebulon", "last_name": "Quaxwell", "date_of_birth": "1961-03-17"}}`), 0o600))
	wrongType := filepath.Join(dir, "sync.json")
	require.NoError(t, os.WriteFile(wrongType, []byte(`{"first_name": ["Xanthippe"], "last_name": "Vorbrugg"}`), 0o600))
	for _, args := range [][]string{
		{"compare", "--merchant", wrongType, "--provider-first", "Ottokar"},
		{"compare", "--merchant-first", "Ottokar", "--provider", broken},
	} {
		t.Run(strings.Join(args[:2], " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(args, nil, &stdout, &stderr)
			assert.Equal(t, exitUsage, code)
			for _, p := range planted {
				if p != "Ottokar" { // given as a flag by the caller
					assert.NotContains(t, stderr.String(), p)
				}
			}
		})
	}
}

// FuzzBatch checks the batch invariant on arbitrary input: every data row ends as exactly one output row
// or one reject, in input order, none twice, and the exit code says whether any row was rejected.
func FuzzBatch(f *testing.F) {
	f.Add([]byte("Max,Mustermann,Max,Mustermann\n"), false)
	f.Add([]byte("Max,\"Muster\nmann\",Max,Mustermann\r\nA,B\n\"x\"y,1,2,3\n"), true)
	f.Add([]byte("J\xffrgen,M,J,M\n\"unterminated,a,b,c\n"), false)
	f.Fuzz(func(t *testing.T, body []byte, parallel bool) {
		workers := "1"
		if parallel {
			workers = "2"
		}
		in := append([]byte("merchant_first_name,merchant_last_name,provider_first_name,provider_last_name\n"), body...)
		rej := filepath.Join(t.TempDir(), "rejects.csv")
		var stdout, stderr bytes.Buffer
		code := run([]string{"batch", "--now", "2026-01-01", "--workers", workers, "--rejects", rej}, bytes.NewReader(in), &stdout, &stderr)
		require.Contains(t, []int{exitOK, exitFailure}, code, stderr.String())

		outRows, err := csv.NewReader(&stdout).ReadAll()
		require.NoError(t, err)
		rejData, err := os.ReadFile(rej)
		require.NoError(t, err)
		rejRows, err := csv.NewReader(bytes.NewReader(rejData)).ReadAll()
		require.NoError(t, err)

		rows := map[int]bool{}
		last := 0
		for _, r := range outRows[1:] {
			n, err := strconv.Atoi(r[0]) // no id column: the id is the row number
			require.NoError(t, err)
			require.Greater(t, n, last, "output in input order")
			last = n
			rows[n] = true
		}
		for _, r := range rejRows[1:] {
			n, err := strconv.Atoi(r[1])
			require.NoError(t, err)
			require.False(t, rows[n], "row %d both evaluated and rejected", n)
			rows[n] = true
		}
		total := len(outRows) - 1 + len(rejRows) - 1
		for n := 1; n <= total; n++ {
			require.True(t, rows[n], "row %d lost", n)
		}
		require.Contains(t, stderr.String(), fmt.Sprintf("custmatch batch: %d rows: %d evaluated", total, len(outRows)-1))
		require.Equal(t, len(rejRows) > 1, code == exitFailure)
	})
}
