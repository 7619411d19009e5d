package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests in this file run the built binary, as a caller's script would: real file descriptors, a real
// pipe for stdin and stdout, exit statuses and signals, and the peak RSS of the process.

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

// TestMain removes the binary built for the tests, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds the custmatch binary once per test run (without -race: the race detector is for the test
// process, and a race build of the binary would only slow the batch tests down) and returns its path.
func binary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "custmatch-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "custmatch")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, binErr)
	return binPath
}

// binResult is how one run of the binary ended.
type binResult struct {
	code   int // exit status; -1 when killed by a signal
	signal string
	stdout string
	stderr string
	rssKiB int64 // peak resident set size
}

// finish collects the exit status and the peak RSS of a command that has been waited for.
func finish(t testing.TB, cmd *exec.Cmd, err error) binResult {
	t.Helper()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		require.NoError(t, err)
	}
	st := cmd.ProcessState
	res := binResult{code: st.ExitCode(), rssKiB: st.SysUsage().(*syscall.Rusage).Maxrss}
	if ws := st.Sys().(syscall.WaitStatus); ws.Signaled() {
		res.signal = ws.Signal().String()
	}
	return res
}

// runBin runs the binary with args and stdin.
func runBin(t testing.TB, stdin []byte, args ...string) binResult {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	res := finish(t, cmd, cmd.Run())
	res.stdout, res.stderr = stdout.String(), stderr.String()
	return res
}

// assertClean checks the failure hygiene of every run: no death by signal, no panic or stack trace, and
// none of the planted personal values on stderr.
func assertClean(t *testing.T, res binResult) {
	t.Helper()
	assert.Empty(t, res.signal, "killed by a signal")
	assert.NotContains(t, res.stderr, "panic")
	assert.NotContains(t, res.stderr, "goroutine ")
	for _, p := range planted {
		assert.NotContains(t, res.stderr, p, "personal data on stderr")
	}
}

// binHeader is the input header used by the binary tests: all nine columns, id first.
const binHeader = "id,merchant_first_name,merchant_last_name,merchant_dob,merchant_email,provider_first_name,provider_last_name,provider_dob,provider_email"

// rowKind is one shape of data row: its text (%[1]d is the row number, used as the id; lines end in \n)
// and the reject reason it must get ("" for an evaluated row).
type rowKind struct {
	name, text, reason string
}

// rowKinds covers good rows, broken CSV, invalid UTF-8 and quoted line breaks, all carrying planted
// personal values.
var rowKinds = []rowKind{
	{"good", "%[1]d,Zebulon,Quaxwell,1961-03-17,zebulon@private.example,Zebulon,Quaxwell,17.03.1961,zebulon@private.example\n", ""},
	{"decline", "%[1]d,Xanthippe,Vorbrugg,1955-12-01,,Ottokar,Brumsel,1961-03-17,\n", ""},
	{"quoted-newline", "%[1]d,\"Zebulon\nOttokar\",Quaxwell,,,Zebulon,Quaxwell,,\n", ""},
	{"quoted-crlf", "%[1]d,\"Xanthippe\r\nZebulon\",\"Vorbrugg, Brumsel\",,,Xanthippe,Vorbrugg,,\n", ""},
	{"field-count-short", "%[1]d,Zebulon,Quaxwell,1961-03-17\n", "field-count"},
	{"field-count-long", "%[1]d,Zebulon,Quaxwell,,,Zebulon,Quaxwell,,,Ottokar\n", "field-count"},
	{"bare-quote", "%[1]d,Zeb\"ulon,Quaxwell,1961-03-17,,Zebulon,Quaxwell,,\n", "bare-quote"},
	{"quote-then-text", "%[1]d,\"Ottokar\"Brumsel,Quaxwell,1955-12-01,,Ottokar,Brumsel,,\n", "quote"},
	{"latin1", "%[1]d,Ottokar,Br\xfcmsel,1955-12-01,,Ottokar,Brumsel,,\n", "invalid-utf8"},
	{"cut-utf8-sequence", "%[1]d,Xanthippe,Vorbrugg\xc3,,,Xanthippe,Vorbrugg,,\n", "invalid-utf8"},
	{"surrogate-utf8", "%[1]d,Zebulon\xed\xa0\x80,Quaxwell,,,Zebulon,Quaxwell,,\n", "invalid-utf8"},
}

// genInput is a generated input with what the batch must make of it.
type genInput struct {
	data    []byte
	reasons map[int]string // reject reason of each rejected row
	lines   map[int]int    // first physical line of each row
	rows    int
}

// generate writes n rows cycling through kinds (in a stride that mixes them within every batch), with
// CRLF line ends when crlf, every third line end CRLF when mixed, and a UTF-8 BOM when bom.
func generate(n int, kinds []rowKind, bom, crlf, mixed bool) genInput {
	g := genInput{reasons: map[int]string{}, lines: map[int]int{}, rows: n}
	var b bytes.Buffer
	if bom {
		b.WriteString("\xEF\xBB\xBF")
	}
	b.WriteString(binHeader + "\n")
	line := 2
	for row := 1; row <= n; row++ {
		k := kinds[(row*7)%len(kinds)]
		text := fmt.Sprintf(k.text, row)
		if crlf || (mixed && row%3 == 0) {
			text = strings.TrimSuffix(text, "\n") + "\r\n"
		}
		b.WriteString(text)
		g.lines[row] = line
		line += strings.Count(text, "\n")
		if k.reason != "" {
			g.reasons[row] = k.reason
		}
	}
	g.data = b.Bytes()
	return g
}

// outputIDs returns the ids of the CSV output rows, in output order.
func outputIDs(t *testing.T, stdout string) []int {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs, "no output header")
	ids := make([]int, 0, len(recs)-1)
	for _, r := range recs[1:] {
		id, err := strconv.Atoi(r[0])
		require.NoError(t, err)
		ids = append(ids, id)
	}
	return ids
}

// reject is one reported reject.
type reject struct {
	line   int
	reason string
}

var stderrReject = regexp.MustCompile(`(?m)^custmatch batch: rejected line (\d+) \(row (\d+)\): (\S+)(?: \(.*\))?$`)

// rejects reads the rejects from the --rejects file (when path is not empty) or from stderr.
func rejects(t *testing.T, path, stderr string) map[int]reject {
	t.Helper()
	got := map[int]reject{}
	add := func(line, row, reason string) {
		l, err := strconv.Atoi(line)
		require.NoError(t, err)
		r, err := strconv.Atoi(row)
		require.NoError(t, err)
		_, dup := got[r]
		require.False(t, dup, "row %d rejected twice", r)
		got[r] = reject{l, reason}
	}
	if path == "" {
		for _, m := range stderrReject.FindAllStringSubmatch(stderr, -1) {
			add(m[1], m[2], m[3])
		}
		return got
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"line", "row", "reason", "note"}, recs[0])
	for _, r := range recs[1:] {
		add(r[0], r[1], r[2])
	}
	assert.NotContains(t, stderr, "rejected line", "rejects go to the file only")
	return got
}

// checkAccounting asserts the batch guarantee on one run: every data row is exactly one output row (in
// input order) or one reject with the expected reason and line, and the summary and exit status agree.
func checkAccounting(t *testing.T, g genInput, res binResult, rejPath string) {
	t.Helper()
	ids := outputIDs(t, res.stdout)
	rej := rejects(t, rejPath, res.stderr)
	assert.Equal(t, g.rows, len(ids)+len(rej), "output rows + rejects = input rows")
	assert.True(t, slices.IsSorted(ids), "output in input order")
	seen := map[int]bool{}
	for _, id := range ids {
		assert.False(t, seen[id], "row %d output twice", id)
		seen[id] = true
		assert.Empty(t, g.reasons[id], "row %d should have been rejected", id)
	}
	for row, want := range g.reasons {
		got, ok := rej[row]
		if assert.True(t, ok, "row %d (%s) neither rejected nor lost without trace", row, want) {
			assert.Equal(t, reject{g.lines[row], want}, got, "row %d", row)
		}
		assert.False(t, seen[row], "row %d both output and rejected", row)
	}
	assert.Contains(t, res.stderr, fmt.Sprintf("custmatch batch: %d rows: %d evaluated", g.rows, len(ids)))
	assert.Contains(t, res.stderr, fmt.Sprintf(", %d rejected\n", len(g.reasons)))
	want := exitOK
	if len(g.reasons) > 0 {
		want = exitFailure
	}
	assert.Equal(t, want, res.code, "exit status")
}

// TestBinaryRowAccounting checks "output rows + rejects = input rows" through the binary, over more
// batches than the pipeline holds at once, for every mix of line ends and BOM, both pipelines, and
// rejects to a file or to stderr.
func TestBinaryRowAccounting(t *testing.T) {
	good := slices.DeleteFunc(slices.Clone(rowKinds), func(k rowKind) bool { return k.reason != "" })
	for _, in := range []struct {
		name             string
		kinds            []rowKind
		bom, crlf, mixed bool
	}{
		{"mix/lf", rowKinds, false, false, false},
		{"mix/crlf", rowKinds, false, true, false},
		{"mix/bom+mixed-line-ends", rowKinds, true, false, true},
		{"good-only/bom+crlf", good, true, true, false},
	} {
		g := generate(5*batchRows+17, in.kinds, in.bom, in.crlf, in.mixed)
		for _, workers := range []string{"1", "2"} {
			for _, toFile := range []bool{true, false} {
				name := fmt.Sprintf("input=%s/workers=%s/rejects=stderr", in.name, workers)
				if toFile {
					name = strings.Replace(name, "rejects=stderr", "rejects=file", 1)
				}
				t.Run(name, func(t *testing.T) {
					args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", workers}
					rejPath := ""
					if toFile {
						rejPath = filepath.Join(t.TempDir(), "rejects.csv")
						args = append(args, "--rejects", rejPath)
					}
					res := runBin(t, g.data, args...)
					assertClean(t, res)
					checkAccounting(t, g, res, rejPath)
				})
			}
		}
	}
}

// TestBinaryRowKinds runs each row shape alone between two good rows, so a failure names the shape.
func TestBinaryRowKinds(t *testing.T) {
	for _, k := range rowKinds {
		t.Run(k.name, func(t *testing.T) {
			// generate picks kinds[(row*7)%3]: rows 1, 2, 3 get kinds 1, 2, 0, so k is row 2.
			g := generate(3, []rowKind{rowKinds[0], rowKinds[0], k}, false, false, false)
			res := runBin(t, g.data, "batch", "--now", "2026-01-01", "--progress", "never", "--workers", "1")
			assertClean(t, res)
			checkAccounting(t, g, res, "")
		})
	}
}

// cutExpect is what a batch must make of an input cut at some byte: the rows complete before the cut,
// and whether a partial last row remains (and whether the cut is inside a quoted field).
type cutExpect struct {
	complete int
	partial  bool
	inQuote  bool
}

// expectCut reads a cut body (data rows only, no bare quotes) the way a CSV reader would: a line break
// outside quotes ends a row, and anything after the last one (even a lone CR) is a row cut short.
func expectCut(body []byte) cutExpect {
	var e cutExpect
	for _, ch := range body {
		switch {
		case ch == '"':
			e.inQuote = !e.inQuote
		case ch == '\n' && !e.inQuote:
			e.complete++
		}
	}
	e.partial = e.inQuote || (len(body) > 0 && body[len(body)-1] != '\n')
	return e
}

// TestBinaryTruncated cuts a file at every byte of its last rows (a row with a quoted line break among
// them), after more than one batch of rows, and checks that the cut row is never lost without a trace:
// it is rejected (truncated, or quote when the cut falls right after a line break inside a quoted field)
// with exit status 1, every complete row before it is evaluated, and a cut at a row boundary (which
// looks like a complete file) evaluates every row with exit status 0.
func TestBinaryTruncated(t *testing.T) {
	tail := []rowKind{rowKinds[0], rowKinds[2], rowKinds[3]}
	for _, crlf := range []bool{false, true} {
		prefix := generate(batchRows+3, rowKinds[:2], false, crlf, false)
		// Replace the last three rows by a good row and two rows with quoted line breaks.
		data := append([]byte(nil), prefix.data...)
		for i, k := range tail {
			text := fmt.Sprintf(k.text, batchRows+4+i)
			if crlf {
				text = strings.TrimSuffix(text, "\n") + "\r\n"
			}
			data = append(data, text...)
		}
		headerLen := len(binHeader) + 1
		for cut := len(prefix.data) + 1; cut < len(data); cut++ {
			name := fmt.Sprintf("crlf=%t/cut=%d", crlf, cut)
			t.Run(name, func(t *testing.T) {
				in := data[:cut]
				e := expectCut(in[headerLen:])
				workers := strconv.Itoa(1 + cut%2)
				res := runBin(t, in, "batch", "--now", "2026-01-01", "--progress", "never", "--workers", workers)
				assertClean(t, res)
				ids := outputIDs(t, res.stdout)
				rej := rejects(t, "", res.stderr)
				assert.Len(t, ids, e.complete-len(prefix.reasons), "complete rows evaluated")
				if !e.partial {
					assert.Empty(t, rej)
					assert.Equal(t, exitOK, res.code)
					return
				}
				assert.Equal(t, exitFailure, res.code)
				last := e.complete + 1
				want := "truncated"
				if in[len(in)-1] == '\n' {
					want = "quote" // the input ends with a line break, inside the quoted field
				}
				assert.Equal(t, want, rej[last].reason, "the cut row %d is rejected", last)
				assert.Equal(t, e.complete+1, len(ids)+len(rej), "output rows + rejects = rows")
				// A quoted field left open across a line break gets a note with the lines it spans.
				if e.inQuote && bytes.IndexByte(in[bytes.LastIndexByte(in, '"'):len(in)-1], '\n') >= 0 {
					assert.Contains(t, res.stderr, "is never closed: lines ")
				}
			})
		}
	}
}

// TestBinaryBrokenPipe closes the reading end of the binary's stdout after a few lines, over an input
// far larger than any buffer that a generator writes into its stdin. The binary must stop at once (the
// generator is cut off long before the end), say so in one line on stderr, and exit with status 1 rather
// than be killed by SIGPIPE.
func TestBinaryBrokenPipe(t *testing.T) {
	const total = 2_000_000
	for _, args := range [][]string{
		{"--workers", "1"},
		{"--workers", "2"},
		{"--workers", "2", "--format", "jsonl"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd, stdin, outR, stderr := startPiped(t, append([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, args...)...)

			written := make(chan int, 1)
			go func() { written <- feed(stdin, total, cycle(rowKinds[:2])) }()

			br := bufio.NewReader(outR)
			for range 5 {
				_, err := br.ReadString('\n')
				require.NoError(t, err)
			}
			require.NoError(t, outR.Close())
			res := finish(t, cmd, cmd.Wait())
			res.stderr = stderr.String()
			rows := <-written

			assertClean(t, res)
			assert.Equal(t, exitFailure, res.code)
			m := regexp.MustCompile(`^custmatch batch: output closed \(broken pipe\) after (\d+) rows; stopped, the output is incomplete\n$`).FindStringSubmatch(res.stderr)
			require.NotNil(t, m, "stderr: %q", res.stderr)
			n, err := strconv.Atoi(m[1])
			require.NoError(t, err)
			assert.GreaterOrEqual(t, n, 4, "rows read by the consumer reached the output")
			assert.Less(t, rows, total/10, "the binary kept reading after its output closed")
			t.Logf("output closed after %d rows; the generator got %d of %d rows in", n, rows, total)
		})
	}
}

// startPiped starts the binary with args, its stdin and stdout on pipes (the caller feeds stdin and may
// close the stdout reader to break the pipe) and its stderr collected.
func startPiped(t *testing.T, args ...string) (cmd *exec.Cmd, stdin io.WriteCloser, stdout *os.File, stderr *bytes.Buffer) {
	t.Helper()
	cmd = exec.Command(binary(t), args...)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	outR, outW, err := os.Pipe()
	require.NoError(t, err)
	cmd.Stdout = outW
	stderr = new(bytes.Buffer)
	cmd.Stderr = stderr
	require.NoError(t, cmd.Start())
	outW.Close()
	return cmd, stdin, outR, stderr
}

// feed writes a header and up to n generated rows (text(row) for rows 1…n) to w, then closes it. It
// returns how many rows it had buffered when a write to w failed (a consumer that stopped reading; at
// most one buffer more than w took), or n.
func feed(w io.WriteCloser, n int, text func(row int) string) int {
	defer w.Close()
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := bw.WriteString(binHeader + "\n"); err != nil {
		return 0
	}
	for row := 1; row <= n; row++ {
		if _, err := bw.WriteString(text(row)); err != nil {
			return row - 1
		}
	}
	bw.Flush()
	return n
}

// cycle returns the text of row as kinds[row%len(kinds)] gives it.
func cycle(kinds []rowKind) func(int) string {
	return func(row int) string { return fmt.Sprintf(kinds[row%len(kinds)].text, row) }
}

// TestBinaryFileErrors checks that a missing or unreadable input and an output or rejects path that
// cannot be created give one clear line naming the path, exit status 1 and no output.
func TestBinaryFileErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(good, generate(3, rowKinds[:1], false, false, false).data, 0o600))
	noPerm := filepath.Join(dir, "secret.csv")
	require.NoError(t, os.WriteFile(noPerm, generate(3, rowKinds[:1], false, false, false).data, 0o000))
	for _, c := range []struct {
		name   string
		args   []string
		stderr string
		root   bool // meaningless when running as root
	}{
		{"missing-input", []string{filepath.Join(dir, "nope.csv")}, "custmatch batch: open " + filepath.Join(dir, "nope.csv") + ": no such file or directory\n", false},
		{"input-is-directory", []string{dir}, "custmatch batch: reading the input: read " + dir + ": is a directory\n", false},
		{"input-permission-denied", []string{noPerm}, "custmatch batch: open " + noPerm + ": permission denied\n", true},
		{"missing-rejects-directory", []string{good, "--rejects", filepath.Join(dir, "no", "rej.csv")}, "custmatch batch: open " + filepath.Join(dir, "no", "rej.csv") + ": no such file or directory\n", false},
		{"missing-output-directory", []string{good, "-o", filepath.Join(dir, "no", "out.csv")}, "custmatch batch: open " + filepath.Join(dir, "no", "out.csv") + ": no such file or directory\n", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.root && os.Geteuid() == 0 {
				t.Skip("running as root: file permissions do not stop reads")
			}
			res := runBin(t, nil, append([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, c.args...)...)
			assertClean(t, res)
			assert.Equal(t, exitFailure, res.code)
			assert.Equal(t, c.stderr, res.stderr)
			assert.Empty(t, res.stdout)
		})
	}
}

// maxRSSKiB is the bound on the peak resident set size of a batch run, whatever the input size.
const maxRSSKiB = 200 << 10

// TestBinaryBoundedMemory streams generated rows through a pipe into the binary (no file on disk) and
// checks the peak RSS stays under 200 MB and every row comes out: 200,000 rows always, 5,000,000 with
// CUSTMATCH_LONG=1.
func TestBinaryBoundedMemory(t *testing.T) {
	for _, rows := range []int{200_000, 5_000_000} {
		t.Run(fmt.Sprintf("rows=%d", rows), func(t *testing.T) {
			if rows > 200_000 && os.Getenv("CUSTMATCH_LONG") != "1" {
				t.Skip("set CUSTMATCH_LONG=1 to stream 5,000,000 rows (seconds to a minute, depending on the machine)")
			}
			// Mostly evaluated rows (good, decline, quoted line breaks), one of each reject kind per cycle.
			var kinds []rowKind
			for _, k := range rowKinds {
				if k.reason == "" {
					kinds = append(kinds, k, k, k, k, k, k, k, k, k, k)
				} else {
					kinds = append(kinds, k)
				}
			}
			res, out := streamRows(t, rows, kinds)
			assertClean(t, res)
			rejected := 0
			for row := 1; row <= rows; row++ {
				if kinds[row%len(kinds)].reason != "" {
					rejected++
				}
			}
			t.Logf("%d rows evaluated, %d rejected", rows-rejected, rejected)
			assert.Equal(t, exitFailure, res.code)
			assert.Equal(t, int64(rows-rejected+1), out.lines, "output lines (header + evaluated rows)")
			assert.Contains(t, res.stderr, fmt.Sprintf("custmatch batch: %d rows: %d evaluated", rows, rows-rejected))
			assert.Contains(t, res.stderr, fmt.Sprintf(", %d rejected\n", rejected))
			assert.Less(t, res.rssKiB, int64(maxRSSKiB), "peak RSS in KiB")
		})
	}
}

// streamRows runs the binary over rows generated into its stdin through a pipe, rejects to a file, and
// counts its output lines; it logs the peak RSS and the elapsed time.
func streamRows(t *testing.T, rows int, kinds []rowKind) (binResult, *lineCounter) {
	t.Helper()
	rej := filepath.Join(t.TempDir(), "rejects.csv")
	cmd := exec.Command(binary(t), "batch", "--now", "2026-01-01", "--progress", "never", "--rejects", rej)
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	out := &lineCounter{w: io.Discard, quoted: true}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	start := time.Now()
	require.NoError(t, cmd.Start())
	written := make(chan int, 1)
	go func() { written <- feed(stdin, rows, cycle(kinds)) }()
	res := finish(t, cmd, cmd.Wait())
	elapsed := time.Since(start)
	require.Equal(t, rows, <-written)
	res.stderr = stderr.String()
	t.Logf("%d rows in %s: peak RSS %.1f MiB", rows, elapsed.Round(time.Millisecond), float64(res.rssKiB)/1024)
	return res, out
}

// TestBinaryLongRow opens a quoted field early in a large piped input: the binary must stop with an
// error once the row passes 1 MiB instead of reading the rest of the input into memory.
func TestBinaryLongRow(t *testing.T) {
	cmd := exec.Command(binary(t), "batch", "--now", "2026-01-01", "--progress", "never")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Start())
	const total = 2_000_000
	good := cycle(rowKinds[:1])
	written := make(chan int, 1)
	go func() {
		written <- feed(stdin, total, func(row int) string {
			if row == 2 { // a quote opened and never closed: the rest of the input is one field
				return "2,\"Zebulon,Quaxwell,,,Zebulon,Quaxwell,,\n"
			}
			return good(row)
		})
	}()
	res := finish(t, cmd, cmd.Wait())
	res.stdout, res.stderr = stdout.String(), stderr.String()
	assertClean(t, res)
	assert.Equal(t, exitFailure, res.code)
	lines := strings.SplitAfter(res.stderr, "\n")
	assert.Equal(t, "custmatch batch: reading the input: data row 2 is longer than 1048576 bytes (an unclosed quote?); stopped, the rest of the input was not read\n", lines[0])
	assert.Contains(t, res.stderr, "custmatch batch: 1 rows: 1 evaluated", "the summary counts the rows before it")
	assert.Less(t, <-written, total/10, "the binary kept reading")
	assert.Less(t, res.rssKiB, int64(maxRSSKiB))
}

// TestBinaryPrivacy runs the failure paths of the binary on planted personal values and checks stderr
// holds none of them (assertClean): rejects on stderr, a truncated last row, an unclosed quote, a closed
// output with rejects before it, a too-long row.
func TestBinaryPrivacy(t *testing.T) {
	mix := generate(200, rowKinds, true, false, true).data
	for _, c := range []struct {
		name string
		in   []byte
		args []string
	}{
		{"rejects-on-stderr", mix, nil},
		{"rejects-on-stderr-jsonl-values", mix, []string{"--format", "jsonl", "--values", "--workers", "2"}},
		{"truncated-in-name", mix[:len(mix)-30], nil},
		{"truncated-in-quoted-field", []byte(binHeader + "\n1,\"Zebulon\nQuax"), nil},
		{"unclosed-quote", []byte(binHeader + "\n1,\"Zebulon,Quaxwell,1961-03-17,,x,y,,\n2,Ottokar,Brumsel,,,Ottokar,Brumsel,,\n"), nil},
		{"long-row", append([]byte(binHeader+"\n1,\"Zebulon "), bytes.Repeat([]byte("Quaxwell 1961-03-17\n"), 60_000)...), nil},
		{"map-to-missing", mix, []string{"--map", "provider_first_name=Ottokar"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := runBin(t, c.in, append([]string{"batch", "--now", "2026-01-01", "--progress", "always"}, c.args...)...)
			assert.NotEqual(t, exitOK, res.code)
			for _, p := range planted {
				if slices.Contains(c.args, "provider_first_name="+p) {
					continue // the caller's own flag value
				}
				assert.NotContains(t, res.stderr, p)
			}
			assert.Empty(t, res.signal)
			assert.NotContains(t, res.stderr, "goroutine ")
		})
	}
	t.Run("broken-pipe-after-rejects", func(t *testing.T) {
		cmd, stdin, outR, stderr := startPiped(t, "batch", "--now", "2026-01-01", "--workers", "2")
		go feed(stdin, 1_000_000, cycle(rowKinds))
		_, err := bufio.NewReader(outR).ReadString('\n')
		require.NoError(t, err)
		require.NoError(t, outR.Close())
		res := finish(t, cmd, cmd.Wait())
		res.stderr = stderr.String()
		assertClean(t, res)
		assert.Equal(t, exitFailure, res.code)
		assert.Contains(t, res.stderr, "rejected line ")
		assert.Contains(t, res.stderr, "output closed (broken pipe) after ")
	})
}
