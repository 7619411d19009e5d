package benchmarks_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/custmatch/custmatch/benchmarks"
	"github.com/custmatch/custmatch/match"
)

func ExampleNaive_Compare() {
	n := benchmarks.Naive{}
	v := n.Compare(
		match.Record{FirstName: "Jürgen", LastName: "Müller", DOB: "05/04/1986"},
		match.Record{FirstName: "Juergen", LastName: "Mueller", DOB: "1986-04-05"})
	fmt.Println(v.Decision)
	v = n.Compare(
		match.Record{FirstName: "Max", LastName: "Must"},
		match.Record{FirstName: "Max", LastName: "Mustermann"})
	fmt.Println(v.Decision, v.Failing())
	// Output:
	// approve
	// decline [last_name]
}

func ExampleNaiveName() {
	forms, missing, unusable := benchmarks.NaiveName("Dr. Zoë Müller-Groß")
	fmt.Println(forms, missing, unusable)
	_, missing, _ = benchmarks.NaiveName("n/a")
	fmt.Println(missing)
	// Output:
	// [zoe muller gross zoe mueller gross] false false
	// true
}

func ExampleNaiveDOB() {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"12. März 1964", "05/04/1986", "Sep 1986", "1990-02-30"} {
		d := benchmarks.NaiveDOB(s, now)
		fmt.Println(len(d.Dates), d.Partial, d.Invalid)
	}
	// Output:
	// 1 false false
	// 2 false false
	// 1 true false
	// 0 false true
}

func ExampleEvaluate() {
	const corpus = `merchant_first_name,merchant_last_name,provider_first_name,provider_last_name,expected_decision
Max,Mustermann,Max,Mußtermann,approve
Jon,Smith,John,Smith,approve
Anna,Meier,Anna,Meyer,decline
,Mustermann,Max,Mustermann,review
`
	pairs, err := benchmarks.ReadCorpus(strings.NewReader(corpus))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, threshold := range []float64{0.90, 0.75} {
		m, err := match.New(match.Options{Threshold: threshold})
		if err != nil {
			fmt.Println(err)
			return
		}
		t := benchmarks.Evaluate(m, pairs)
		fmt.Printf("%.2f: false-declines %d, false-approves %d, review-rate %.2f, accuracy %.2f\n",
			threshold, t.FalseDeclines, t.FalseApproves, t.ReviewRate(), t.Accuracy())
	}
	// Output:
	// 0.90: false-declines 1, false-approves 0, review-rate 0.25, accuracy 0.75
	// 0.75: false-declines 0, false-approves 1, review-rate 0.25, accuracy 0.75
}
