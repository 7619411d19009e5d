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
// a nil writer: rejects go to stderr line by line). quoted tells the lineCounter the stream is CSV. A
// path that names a stream (see inPlace: /dev/null, a FIFO, /dev/stdout even when it leads to a regular
// file) is written in place, appending, so that what the shell or an earlier writer put there stays;
// any other path through a temporary file in its directory, which commit renames into place (onto the
// file a symbolic link leads to, not onto the link: destination). An
// existing file that the process may not write is refused, as os.Create would refuse it.
func createTarget(path string, def io.Writer, quoted bool) (*target, error) {
	t := &target{path: path, mode: newFileMode}
	var w io.Writer = def
	switch {
	case path == "" && def == nil:
		return t, nil
	case path == "":
	default:
		st, err := os.Stat(path)
		if inPlace(path, st) {
			if t.f, err = os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644); err != nil {
				return nil, err
			}
		} else {
			if path, err = destination(path); err != nil {
				return nil, err
			}
			t.path = path
			if st != nil {
				t.mode = st.Mode().Perm()
				if err := writable(path); err != nil {
					return nil, err
				}
			}
			dir, base := splitPath(path)
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

// inPlace reports whether the output path, whose os.Stat is st (nil when it does not exist), is written
// where it is rather than through a temporary file renamed into place: an existing file that is not a
// regular file (/dev/null, a terminal, a FIFO), and a name of one of the process's own streams
// (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), which leads to whatever the stream is, a
// regular file included, and which a rename would replace instead of writing to. Any other path,
// under /dev/ (such as /dev/shm) or not, is a file like the others.
func inPlace(path string, st os.FileInfo) bool {
	if st != nil && !st.Mode().IsRegular() {
		return true
	}
	switch p := filepath.Clean(path); {
	case p == "/dev/stdout" || p == "/dev/stderr" || p == "/dev/stdin":
		return true
	case strings.HasPrefix(p, "/dev/fd/") || strings.HasPrefix(p, "/proc/self/fd/") || strings.HasPrefix(p, "/proc/thread-self/fd/"):
		return true
	}
	return false
}

// destination returns the path a file written through a temporary file is renamed onto: path itself,
// or, when path is a symbolic link, the file it leads to, so that the link stays and its file gets the
// output, as a shell's > would write it (a rename onto the link would replace the link and leave its
// file as it was). A link to no file is refused rather than replaced: the user meant some file, and
// which one is not sure.
func destination(path string) (string, error) {
	if st, err := os.Lstat(path); err != nil || st.Mode()&os.ModeSymlink == 0 {
		return path, nil
	}
	dest, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("open %s: a symbolic link to no file (%w): give the file to write", path, unwrapPath(err))
	}
	return dest, nil
}

// writable returns the error os.Create would give for the existing regular file at path, nil when the
// process may write it. The output replaces the file by a rename, which needs only the directory's
// permission: without this check a run would replace a file its owner made read-only. Opening a
// regular file for writing, without truncating it, changes nothing in it.
func writable(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, unwrapPath(err))
	}
	return f.Close()
}

// splitPath splits path into its directory and its last element as written, without cleaning it:
// the directory of "link/../out.csv" is "link/..", which the system resolves through the link, where
// filepath.Dir would make it ".".
func splitPath(path string) (dir, base string) {
	i := strings.LastIndexByte(path, '/')
	if os.PathSeparator != '/' {
		i = max(i, strings.LastIndexByte(path, os.PathSeparator))
	}
	switch {
	case i < 0:
		return ".", path
	case i == 0:
		return "/", path[1:]
	}
	return path[:i], path[i+1:]
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

// idOf returns the identity of path: that of the file when it exists, else that of its directory as
// written (see splitPath) and its name. false when neither exists.
func idOf(path string) (fileID, bool) {
	if st, err := os.Stat(path); err == nil {
		return fileID{file: st}, true
	}
	d, base := splitPath(path)
	dir, err := os.Stat(d)
	if err != nil {
		return fileID{}, false
	}
	return fileID{dir: dir, base: base}, true
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

// output is one file a batch run writes, by the flag that names it: a path, or (info set) a stream
// already open that is a file or a pipe: standard output when the rows go to it, standard error.
type output struct {
	flag, path string
	info       os.FileInfo
}

// outputID is what checkTargets compares of one output: its identity and, for a path written through
// a temporary file, that of its FILE.partial, where a run that stops early keeps what it wrote.
type outputID struct {
	id, partial     fileID
	ok, partialOK   bool
	stream, written bool // stream: an open stream (output.info); written: the page, written last
}

// checkTargets refuses an output path (-o, --rejects, --report) that is the input (input is its
// FileInfo, nil when the input is not a regular file) or that names the same file as another output,
// standard output and standard error among them, and the same for the FILE.partial of each output
// written through a temporary file: a run that stops early renames its temporary file there, which
// must not be the input or another output. It compares file identities (os.SameFile), not names. Two
// outputs may share a device such as /dev/null or a terminal, and a pipe when one of them is the
// report, which is written after everything else.
func checkTargets(input os.FileInfo, outs ...output) error {
	ids := make([]outputID, len(outs))
	for i, o := range outs {
		x := &ids[i]
		x.stream, x.written = o.info != nil, o.flag == "--report"
		switch {
		case o.info != nil:
			x.id, x.ok = fileID{file: o.info}, true
		case o.path != "":
			x.id, x.ok = idOf(o.path)
			if !inPlace(o.path, x.id.file) {
				if dest, err := destination(o.path); err == nil {
					x.partial, x.partialOK = idOf(dest + ".partial")
				}
			}
		}
	}
	if input != nil {
		in := fileID{file: input}
		for i, o := range outs {
			x := &ids[i]
			switch {
			case x.ok && in.same(x.id) && o.flag == "-o":
				return errors.New("-o names the input file: refusing to overwrite the input (write the output elsewhere)")
			case x.ok && in.same(x.id):
				return fmt.Errorf("%s names the input file: refusing to overwrite the input", o.flag)
			case x.partialOK && in.same(x.partial):
				return fmt.Errorf("%s: its FILE.partial, where a run that stops early keeps what it wrote, is the input file: refusing to risk the input", o.flag)
			}
		}
	}
	for i := range outs {
		for j := range outs {
			a, b := &ids[i], &ids[j]
			switch {
			case j <= i || a.stream && b.stream:
			case a.ok && b.ok && a.id.same(b.id) && conflict(a.id, a.written || b.written):
				return fmt.Errorf("%s and %s name the same file: give them different files", outs[i].flag, outs[j].flag)
			case a.partialOK && b.ok && a.partial.same(b.id), b.partialOK && a.ok && b.partial.same(a.id):
				return fmt.Errorf("%s and %s name the same file, counting the FILE.partial a run that stops early keeps: give them different files",
					outs[i].flag, outs[j].flag)
			}
		}
	}
	return nil
}

// conflict reports whether two outputs that name the file id may not both write it: a regular file or
// one not created yet always; a pipe unless one of them is the report (written once the others are
// flushed: it comes after them whole); a device (/dev/null, a terminal) never.
func conflict(id fileID, report bool) bool {
	switch {
	case id.file == nil || id.file.Mode().IsRegular():
		return true
	case id.file.Mode()&os.ModeNamedPipe != 0:
		return !report
	}
	return false
}
