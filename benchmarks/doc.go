// Package benchmarks is custmatch's performance record and its threshold-tuning table: end-to-end
// benchmarks of the real pipeline (impl=custmatch) beside a naive reference pipeline (impl=naive) that
// implements the same default policy the slow, obvious way, so that every ratio comes out of one run.
//
// # Running the benchmarks
//
// From the module root (the whole run takes 4–7 minutes on 2 cores):
//
//	go test -run '^$' -bench . -count 6 -benchtime 0.5s ./benchmarks > new.txt
//	go run golang.org/x/perf/cmd/benchstat@latest new.txt
//
// Sub-benchmark names are key=value pairs, so benchstat can pivot, for example on the implementation:
//
//	go run golang.org/x/perf/cmd/benchstat@latest -col /impl new.txt
//
// The benchmarks are:
//
//   - BenchmarkCompare/impl=…/data=corpus|latin|nonlatin: Compare under the default policy. One op is
//     one pass over the labeled corpus, or over 1000 generated Latin-script or non-Latin pairs; ns/record
//     is the cost of one comparison.
//   - BenchmarkNormalize/impl=…/len=10|40|200 and /case=ascii|accented|sharps: normalizing one name.
//   - BenchmarkDOB/impl=…/case=iso|slash|dotted|monthname: parsing one date of birth.
//   - BenchmarkBatch/impl=…/rows=10000|100000|1000000: CSV bytes read with encoding/csv, one Compare
//     per row, CSV bytes written, in memory on one goroutine; rows/s is the throughput. rows=1000000 is
//     skipped with -short, and for impl=naive unless CUSTMATCH_BENCH_FULL=1 (it takes 45–90 s per op).
//   - BenchmarkCompareLength/runes=10|40|200/case=equal|typo: Compare with a first name of that many
//     runes, reporting ns/rune.
//   - BenchmarkThreshold/threshold=…|rule=no-…: the tuning table (below).
//
// Recorded runs live in testdata/perf/ (named by date and commit); compare a new run with the latest:
//
//	go run golang.org/x/perf/cmd/benchstat@latest testdata/perf/2026-11-21-049326f.txt new.txt
//
// go test ./benchmarks without -bench runs only the tests: the naive pipeline agrees with match on the
// corpus, the batch pass and the tuning metrics are right, the corpus reader rejects bad files.
//
// # Tuning the threshold on your own data
//
//	CUSTMATCH_CORPUS=/path/to/labeled.csv go test -run '^$' -bench Threshold ./benchmarks
//
// prints, for thresholds 0.80 … 0.95 and for each tolerance rule switched off, false-declines and
// false-approves (counts of pairs in one pass over the file), review-rate and accuracy (fractions in
// [0, 1]). The file has the CLI's columns (id, merchant_first_name, merchant_last_name, merchant_dob,
// merchant_email, provider_first_name, provider_last_name, provider_dob, provider_email; DOBs, emails and
// id optional) plus expected_decision (approve, decline or review). Without CUSTMATCH_CORPUS the golden
// corpus ../testdata/pairs.csv is used. A false decline is an expected approve that was declined; a false
// approve is an expected decline or review that was approved. The numbers are those of one pass, so
// -count 1 is enough for them.
//
// # The naive pipeline
//
// Naive follows the default policy (match package documentation) with the default options without any of custmatch's optimisations:
// per call it builds an x/text chain (NFKD, remove marks, NFC) and a case folder, rewrites names with
// strings.Replacer and strings.Map, computes the Levenshtein distance of every pair of forms it tries,
// and parses dates with regular expressions, a strings.Replacer for month names and a loop over
// time.Parse layouts. A test checks that it gives the same decision and failing fields as match.Compare
// on every corpus pair; known departures of match from the policy are listed in that test.
//
// # Concurrency
//
// Naive and the corpus types are plain values, safe for concurrent use; the benchmarks themselves run on
// one goroutine.
package benchmarks
