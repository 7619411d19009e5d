package report

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"text/template/parse"
	"time"

	"github.com/custmatch/custmatch/match"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrepare: a template readied by prepare, concurrently with its executions (run it with -race),
// writes the same bytes as one that never was; Prepare is idempotent and Write after it gives the same
// page again.
func TestPrepare(t *testing.T) {
	c := collect(t, readExample(t), match.Options{ReviewBand: 0.8}, true)
	v := c.view(Run{Input: "example.csv", Elapsed: time.Second, Version: "test", Settings: []Setting{{"values", ""}}})
	var want bytes.Buffer
	require.NoError(t, newPage().Execute(&want, v))

	fresh := newPage()
	got := make([]bytes.Buffer, 4)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() { assert.NoError(t, prepare(fresh)) })
		wg.Go(func() { assert.NoError(t, fresh.Execute(&got[i], v)) })
	}
	wg.Wait()
	for i := range got {
		assert.Equal(t, want.String(), got[i].String(), "execution %d", i)
	}

	require.NoError(t, Prepare())
	require.NoError(t, Prepare())
	var b bytes.Buffer
	require.NoError(t, c.Write(&b, v.Run))
	assert.Equal(t, want.String(), b.String())
}

// TestPageCallsNothing: the page's template formats nothing itself (the view brings its numbers as
// strings, which keeps Write cheap): once html/template has escaped it, its actions call no function
// but html/template's escapers (and not, once).
func TestPageCallsNothing(t *testing.T) {
	require.NoError(t, Prepare())
	var calls []string
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, m := range n.Nodes {
					walk(m)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.PipeNode:
			if n != nil {
				for _, c := range n.Cmds {
					walk(c)
				}
			}
		case *parse.CommandNode:
			for _, a := range n.Args {
				walk(a)
			}
		case *parse.IdentifierNode:
			if !strings.HasPrefix(n.Ident, "_html_template_") {
				calls = append(calls, n.Ident)
			}
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.RangeNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.WithNode:
			walk(n.Pipe)
			walk(n.List)
			walk(n.ElseList)
		case *parse.TemplateNode:
			walk(n.Pipe)
		}
	}
	for _, x := range tmpl().Templates() {
		if x.Tree != nil {
			walk(x.Tree.Root)
		}
	}
	assert.Equal(t, []string{"not"}, calls)
}
