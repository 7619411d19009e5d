package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBinaryTargetsRefused: outputs that would land on the input or on each other by a way the names do
// not show are refused with exit status 2, before anything is written: the FILE.partial a stopped run
// keeps, a path through a symbolic link and "..", the file standard error is appended to, and the pipe
// the rows go to.
func TestBinaryTargetsRefused(t *testing.T) {
	data := generate(5, rowKinds[:2], false, false, false).data
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "other", "sub"), 0o755))
	require.NoError(t, os.Symlink(filepath.Join(dir, "other", "sub"), filepath.Join(dir, "sl")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "v.csv.partial"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in.csv"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "run.log"), []byte("yesterday\n"), 0o644))
	for _, c := range []struct {
		name   string
		args   []string
		stderr string // a file standard error is appended to; "" for a pipe
		want   string
	}{
		// A run that stops early renames -o's temporary file to v.csv.partial: the input.
		{"partial-is-input", []string{"-o", "v.csv", "v.csv.partial"}, "", "-o: its FILE.partial"},
		{"partial-is-rejects", []string{"-o", "x.csv", "--rejects", "x.csv.partial", "in.csv"}, "",
			"-o and --rejects name the same file, counting the FILE.partial"},
		// sl/.. is other/, through the link: filepath.Dir would have made it ".".
		{"symlink-dotdot", []string{"-o", "other/new.csv", "--report", "sl/../new.csv", "in.csv"}, "",
			"-o and --report name the same file"},
		{"report-is-stderr-file", []string{"-o", "/dev/null", "--report", "run.log", "in.csv"}, "run.log",
			"--report and standard error name the same file"},
		{"rejects-is-stderr-file", []string{"-o", "/dev/null", "--rejects", "/dev/stderr", "in.csv"}, "run.log",
			"--rejects and standard error name the same file"},
		// Standard output is a pipe here (exec's): rejects written into it would split rows mid-line.
		{"rejects-into-rows-pipe", []string{"--rejects", "/dev/stdout", "in.csv"}, "",
			"standard output and --rejects name the same file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(binary(t), append([]string{"batch", "--progress", "never"}, c.args...)...)
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			var logged func() string
			if c.stderr != "" {
				f, err := os.OpenFile(filepath.Join(dir, c.stderr), os.O_WRONLY|os.O_APPEND, 0)
				require.NoError(t, err)
				defer f.Close()
				cmd.Stderr = f
				logged = func() string { return readFile(t, filepath.Join(dir, c.stderr)) }
			} else {
				logged = stderr.String
			}
			res := finish(t, cmd, cmd.Run())
			assert.Equal(t, exitUsage, res.code, logged())
			assert.Contains(t, logged(), c.want)
			assert.Empty(t, stdout.String(), "nothing was written")
			assert.Equal(t, string(data), readFile(t, filepath.Join(dir, "v.csv.partial")), "the input is untouched")
			assert.True(t, strings.HasPrefix(readFile(t, filepath.Join(dir, "run.log")), "yesterday\n"), "the log is kept")
			assertOnly(t, dir, "other", "sl", "v.csv.partial", "in.csv", "run.log")
			assertOnly(t, filepath.Join(dir, "other"), "sub")
		})
	}
}

// TestBinaryStreamTargets: a name of one of the process's streams is written in place and appended to,
// so what the shell or an earlier command put in the file stays (-o /dev/stdout >> log); the report may
// follow the rows in a pipe, since it is written once they are flushed.
func TestBinaryStreamTargets(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(in, generate(3, rowKinds[:1], false, false, false).data, 0o644))
	logPath := filepath.Join(dir, "log.txt")
	require.NoError(t, os.WriteFile(logPath, []byte("important\n"), 0o644))
	f, err := os.OpenFile(logPath, os.O_WRONLY|os.O_APPEND, 0)
	require.NoError(t, err)
	cmd := exec.Command(binary(t), "batch", "--progress", "never", "-o", "/dev/stdout", in)
	cmd.Stdout = f
	require.NoError(t, cmd.Run())
	f.Close()
	got := readFile(t, logPath)
	require.True(t, strings.HasPrefix(got, "important\n"), "the file's earlier content is kept: %q", got)
	assert.Len(t, outputIDs(t, strings.TrimPrefix(got, "important\n")), 3)

	res := runBin(t, nil, "batch", "--progress", "never", "--now", "2026-01-01", "--report", "/dev/stdout", in)
	assert.Equal(t, exitOK, res.code, res.stderr)
	rows, page, ok := strings.Cut(res.stdout, "<!DOCTYPE html>")
	require.True(t, ok, "the page follows the rows")
	assert.Len(t, outputIDs(t, rows), 3)
	assert.Contains(t, page, "</html>")
}

// TestBinaryReadOnlyTarget: an existing file its owner made read-only is not replaced (the rename would
// need only the directory's permission): the run fails at once, as os.Create would, and the file stays.
// Root may write any file, so the test needs another user.
func TestBinaryReadOnlyTarget(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root may write a read-only file: run the tests as another user to check this")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	require.NoError(t, os.WriteFile(in, generate(3, rowKinds[:1], false, false, false).data, 0o644))
	for _, flag := range []string{"-o", "--rejects", "--report"} {
		t.Run(flag, func(t *testing.T) {
			prot := filepath.Join(dir, "prot"+flag)
			require.NoError(t, os.WriteFile(prot, []byte("kept\n"), 0o444))
			res := runBin(t, nil, "batch", "--progress", "never", flag, prot, in)
			assert.Equal(t, exitFailure, res.code)
			assert.Contains(t, res.stderr, "permission denied")
			assert.Equal(t, "kept\n", readFile(t, prot))
		})
	}
	assertOnly(t, dir, "in.csv", "prot-o", "prot--rejects", "prot--report")
}

// TestWritable: the check behind TestBinaryReadOnlyTarget, which root passes for any file; the
// directory-only permission that a rename needs is not enough.
func TestWritable(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	require.NoError(t, os.WriteFile(p, nil, 0o644))
	assert.NoError(t, writable(p))
	require.NoError(t, os.Chmod(p, 0o444))
	if os.Geteuid() != 0 {
		assert.ErrorIs(t, writable(p), fs.ErrPermission)
	}
	assert.ErrorIs(t, writable(filepath.Join(dir, "none")), fs.ErrNotExist)
}

// TestInPlace: what is written where it is (a stream, a device, a pipe) and what through a temporary
// file (every other path, under /dev/ too: /dev/shm is a directory of files like any other).
func TestInPlace(t *testing.T) {
	dir := t.TempDir()
	regular := filepath.Join(dir, "f")
	require.NoError(t, os.WriteFile(regular, nil, 0o644))
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	stat := func(p string) os.FileInfo {
		st, err := os.Stat(p)
		if err != nil {
			return nil
		}
		return st
	}
	for path, want := range map[string]bool{
		"/dev/stdout": true, "/dev/stderr": true, "/dev//stdout": true, "/dev/fd/1": true, "/proc/self/fd/2": true,
		"/dev/null": true, fifo: true,
		regular: false, filepath.Join(dir, "new.csv"): false, "/dev/shm/custmatch-out.csv": false, "out.csv": false,
	} {
		assert.Equal(t, want, inPlace(path, stat(path)), path)
	}
}

// TestSplitPath: the directory is kept as written, so that the system resolves a symbolic link before
// "..", as it will when the file is created.
func TestSplitPath(t *testing.T) {
	for path, want := range map[string][2]string{
		"out.csv": {".", "out.csv"}, "/out.csv": {"/", "out.csv"}, "sl/../out.csv": {"sl/..", "out.csv"},
		"/a/b/c.html": {"/a/b", "c.html"}, "dir/": {"dir", ""},
	} {
		dir, base := splitPath(path)
		assert.Equal(t, want, [2]string{dir, base}, path)
	}
}
