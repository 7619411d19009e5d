//go:build !race

package main

// raceEnabled reports whether the tests run under the race detector, which makes the tests that stream
// gigabytes through a pipe too slow: they stream a tenth of it.
const raceEnabled = false
