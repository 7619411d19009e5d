package report

import "testing"

// sinkDOBShape keeps the compiler from discarding the classifications of BenchmarkClassifyDOBImpl.
var sinkDOBShape DOBShape

// BenchmarkClassifyDOBImpl measures ClassifyDOB (impl=fast), its general scanner alone (impl=general)
// and the byte-at-a-time scanner it replaced (impl=reference) on the dates of the batch benchmark's rows
// (case=batch: both dates of 1,000 of batchLike's rows per op) and on single dates of other shapes.
func BenchmarkClassifyDOBImpl(b *testing.B) {
	var batch []string
	for _, r := range batchLike(1000) {
		batch = append(batch, r.merchant.DOB, r.provider.DOB)
	}
	cases := []struct {
		name  string
		texts []string
	}{
		{"batch", batch},
		{"iso", []string{"1986-04-05"}},
		{"dotted", []string{"05.04.1986"}},
		{"slashed", []string{"04/05/1986"}},
		{"empty", []string{""}},
		{"padded", []string{" 05.04.1986 "}},
		{"month-name", []string{"5 April 1986"}},
	}
	impls := []struct {
		name string
		f    func(string) DOBShape
	}{{"fast", ClassifyDOB}, {"general", classifyGeneral}, {"reference", referenceClassifyDOB}}
	for _, c := range cases {
		for _, impl := range impls {
			b.Run("case="+c.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				var d DOBShape
				for b.Loop() {
					for _, s := range c.texts {
						d = impl.f(s)
					}
				}
				sinkDOBShape = d
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(c.texts)), "ns/date")
			})
		}
	}
}
