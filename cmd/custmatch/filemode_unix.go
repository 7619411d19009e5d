//go:build unix

package main

import (
	"os"
	"syscall"
)

// newFileMode is the mode of a file the run creates (-o, --rejects, --report at a path that does not
// exist yet): what os.Create would give it, 0666 less the process's umask, so that a user whose umask
// keeps their files private (077) gets private output, personal data and all. Read once, when the
// program starts: reading the umask means setting it for an instant.
var newFileMode = func() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return 0o666 &^ os.FileMode(m)
}()
