//go:build !linux

package benchmarks

import "testing"

// threadCPU is not measured outside Linux: the metric reads 0.
func threadCPU(b *testing.B) func() int64 { return func() int64 { return 0 } }
