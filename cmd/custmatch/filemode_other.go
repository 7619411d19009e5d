//go:build !unix

package main

import "os"

// newFileMode is the mode of a file the run creates: without a umask, what os.Create gives.
var newFileMode os.FileMode = 0o666
