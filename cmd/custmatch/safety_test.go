package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The tests in this file cover issue 11's "the CLI must never destroy or hide data".

// TestBinarySameFile: -o, --rejects or --report naming the input (by any path to it) or each other is
// refused with exit status 2, before anything is created or truncated.
func TestBinarySameFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	data := generate(5, rowKinds[:2], false, false, false).data
	require.NoError(t, os.WriteFile(in, data, 0o644))
	require.NoError(t, os.Symlink(in, filepath.Join(dir, "link.csv")))
	require.NoError(t, os.Link(in, filepath.Join(dir, "hard.csv")))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	for _, c := range []struct {
		name  string
		args  []string
		stdin bool // the input comes from stdin redirected from in.csv
		want  string
	}{
		{"o-is-input", []string{"-o", in, in}, false, "-o names the input file"},
		{"o-is-input-relative", []string{"-o", "./sub/../in.csv", in}, false, "-o names the input file"},
		{"o-is-symlink-to-input", []string{"-o", filepath.Join(dir, "link.csv"), in}, false, "-o names the input file"},
		{"o-is-hard-link-to-input", []string{"-o", filepath.Join(dir, "hard.csv"), in}, false, "-o names the input file"},
		{"rejects-is-input", []string{"--rejects", in, in}, false, "--rejects names the input file"},
		{"o-is-stdin-file", []string{"-o", in}, true, "-o names the input file"},
		{"o-and-rejects-new", []string{"-o", "x.csv", "--rejects", "x.csv", in}, false, "-o and --rejects name the same file"},
		{"o-and-rejects-new-other-spelling", []string{"-o", "x.csv", "--rejects", "sub/../x.csv", in}, false, "-o and --rejects name the same file"},
		{"report-is-input", []string{"--report", in, in}, false, "--report names the input file"},
		{"report-is-symlink-to-input", []string{"--report", filepath.Join(dir, "link.csv"), in}, false, "--report names the input file"},
		{"report-is-stdin-file", []string{"--report", "hard.csv"}, true, "--report names the input file"},
		{"o-and-report", []string{"-o", "x.csv", "--report", "x.csv", in}, false, "-o and --report name the same file"},
		{"rejects-and-report", []string{"--rejects", "x.csv", "--report", "./x.csv", in}, false, "--rejects and --report name the same file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(binary(t), append([]string{"batch", "--progress", "never"}, c.args...)...)
			cmd.Dir = dir
			if c.stdin {
				f, err := os.Open(in)
				require.NoError(t, err)
				defer f.Close()
				cmd.Stdin = f
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			res := finish(t, cmd, cmd.Run())
			assert.Equal(t, exitUsage, res.code)
			assert.Contains(t, stderr.String(), c.want)
			got, err := os.ReadFile(in)
			require.NoError(t, err)
			assert.Equal(t, data, got, "the input is untouched")
			assert.NoFileExists(t, filepath.Join(dir, "x.csv"))
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, 4, "no file was created")
		})
	}
}

// TestBinaryOutputOnStdout: with the rows on standard output redirected to a file, --report or
// --rejects naming that file (/dev/stdout) is refused with exit status 2 before anything is written:
// writing it from its own offset would overwrite the rows.
func TestBinaryOutputOnStdout(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(in, generate(5, rowKinds[:2], false, false, false).data, 0o644))
	for _, flag := range []string{"--report", "--rejects"} {
		t.Run(flag, func(t *testing.T) {
			out, err := os.Create(filepath.Join(dir, "out"+flag+".csv"))
			require.NoError(t, err)
			defer out.Close()
			cmd := exec.Command(binary(t), "batch", "--progress", "never", flag, "/dev/stdout", in)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = out, &stderr
			res := finish(t, cmd, cmd.Run())
			assert.Equal(t, exitUsage, res.code)
			assert.Contains(t, stderr.String(), "standard output and "+flag+" name the same file")
			st, err := out.Stat()
			require.NoError(t, err)
			assert.Zero(t, st.Size(), "nothing was written")
		})
	}
	// Standard output on a pipe or a device is no file to protect: /dev/stdout then simply gets the page
	// after the rows.
	cmd := exec.Command(binary(t), "batch", "--progress", "never", "--now", "2026-01-01", "--report", "/dev/stdout", in)
	outBytes, err := cmd.Output()
	require.NoError(t, err)
	assert.Contains(t, string(outBytes), "<!DOCTYPE html>")
}

// TestBinaryNewFileMode: a file the run creates gets the mode os.Create would give it (0666 less the
// umask), so a private umask keeps the output, the rejects and the report (personal data with
// --values) private; a replaced file keeps its own mode (TestBinaryAtomicOutput).
func TestBinaryNewFileMode(t *testing.T) {
	for umask, want := range map[string]os.FileMode{"077": 0o600, "022": 0o644} {
		t.Run(umask, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in.csv")
			require.NoError(t, os.WriteFile(in, generate(20, rowKinds, false, false, false).data, 0o644))
			cmd := exec.Command("sh", "-c", `umask `+umask+` && exec "$0" "$@"`, binary(t), "batch", "--progress", "never",
				"--values", "--format", "jsonl", "-o", "out.jsonl", "--rejects", "rej.csv", "--report", "r.html", in)
			cmd.Dir = dir
			res := finish(t, cmd, cmd.Run())
			assert.Equal(t, exitFailure, res.code) // rowKinds has rejects
			for _, name := range []string{"out.jsonl", "rej.csv", "r.html"} {
				st, err := os.Stat(filepath.Join(dir, name))
				require.NoError(t, err)
				assert.Equal(t, want, st.Mode().Perm(), name)
			}
		})
	}
}

// TestBinaryAtomicOutput: -o replaces the file only at the end of a complete run (keeping its mode),
// leaves no temporary file, and a run that stops early (a row over 1 MiB) keeps the old file and puts
// the rows written so far in FILE.partial.
func TestBinaryAtomicOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.csv")
	rej := filepath.Join(dir, "rej.csv")
	require.NoError(t, os.WriteFile(out, []byte("old output\n"), 0o600))

	good := generate(20, rowKinds, false, false, false)
	res := runBin(t, good.data, "batch", "--now", "2026-01-01", "--progress", "never", "-o", out, "--rejects", rej)
	assert.Equal(t, exitFailure, res.code) // rowKinds has rejects
	ids := outputIDs(t, readFile(t, out))
	assert.Equal(t, good.rows, len(ids)+len(rejects(t, rej, res.stderr)))
	st, err := os.Stat(out)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "the mode of the replaced file is kept")
	assertOnly(t, dir, "out.csv", "rej.csv")

	// A row that never ends: the run stops with an I/O error after the rows before it.
	long := append(generate(600, rowKinds[:1], false, false, false).data, "601,\""+strings.Repeat("x", 2<<20)...)
	res = runBin(t, long, "batch", "--now", "2026-01-01", "--progress", "never", "-o", out, "--rejects", rej)
	assert.Equal(t, exitFailure, res.code)
	assert.Contains(t, res.stderr, "the rows written so far are in "+out+".partial; "+out+" was not changed")
	assert.Equal(t, len(ids), len(outputIDs(t, readFile(t, out))), "out.csv is the previous complete run")
	assert.Equal(t, 600, len(outputIDs(t, readFile(t, out+".partial"))))
	assertOnly(t, dir, "out.csv", "out.csv.partial", "rej.csv", "rej.csv.partial")
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

// assertOnly checks that dir holds exactly the named files (no temporary file left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	assert.ElementsMatch(t, names, got)
}

var interruptedLine = regexp.MustCompile(`custmatch batch: (SIGINT|SIGTERM): interrupted after (\d+) rows; the rest of the input was not read\n`)

// signalWait bounds each wait of the signal tests for the binary (to start and read its input, to end
// after a signal). Nothing is timed against it: the tests wait for what the binary does, and a machine
// under heavy load stretches those waits from tens of milliseconds to seconds (up to 10 s seen on 2
// cores at load 24), past the fixed sleeps these tests once had.
const signalWait = 2 * time.Minute

// blankTail is the number of blank lines TestBinaryInterrupt writes after its rows: twice what can sit
// between the test and the CSV parser of the binary (a pipe of 64 KiB, the two chunks of the input
// goroutine, the two read buffers), so that once the test's write returns the parser has read past
// the last row. encoding/csv skips blank lines, so they are no rows; they stay under the budget of
// one row (maxRowBytes).
const blankTail = 2 * (64<<10 + 2*stoppableChunk + 2*readBuffer)

// waitExit waits up to signalWait for cmd to end and returns Wait's error; past that it kills the
// process and fails the test with msg.
func waitExit(t *testing.T, cmd *exec.Cmd, done <-chan error, msg string) error {
	t.Helper()
	select {
	case err := <-done:
		return err
	case <-time.After(signalWait):
		cmd.Process.Kill()
		<-done
		t.Fatal(msg)
		return nil
	}
}

// TestBinaryInterrupt sends SIGINT or SIGTERM to a run reading a slow stdin that never ends: the rows
// read are finished and written, the rejects flushed, the summary and "interrupted after N rows" printed,
// output + rejects = N, exit 130 or 143, and the -o, --rejects and --report files are kept as
// FILE.partial.
//
// The signal goes out once the binary has read every row sent, which the test knows without guessing
// at times: the binary reads its input only after it installs its signal handler, and the rows are
// followed by more blank lines (blankTail) than it can hold unparsed, so the write of the last of them
// returns only after the parser has taken every row. The last batch of rows (513-700) is then read but
// not yet compared when the signal arrives.
func TestBinaryInterrupt(t *testing.T) {
	require.Less(t, blankTail, maxRowBytes, "the blank lines must stay within one row's budget")
	for _, c := range []struct {
		sig     syscall.Signal
		code    int
		workers string
		toFile  bool
	}{
		{syscall.SIGINT, 130, "1", false},
		{syscall.SIGINT, 130, "2", true},
		{syscall.SIGTERM, 143, "2", false},
		{syscall.SIGTERM, 143, "1", true},
	} {
		t.Run(fmt.Sprintf("%s/workers=%s/file=%v", sigName(c.sig), c.workers, c.toFile), func(t *testing.T) {
			dir := t.TempDir()
			rej := filepath.Join(dir, "rej.csv")
			out := filepath.Join(dir, "out.csv")
			args := []string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", c.workers, "--rejects", rej}
			rep := filepath.Join(dir, "report.html")
			if c.toFile {
				args = append(args, "-o", out, "--report", rep)
			}
			cmd := exec.Command(binary(t), args...)
			stdin, err := cmd.StdinPipe()
			require.NoError(t, err)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			require.NoError(t, cmd.Start())
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			// 700 rows with rejects among them, then blank lines and silence: stdin stays open.
			written := make(chan error, 1)
			go func() {
				bw := bufio.NewWriter(stdin)
				bw.WriteString(binHeader + "\n")
				for row := 1; row <= 700; row++ {
					bw.WriteString(cycle(rowKinds)(row))
				}
				bw.WriteString(strings.Repeat("\n", blankTail))
				written <- bw.Flush()
			}()
			select {
			case err := <-written:
				require.NoError(t, err)
			case err := <-done:
				t.Fatalf("the binary ended before reading its input: %v; stderr: %q", err, stderr.String())
			case <-time.After(signalWait):
				cmd.Process.Kill()
				<-done
				t.Fatal("the binary did not read its input")
			}
			require.NoError(t, cmd.Process.Signal(c.sig))
			werr := waitExit(t, cmd, done, "the binary did not stop after the signal")
			stdin.Close()
			res := finish(t, cmd, werr)
			res.stderr = stderr.String()
			assertClean(t, res)
			assert.Equal(t, c.code, res.code)
			m := interruptedLine.FindStringSubmatch(res.stderr)
			require.NotNil(t, m, "stderr: %q", res.stderr)
			assert.Equal(t, sigName(c.sig), m[1])
			n, err := strconv.Atoi(m[2])
			require.NoError(t, err)
			assert.Equal(t, 700, n, "every row sent before the signal was read")
			assert.Contains(t, res.stderr, fmt.Sprintf("custmatch batch: %d rows: ", n))
			output := stdout.String()
			if c.toFile {
				assert.Empty(t, output)
				assert.NoFileExists(t, out)
				output = readFile(t, out+".partial")
				// The report of the rows read is kept beside them, and says the run was interrupted.
				assert.NoFileExists(t, rep)
				assert.Contains(t, readFile(t, rep+".partial"), fmt.Sprintf("The run stopped early: interrupted by %s after %d rows.", sigName(c.sig), n))
			}
			assert.NoFileExists(t, rej)
			got := rejects(t, rej+".partial", "")
			assert.Equal(t, n, len(outputIDs(t, output))+len(got), "output + rejects = rows read")
		})
	}
}

// stopAtEnd is an input that gives its data, then, asked for more, does what the input goroutine
// (stoppable) does once a signal has closed stop: it sets stopped and returns errInterrupted.
type stopAtEnd struct {
	data    []byte
	stopped *atomic.Bool
	asked   int // reads after the end of the data
}

func (s *stopAtEnd) Read(p []byte) (int, error) {
	if len(s.data) > 0 {
		n := copy(p, s.data)
		s.data = s.data[n:]
		return n, nil
	}
	s.asked++
	s.stopped.Store(true)
	return 0, errInterrupted
}

// TestFillInterruptedAtRowEnd: a signal while the reader waits for input after a complete row (atEnd's
// Peek, where a producer that writes whole rows leaves it) ends the batch with the rows read, the last
// one included. TestBinaryInterrupt's signal lands in the CSV reader's wait inside its blank lines
// instead: a binary cannot be caught waiting at a row's end without guessing at times, a reader fed by
// stopAtEnd always is.
func TestFillInterruptedAtRowEnd(t *testing.T) {
	var data bytes.Buffer
	data.WriteString(binHeader + "\n")
	for row := 1; row <= 700; row++ {
		data.WriteString(cycle(rowKinds)(row))
	}
	require.Less(t, data.Len(), readBuffer, "one read takes all the data, so the next is atEnd's")
	var stopped atomic.Bool
	in := &stopAtEnd{data: data.Bytes(), stopped: &stopped}
	src := &countingReader{r: in}
	src.startRow()
	br := bufio.NewReaderSize(src, readBuffer)
	r := csv.NewReader(br)
	r.ReuseRecord = true
	header, err := r.Read()
	require.NoError(t, err)
	c := &batchCmd{}
	require.NoError(t, c.resolveHeader(header))
	rd := &reader{r: r, br: br, src: src, cols: c.cols, stop: &stopped, enc: "utf-8"}
	b := &batch{items: make([]item, 0, batchRows)}
	require.NoError(t, rd.fill(b))
	require.Len(t, b.items, batchRows)
	require.False(t, rd.eof)
	require.Zero(t, in.asked)

	require.NoError(t, rd.fill(b))
	assert.Equal(t, 1, in.asked)
	assert.True(t, rd.eof, "eof")
	assert.True(t, rd.interrupted, "interrupted")
	assert.Equal(t, 700, rd.row)
	require.Len(t, b.items, 700-batchRows, "the rows read before the signal stay in the batch")
	for i, it := range b.items {
		assert.Equal(t, batchRows+1+i, it.row)
	}
}

// TestBinarySecondSignal: when the first signal cannot finish the run (the output pipe is full and
// nobody reads it), a second signal exits at once and removes the temporary rejects and report files.
//
// The first signal goes out once the first byte of output arrives: the binary installs its handler
// before it reads any input, and it writes its first batch (512 rows, 122 KB of jsonl with values) at
// once, more than the pipe holds, so from then on it is blocked writing whatever the signal says. Two
// signals sent close together can arrive as one (the kernel keeps one pending SIGINT, and the Go runtime
// one until its signal goroutine takes it), and nothing outside the binary shows when the first was
// taken; so the second is sent again every 50 ms until the binary ends. A binary that only took the
// first could not end (its output is blocked): the test then fails after signalWait.
func TestBinarySecondSignal(t *testing.T) {
	dir := t.TempDir()
	rej := filepath.Join(dir, "rej.csv")
	rep := filepath.Join(dir, "report.html")
	cmd, stdin, outR, stderr := startPiped(t, "batch", "--now", "2026-01-01", "--progress", "never", "--workers", "1", "--format", "jsonl", "--values", "--rejects", rej, "--report", rep)
	defer outR.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	go feed(stdin, 200_000, cycle(rowKinds))
	require.NoError(t, outR.SetReadDeadline(time.Now().Add(signalWait)))
	if _, err := io.ReadFull(outR, make([]byte, 1)); err != nil {
		cmd.Process.Kill()
		<-done
		t.Fatalf("no output from the binary: %v; stderr: %q", err, stderr.String())
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	again := time.NewTicker(50 * time.Millisecond)
	defer again.Stop()
	limit := time.After(signalWait)
	var werr error
wait:
	for {
		select {
		case werr = <-done:
			break wait
		case <-again.C:
			if err := cmd.Process.Signal(syscall.SIGINT); err != nil && !errors.Is(err, os.ErrProcessDone) {
				t.Fatalf("second signal: %v", err)
			}
		case <-limit:
			cmd.Process.Kill()
			<-done
			t.Fatal("the second signal did not end the binary")
		}
	}
	res := finish(t, cmd, werr)
	assert.Equal(t, 130, res.code)
	assert.Contains(t, stderr.String(), "SIGINT again: stopped at once")
	assert.NotRegexp(t, interruptedLine, stderr.String(), "the run did not finish after the first signal")
	assertOnly(t, dir) // the temporary rejects and report files are gone
}

// TestBinaryLargeRowsMemory: memory is bounded in bytes, not rows. 3,000 rows each carrying a 1 MB
// ignored column, and rows whose used columns are large (a 400 KB name), through --workers 2, stay far
// below the gigabytes that holding batches of whole records took.
func TestBinaryLargeRowsMemory(t *testing.T) {
	// 300 rows already fit in one batch of the old row-counted pipeline (which then held 300 MB), so the
	// shorter run under -short or -race still fails without the byte bound.
	rows := 3000
	if testing.Short() || raceEnabled {
		rows = 300
	}
	big := strings.Repeat("x", 1<<20)
	bigName := strings.Repeat("Zebulon", 400<<10/7)
	cmd := exec.Command(binary(t), "batch", "--now", "2026-01-01", "--progress", "never", "--workers", "2")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	out := &lineCounter{w: io.Discard, quoted: true}
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	require.NoError(t, cmd.Start())
	go func() {
		defer stdin.Close()
		bw := bufio.NewWriterSize(stdin, 1<<20)
		bw.WriteString(binHeader + ",notes\n")
		for row := 1; row <= rows; row++ {
			if row%10 == 0 {
				fmt.Fprintf(bw, "%d,%s,Quaxwell,,,%s,Quaxwell,,,\n", row, bigName, bigName)
				continue
			}
			fmt.Fprintf(bw, "%d,Zebulon,Quaxwell,1961-03-17,,Zebulon,Quaxwell,1961-03-17,,%s\n", row, big)
		}
		bw.Flush()
	}()
	res := finish(t, cmd, cmd.Wait())
	res.stderr = stderr.String()
	assertClean(t, res)
	assert.Equal(t, exitOK, res.code, "stderr: %s", res.stderr)
	assert.Equal(t, int64(rows+1), out.lines)
	t.Logf("%d rows of about 1 MB: peak RSS %.1f MiB", rows, float64(res.rssKiB)/1024)
	if raceEnabled {
		// The child's peak RSS as wait4 reports it starts from the forking process's (Linux keeps the
		// high-water mark of the mm an exec replaces), and a test process under the race detector is
		// itself larger than the bound: the non-race CI step checks it.
		return
	}
	assert.Less(t, res.rssKiB, int64(150<<10), "peak RSS in KiB")
}

// TestInputEncodings runs inputs in other encodings, compressed, with CR-only line ends or an Excel
// sep= line through run: each is read (or, without --encoding, rejected with one hint).
func TestInputEncodings(t *testing.T) {
	const csvText = "id,merchant_first_name,merchant_last_name,provider_first_name,provider_last_name\n" +
		"1,Zoë,Müller,Zoë,Müller\n2,Jürgen,Weiß,Jürgen,Weiss\n3,Œdipe,Šimek,Œdipe,Šimek\n"
	win, err := charmap.Windows1252.NewEncoder().String(csvText)
	require.NoError(t, err)
	latin9, err := charmap.ISO8859_15.NewEncoder().String(csvText)
	require.NoError(t, err)
	latin1, err := charmap.ISO8859_1.NewEncoder().String(strings.ReplaceAll(strings.ReplaceAll(csvText, "Œ", "O"), "Š", "S"))
	require.NoError(t, err)
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(csvText)
	require.NoError(t, err)
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(csvText)
	require.NoError(t, err)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(csvText))
	zw.Close()
	semi := strings.ReplaceAll(csvText, ",", ";")

	evaluated := "custmatch batch: 3 rows: 3 evaluated ("
	for _, c := range []struct {
		name, input string
		args        []string
		code        int
		stderr      []string
	}{
		{"windows-1252", win, []string{"--encoding", "windows-1252"}, exitOK, []string{evaluated}},
		{"cp1252-alias", win, []string{"--encoding", "cp1252"}, exitOK, []string{evaluated}},
		{"iso-8859-15", latin9, []string{"--encoding", "iso-8859-15"}, exitOK, []string{evaluated}},
		{"iso-8859-1", latin1, []string{"--encoding", "latin1"}, exitOK, []string{evaluated}},
		{"utf-16le-bom", u16le, nil, exitOK, []string{"input read as UTF-16 (by its byte-order mark)", evaluated}},
		{"utf-16be-bom", u16be, []string{"--encoding", "utf-16"}, exitOK, []string{evaluated}},
		{"gzip", gz.String(), nil, exitOK, []string{"input read as gzip-compressed", evaluated}},
		{"cr-only", strings.ReplaceAll(csvText, "\n", "\r"), nil, exitOK, []string{"CR-only line ends", evaluated}},
		{"cr-only-windows-1252", strings.ReplaceAll(win, "\n", "\r"), []string{"--encoding", "windows-1252"}, exitOK, []string{evaluated}},
		{"excel-sep", "sep=;\r\n" + strings.ReplaceAll(semi, "\n", "\r\n"), nil, exitOK, []string{"an Excel sep=; line", evaluated}},
		{"excel-sep-delimiter-wins", "sep=|\n" + semi, []string{"--delimiter", ";"}, exitOK, []string{"(--delimiter wins)", evaluated}},
		{"not-utf8-hint", win, nil, exitFailure, []string{
			"custmatch batch: rejected line 2 (row 1): invalid-utf8 (the input is not UTF-8; it looks like windows-1252: try --encoding windows-1252)\n",
			"custmatch batch: rejected line 3 (row 2): invalid-utf8\n",
			"custmatch batch: invalid-utf8 rejects: 3; the input looks like windows-1252 (try --encoding windows-1252)\n"}},
		{"semicolon-hint", semi, nil, exitUsage, []string{"missing required column merchant_first_name (the header holds ';': try --delimiter ';')"}},
		{"tab-hint", strings.ReplaceAll(csvText, ",", "\t"), nil, exitUsage, []string{"(the header holds tabs: try --delimiter tab)"}},
		{"bad-encoding", csvText, []string{"--encoding", "ebcdic"}, exitUsage, []string{"--encoding: want one of utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"batch", "--now", "2026-01-01", "--progress", "never"}, c.args...), strings.NewReader(c.input), &stdout, &stderr)
			assert.Equal(t, c.code, code, "stderr: %s", stderr.String())
			for _, want := range c.stderr {
				assert.Contains(t, stderr.String(), want)
			}
			if c.code == exitOK {
				assert.Equal(t, 1+3, strings.Count(stdout.String(), "\n"))
				assert.Contains(t, stdout.String(), "\n1,approve,")
				assert.Contains(t, stdout.String(), "\n3,approve,")
				assert.Equal(t, 1, strings.Count(stderr.String(), "custmatch batch: rejected")+1, "no rejects")
			}
		})
	}
}

// TestEscapeInvisible: bidi controls, zero-width and other invisible characters are escaped in the
// JSON output of compare --json and batch --format jsonl --values, which stays valid JSON decoding to
// the same text.
func TestEscapeInvisible(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", `"plain"`},
		{"Zoë Müller", `"Zoë Müller"`},
		{"abc\u202edef", `"abc\u202edef"`},
		{"\u200bX\u200d\ufeff\u2066", `"\u200bX\u200d\ufeff\u2066"`},
		{"a\u0085b\u009f", `"a\u0085b\u009f"`},
		{"tag\U000e0041", `"tag\udb40\udc41"`},
		{"\ufffe\ufdd0", `"\ufffe\ufdd0"`},
	} {
		t.Run(c.want, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run([]string{"compare", "--now", "2026-01-01", "--json", "--merchant-first", c.in, "--merchant-last", "Muster",
				"--provider-first", "Max", "--provider-last", "Muster"}, nil, &stdout, &stderr)
			assert.Contains(t, stdout.String(), `"merchant":`+c.want)
			var v match.Verdict
			require.NoError(t, json.Unmarshal(stdout.Bytes(), &v), stdout.String())
			assert.Equal(t, c.in, v.Fields[match.FirstName].Merchant)

			stdout.Reset()
			input := binHeader + "\n1,\"" + c.in + "\",Muster,,,Max,Muster,,\n"
			run([]string{"batch", "--now", "2026-01-01", "--format", "jsonl", "--values"}, strings.NewReader(input), &stdout, &stderr)
			assert.Contains(t, stdout.String(), `"merchant":`+c.want)
			require.NoError(t, json.Unmarshal(stdout.Bytes(), &v), stdout.String())
			assert.Equal(t, c.in, v.Fields[match.FirstName].Merchant)
		})
	}
}

// TestJSONOutputs: batch jsonl leaves redacted values out (not ""), and both jsonl --values and
// compare --json escape a right-to-left override in a value.
func TestJSONOutputs(t *testing.T) {
	input := binHeader + "\n1,Max\u202e,Muster,,,Max\u202e,Muster,,\n"
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitOK, run([]string{"batch", "--now", "2026-01-01", "--format", "jsonl"}, strings.NewReader(input), &stdout, &stderr), stderr.String())
	assert.NotContains(t, stdout.String(), `"merchant"`)
	assert.NotContains(t, stdout.String(), `"provider"`)
	assert.True(t, json.Valid(bytes.TrimSpace(stdout.Bytes())))

	stdout.Reset()
	require.Equal(t, exitOK, run([]string{"batch", "--now", "2026-01-01", "--format", "jsonl", "--values"}, strings.NewReader(input), &stdout, &stderr))
	assert.Contains(t, stdout.String(), `"merchant":"Max\u202e"`)
	assert.NotContains(t, stdout.String(), "\u202e")

	stdout.Reset()
	run([]string{"compare", "--now", "2026-01-01", "--json", "--merchant-first", "Max\u202e", "--merchant-last", "Muster",
		"--provider-first", "Max\u202e", "--provider-last", "Muster", "--lang", "de"}, nil, &stdout, &stderr)
	assert.Contains(t, stdout.String(), `"merchant":"Max\u202e"`)
	assert.NotContains(t, stdout.String(), "\u202e")
}

// TestLangWarning: a --lang without a catalog warns once on stderr (batch: once per run, not per row);
// English, a supported language or an Accept-Language value naming one stays silent.
func TestLangWarning(t *testing.T) {
	input := binHeader + "\n1,Max,Muster,,,Max,Mustre,,\n2,Max,Muster,,,Moritz,Muster,,\n"
	for _, c := range []struct {
		lang string
		warn bool
	}{
		{"xx", true}, {"ja", true}, {"ja, zh;q=0.8", true}, {"en", false}, {"en-GB", false}, {"de-AT", false},
		{"ja, en;q=0.5", false}, {"*", false},
	} {
		t.Run(c.lang, func(t *testing.T) {
			for _, args := range [][]string{
				{"batch", "--now", "2026-01-01", "--progress", "never", "--lang", c.lang},
				{"compare", "--now", "2026-01-01", "--merchant-first", "Max", "--provider-first", "Moritz", "--lang", c.lang},
			} {
				var stdout, stderr bytes.Buffer
				run(args, strings.NewReader(input), &stdout, &stderr)
				n := strings.Count(stderr.String(), "no message catalog for this language")
				if c.warn {
					assert.Equal(t, 1, n, "%s: %s", args[0], stderr.String())
				} else {
					assert.Zero(t, n, "%s: %s", args[0], stderr.String())
				}
			}
		})
	}
}

func TestVersion(t *testing.T) {
	for _, arg := range []string{"version", "--version", "-version"} {
		var stdout, stderr bytes.Buffer
		require.Equal(t, exitOK, run([]string{arg}, nil, &stdout, &stderr))
		assert.Regexp(t, `^custmatch github.com/custmatch/custmatch \S+.* go1\.\d+.*\npolicy custmatch-policy/\d+\n$`, stdout.String())
		assert.Contains(t, stdout.String(), "policy "+match.PolicyVersion+"\n")
	}
	res := runBin(t, nil, "version")
	assert.Equal(t, exitOK, res.code)
	assert.Contains(t, res.stdout, "custmatch github.com/custmatch/custmatch ")
	assert.Contains(t, res.stdout, "policy "+match.PolicyVersion)
}

// TestOutputKeptOnUsageError: a run that stops at the header (missing column, empty input) leaves an
// existing -o file as it was and no temporary file.
func TestOutputKeptOnUsageError(t *testing.T) {
	for _, input := range []string{"", "a,b\n1,2\n", "id;merchant_first_name\n"} {
		t.Run(fmt.Sprintf("%q", input), func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.csv")
			require.NoError(t, os.WriteFile(out, []byte("precious\n"), 0o644))
			var stdout, stderr bytes.Buffer
			code := run([]string{"batch", "-o", out, "--rejects", filepath.Join(dir, "rej.csv")}, strings.NewReader(input), &stdout, &stderr)
			assert.Equal(t, exitUsage, code)
			assert.Equal(t, "precious\n", readFile(t, out))
			assertOnly(t, dir, "out.csv")
		})
	}
}

// TestDeviceTargets: device paths are written in place and may be shared (-o /dev/null --rejects
// /dev/null); /dev/stdout works when stdout is a regular file.
func TestDeviceTargets(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in.csv")
	require.NoError(t, os.WriteFile(in, generate(3, rowKinds[:1], false, false, false).data, 0o644))
	res := runBin(t, nil, "batch", "--progress", "never", "-o", "/dev/null", "--rejects", "/dev/null", in)
	assert.Equal(t, exitOK, res.code, res.stderr)

	outPath := filepath.Join(t.TempDir(), "out.csv")
	f, err := os.Create(outPath)
	require.NoError(t, err)
	cmd := exec.Command(binary(t), "batch", "--progress", "never", "-o", "/dev/stdout", in)
	cmd.Stdout = f
	require.NoError(t, cmd.Run())
	f.Close()
	assert.Len(t, outputIDs(t, readFile(t, outPath)), 3)
}

// TestInputFormsAgree runs the shipped example export as it is and in every other form the batch reads
// (CR-only and CRLF line ends, gzip, UTF-16 with a byte-order mark, windows-1252 where it can encode the
// file, an Excel sep= line with semicolons): the output must be the same bytes.
func TestInputFormsAgree(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "example.csv"))
	require.NoError(t, err)
	require.NotContains(t, string(data), "\r", "the example has LF line ends")
	text := string(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")))
	batch := func(input string, args ...string) string {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"batch", "--now", "2026-01-01", "--progress", "never", "--workers", "2"}, args...), strings.NewReader(input), &stdout, &stderr)
		require.Contains(t, []int{exitOK, exitFailure}, code, stderr.String())
		return stdout.String()
	}
	want := batch(text)
	require.NotEmpty(t, want)

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(data)
	require.NoError(t, zw.Close())
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(text)
	require.NoError(t, err)
	forms := map[string]string{
		"cr-only": strings.ReplaceAll(text, "\n", "\r"),
		"crlf":    strings.ReplaceAll(text, "\n", "\r\n"),
		"gzip":    gz.String(),
		"utf-16":  u16,
	}
	for name, input := range forms {
		t.Run(name, func(t *testing.T) { assert.Equal(t, want, batch(input)) })
	}
	if win, err := charmap.Windows1252.NewEncoder().String(text); err == nil {
		t.Run("windows-1252", func(t *testing.T) { assert.Equal(t, want, batch(win, "--encoding", "windows-1252")) })
	}
	if !strings.Contains(text, ";") {
		semi := "sep=;\n" + strings.ReplaceAll(text, ",", ";")
		if !strings.Contains(text, `"`) {
			t.Run("excel-sep", func(t *testing.T) { assert.Equal(t, want, batch(semi)) })
		}
	}
}
