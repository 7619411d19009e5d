// Package cputime reads CPU time for the benchmarks of this module: the calling thread's (steadier than
// wall time on a shared machine, because it leaves out the time spent waiting for a core) and the whole
// process's. Outside Linux the thread's CPU time is not measured and reads 0.
package cputime
