package report

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/require"
)

// collect runs rows through a Collector under o.
func collect(t testing.TB, rows []row, o match.Options, values bool) *Collector {
	t.Helper()
	o.Now = now
	m, err := match.New(o)
	require.NoError(t, err)
	c, err := New(m, values)
	require.NoError(t, err)
	tl := c.Tally()
	for i, r := range rows {
		v := m.Compare(r.merchant, r.provider)
		tl.Add(i+1, &v, r.merchant, r.provider)
	}
	tl.Reject("field-count")
	c.Done(tl)
	return c
}

func TestWriteDebug(t *testing.T) {
	c := collect(t, readExample(t), match.Options{ReviewBand: 0.8}, false)
	var b bytes.Buffer
	require.NoError(t, c.Write(&b, Run{Input: "example.csv", Elapsed: time.Second, Version: "test",
		Settings: []Setting{{"review-band", "0.8"}}}))
	require.NoError(t, os.WriteFile("/tmp/report-example.html", b.Bytes(), 0o644))
}
