package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// target is where one stream of a batch run goes: stdout (or stderr for the rejects), or a file. A
// regular file is written to a temporary file in the same directory and renamed into place by commit,
// so a failed or interrupted run never leaves a half-written file under the final name. A target is
// used by one goroutine at a time, except tmpPath, which the signal handler reads to remove the file.
type target struct {
	path      string        // the final path; "" for the default stream
	tmpPath   string        // the temporary file, "" when writing directly
	f         *os.File      // the file written (temporary or direct), nil for the default stream
	w         *bufio.Writer // nil for rejects on stderr
	delivered *lineCounter
	mode      os.FileMode
}

// createTarget opens the target for path, or for def when path is empty (a nil def gives a target with
// a nil writer: rejects go to stderr line by line). quoted tells the lineCounter the stream is CSV. An
// existing path that is not a regular file (/dev/null, a FIFO) and any path under /dev/ (/dev/stdout
// redirected to a file) is written directly.
func createTarget(path string, def io.Writer, quoted bool) (*target, error) {
	t := &target{path: path, mode: newFileMode}
	var w io.Writer = def
	switch {
	case path == "" && def == nil:
		return t, nil
	case path == "":
	default:
		st, err := os.Stat(path)
		if (err == nil && !st.Mode().IsRegular()) || strings.HasPrefix(filepath.Clean(path), "/dev/") {
			// /dev/null, /dev/stdout (even when it leads to a regular file), a FIFO: write in place.
			if t.f, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644); err != nil {
				return nil, err
			}
		} else {
			if err == nil {
				t.mode = st.Mode().Perm()
			}
			dir, base := filepath.Split(path)
			if dir == "" {
				dir = "."
			}
			if t.f, err = os.CreateTemp(dir, "."+base+".tmp-*"); err != nil {
				return nil, fmt.Errorf("open %s: %w", path, unwrapPath(err))
			}
			t.tmpPath = t.f.Name()
		}
		w = t.f
	}
	t.delivered = &lineCounter{w: w, quoted: quoted}
	t.w = bufio.NewWriterSize(t.delivered, 64<<10)
	return t, nil
}

// unwrapPath drops the *PathError of CreateTemp, whose path is the random temporary name.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// commit closes the file and renames the temporary file into place. The caller has flushed w. Like
// keepPartial and discard, it does nothing for a nil target (a file not asked for).
func (t *target) commit() error {
	if t == nil || t.f == nil {
		return nil
	}
	err := t.f.Close()
	if t.tmpPath == "" {
		return err
	}
	if err == nil {
		err = os.Chmod(t.tmpPath, t.mode)
	}
	if err == nil {
		err = os.Rename(t.tmpPath, t.path)
	}
	if err != nil {
		os.Remove(t.tmpPath)
		return fmt.Errorf("writing %s: %w", t.path, unwrapPath(err))
	}
	return nil
}

// keepPartial closes the file and renames the temporary file to PATH.partial, leaving PATH as it was.
// It returns the name kept, or "" when there was no temporary file.
func (t *target) keepPartial() (string, error) {
	if t == nil || t.f == nil {
		return "", nil
	}
	err := t.f.Close()
	if t.tmpPath == "" {
		return "", err
	}
	partial := t.path + ".partial"
	if err == nil {
		err = os.Chmod(t.tmpPath, t.mode)
	}
	if err == nil {
		err = os.Rename(t.tmpPath, partial)
	}
	if err != nil {
		os.Remove(t.tmpPath)
		return "", fmt.Errorf("writing %s: %w", partial, unwrapPath(err))
	}
	return partial, nil
}

// discard closes and removes the temporary file.
func (t *target) discard() {
	if t == nil {
		return
	}
	if t.f != nil {
		t.f.Close()
	}
	if t.tmpPath != "" {
		os.Remove(t.tmpPath)
	}
}

// fileID is how a path is compared with another: the file's identity when it exists, else its
// directory's identity and its name (two paths to a file not yet created).
type fileID struct {
	file os.FileInfo
	dir  os.FileInfo
	base string
}

func idOf(path string) (fileID, bool) {
	if st, err := os.Stat(path); err == nil {
		return fileID{file: st}, true
	}
	dir, err := os.Stat(filepath.Dir(path))
	if err != nil {
		return fileID{}, false
	}
	return fileID{dir: dir, base: filepath.Base(path)}, true
}

func (a fileID) same(b fileID) bool {
	switch {
	case a.file != nil && b.file != nil:
		return os.SameFile(a.file, b.file)
	case a.dir != nil && b.dir != nil:
		return a.base == b.base && os.SameFile(a.dir, b.dir)
	}
	return false
}

// output is one file a batch run writes, by the flag that names it: a path, or (info set) a file
// already open, such as standard output redirected to a file.
type output struct {
	flag, path string
	info       os.FileInfo
}

// checkTargets refuses an output path (-o, --rejects, --report) that is the input (input is its
// FileInfo, nil when the input is not a regular file) or that names the same file as another output,
// standard output redirected to a file among them (unless that is a device such as /dev/null). It
// compares file identities (os.SameFile), not names.
func checkTargets(input os.FileInfo, outs ...output) error {
	ids := make([]fileID, len(outs))
	ok := make([]bool, len(outs))
	for i, o := range outs {
		switch {
		case o.info != nil:
			ids[i], ok[i] = fileID{file: o.info}, true
		case o.path != "":
			ids[i], ok[i] = idOf(o.path)
		}
	}
	if input != nil {
		in := fileID{file: input}
		for i, o := range outs {
			if ok[i] && in.same(ids[i]) {
				if o.flag == "-o" {
					return errors.New("-o names the input file: refusing to overwrite the input (write the output elsewhere)")
				}
				return fmt.Errorf("%s names the input file: refusing to overwrite the input", o.flag)
			}
		}
	}
	for i := range outs {
		for j := i + 1; j < len(outs); j++ {
			if ok[i] && ok[j] && ids[i].same(ids[j]) && (ids[i].file == nil || ids[i].file.Mode().IsRegular()) {
				return fmt.Errorf("%s and %s name the same file: give them different files", outs[i].flag, outs[j].flag)
			}
		}
	}
	return nil
}
