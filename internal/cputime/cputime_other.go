//go:build !linux

package cputime

import (
	"testing"
	"time"
)

// Thread is not measured outside Linux: the function it returns reads 0.
func Thread(tb testing.TB) func() int64 { return func() int64 { return 0 } }

// Process is not measured outside Linux: it reads 0.
func Process(tb testing.TB) time.Duration { return 0 }
