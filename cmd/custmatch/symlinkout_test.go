package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSymlinkOutputs: an output path that is a symbolic link writes the file the link leads to and
// keeps the link, as a shell's > would (a rename onto the link replaced the link and left its file with
// the old content); a link to no file is refused before anything is written; and the FILE.partial
// checked against the input is the one next to the link's file, where a stopped run would keep it.
func TestSymlinkOutputs(t *testing.T) {
	data := generate(5, rowKinds[:2], false, false, false).data
	setup := func(t *testing.T) string {
		dir := t.TempDir()
		require.NoError(t, os.Mkdir(filepath.Join(dir, "real"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "in.csv"), data, 0o644))
		for _, f := range []string{"v.csv", "r.html"} {
			require.NoError(t, os.WriteFile(filepath.Join(dir, "real", f), []byte("old\n"), 0o600))
			require.NoError(t, os.Symlink(filepath.Join("real", f), filepath.Join(dir, f)))
		}
		return dir
	}
	batch := func(dir string, args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"batch", "--progress", "never", "--now", "2026-01-01"}, args...), nil, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}

	t.Run("written-through", func(t *testing.T) {
		dir := setup(t)
		code, stdout, stderr := batch(dir, "-o", filepath.Join(dir, "v.csv"), "--report", filepath.Join(dir, "r.html"),
			filepath.Join(dir, "in.csv"))
		require.Equal(t, exitOK, code, stderr)
		assert.Empty(t, stdout)
		for _, f := range []string{"v.csv", "r.html"} {
			st, err := os.Lstat(filepath.Join(dir, f))
			require.NoError(t, err)
			assert.NotZero(t, st.Mode()&os.ModeSymlink, "%s is still a link", f)
			got := readFile(t, filepath.Join(dir, "real", f))
			assert.NotEqual(t, "old\n", got, "%s's file got the output", f)
			st, err = os.Stat(filepath.Join(dir, "real", f))
			require.NoError(t, err)
			assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "%s's file keeps its mode", f)
		}
		assert.Contains(t, readFile(t, filepath.Join(dir, "real", "v.csv")), "decision")
		assert.Contains(t, readFile(t, filepath.Join(dir, "real", "r.html")), "<!DOCTYPE html>")
		assertOnly(t, dir, "real", "in.csv", "v.csv", "r.html")
		assertOnly(t, filepath.Join(dir, "real"), "v.csv", "r.html")
	})

	t.Run("dangling-refused", func(t *testing.T) {
		dir := setup(t)
		require.NoError(t, os.Symlink(filepath.Join("real", "gone.csv"), filepath.Join(dir, "gone.csv")))
		code, stdout, stderr := batch(dir, "-o", filepath.Join(dir, "gone.csv"), filepath.Join(dir, "in.csv"))
		assert.Equal(t, exitFailure, code, "as for any output path that cannot be created")
		assert.Contains(t, stderr, "a symbolic link to no file")
		assert.Empty(t, stdout)
		target, err := os.Readlink(filepath.Join(dir, "gone.csv"))
		require.NoError(t, err, "the link is kept")
		assert.Equal(t, filepath.Join("real", "gone.csv"), target)
		assertOnly(t, filepath.Join(dir, "real"), "v.csv", "r.html")
	})

	t.Run("partial-next-to-target", func(t *testing.T) {
		dir := setup(t)
		// A stopped run would keep real/v.csv.partial: here that is the input.
		in := filepath.Join(dir, "real", "v.csv.partial")
		require.NoError(t, os.WriteFile(in, data, 0o644))
		code, _, stderr := batch(dir, "-o", filepath.Join(dir, "v.csv"), in)
		assert.Equal(t, exitUsage, code, stderr)
		assert.Contains(t, stderr, "-o: its FILE.partial")
		assert.Equal(t, string(data), readFile(t, in), "the input is untouched")
		assert.Equal(t, "old\n", readFile(t, filepath.Join(dir, "real", "v.csv")))
	})
}
