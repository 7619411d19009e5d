package main

import (
	"bytes"
	"context"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeShot is the screenshot of the example's report shown in the README (written with -update).
const readmeShot = "../../report/example-report.png"

// chromium returns the path of a headless-capable Chromium. Under CI=true a missing browser fails the
// test (CI installs it); elsewhere the test is skipped with a note saying how to run it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found: CI must install it (apt-get install -y chromium) to test --report in a browser")
	}
	t.Skip("SKIPPED: chromium not found, so --report was not tested in a browser (apt-get install -y chromium; under CI=true this fails)")
	return ""
}

// browser starts one headless Chromium for the test.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(900, 1200))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	require.NoError(t, chromedp.Do(ctx)) // start the browser
	return ctx
}

// chartInfo is what the rendered DOM says about one chart.
type chartInfo struct {
	ID     string  `json:"id"`
	Title  string  `json:"title"`
	Desc   string  `json:"desc"`
	Rects  int     `json:"rects"` // drawn rectangles with a non-zero size
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Table  bool    `json:"table"` // a data table follows the chart
}

// pageInfo is what loading a report in the browser showed.
type pageInfo struct {
	charts     []chartInfo
	requests   []string // every request but the page itself
	violations []string // Content Security Policy violations
	shot       []byte   // full-page PNG
}

const chartsJS = `Array.from(document.querySelectorAll('svg.chart')).map(s => {
	const b = s.getBoundingClientRect();
	const fig = s.closest('figure');
	const next = fig && fig.nextElementSibling;
	return {
		id: s.id,
		title: (s.querySelector(':scope > title') || {}).textContent || '',
		desc: (s.querySelector(':scope > desc') || {}).textContent || '',
		rects: Array.from(s.querySelectorAll('rect')).filter(r => {
			const rb = r.getBoundingClientRect(); return rb.width > 0 && rb.height > 0;
		}).length,
		width: b.width, height: b.height,
		table: !!(next && next.querySelector('table')),
	};
})`

// cspProbe records CSP violations; the DevTools protocol installs it before the page's own policy
// applies.
const cspProbe = `window.__csp = []; document.addEventListener('securitypolicyviolation',
	e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`

// load opens the HTML file in a new tab and collects the charts, the requests and a screenshot.
func load(t *testing.T, bctx context.Context, file string) pageInfo {
	t.Helper()
	ctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	u := "file://" + file
	var mu sync.Mutex
	var info pageInfo
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && e.Request.URL != u {
			mu.Lock()
			info.requests = append(info.requests, e.Request.URL)
			mu.Unlock()
		}
	}))
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspProbe})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(u)))
	info.charts, err = chromedp.Run(ctx, chromedp.Evaluate[[]chartInfo](chartsJS))
	require.NoError(t, err)
	info.violations, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || ['probe missing']`))
	require.NoError(t, err)
	info.shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	time.Sleep(100 * time.Millisecond) // let late network events arrive
	mu.Lock()
	defer mu.Unlock()
	return info
}

// inked returns the share of pixels that are not (near) white and the number of distinct colours of
// a PNG.
func inked(t *testing.T, b []byte) (float64, int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	r := img.Bounds()
	colours := map[[3]uint32]bool{}
	ink, all := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y += 2 {
		for x := r.Min.X; x < r.Max.X; x += 2 {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			all++
			if cr < 0xf000 || cg < 0xf000 || cb < 0xf000 {
				ink++
			}
			if len(colours) < 64 {
				colours[[3]uint32{cr >> 8, cg >> 8, cb >> 8}] = true
			}
		}
	}
	return float64(ink) / float64(all), len(colours)
}

// TestReportInBrowser renders the report of the example and of a generated 100,000-row file in headless
// Chromium: every chart is present, titled, drawn with non-empty bars and followed by its data table;
// the page makes no request and violates no part of its Content Security Policy; the screenshot is not
// blank. The last subtest shows the checks catch a page that does load something.
func TestReportInBrowser(t *testing.T) {
	bctx := browser(t)
	dir := t.TempDir()
	gen := filepath.Join(dir, "generated.csv")
	require.NoError(t, writeBenchFile(gen, 100_000))
	every := []string{"chart-decisions", "chart-failing-decline", "chart-reasons-decline", "chart-failing-review",
		"chart-reasons-review", "chart-hist-first_name", "chart-hist-last_name", "chart-sweep", "chart-dob-shapes",
		"chart-dob-order", "chart-rules"}
	noReviews := slices.DeleteFunc(slices.Clone(every), func(s string) bool { return strings.Contains(s, "review") })
	for _, tc := range []struct {
		name, input string
		args        []string
		want        []string
	}{
		{"example", "../../testdata/example.csv", []string{"--review-band", "0.8"}, every},
		{"generated-100k", gen, nil, noReviews},
	} {
		t.Run("input="+tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".html")
			args := append([]string{"batch", "--now", "2026-11-30", "--progress", "never", "-o", os.DevNull, "--report", out}, tc.args...)
			var stderr bytes.Buffer
			require.Equal(t, exitOK, run(append(args, tc.input), nil, &bytes.Buffer{}, &stderr), stderr.String())
			abs, err := filepath.Abs(out)
			require.NoError(t, err)
			info := load(t, bctx, abs)

			ids := make([]string, len(info.charts))
			for i, c := range info.charts {
				ids[i] = c.ID
				assert.NotEmpty(t, c.Title, "chart %s has no <title>", c.ID)
				assert.NotEmpty(t, c.Desc, "chart %s has no <desc>", c.ID)
				assert.Positive(t, c.Rects, "chart %s draws nothing", c.ID)
				assert.Greater(t, c.Width, 100.0, "chart %s width", c.ID)
				assert.Greater(t, c.Height, 20.0, "chart %s height", c.ID)
				assert.True(t, c.Table, "chart %s has no data table", c.ID)
			}
			assert.Equal(t, tc.want, ids)
			assert.Empty(t, info.requests, "the report made network requests")
			assert.Empty(t, info.violations, "the report violated its Content Security Policy")
			share, colours := inked(t, info.shot)
			assert.Greater(t, share, 0.02, "screenshot looks blank")
			assert.GreaterOrEqual(t, colours, 6, "screenshot has too few colours")
			if *update && tc.name == "example" {
				writeReadmeShot(t, bctx, abs)
			}
		})
	}
	t.Run("check=catches-requests", func(t *testing.T) { checkCatches(t, bctx) })
}

// writeReadmeShot saves a screenshot of the example report's decisions and sweep for the README.
func writeReadmeShot(t *testing.T, bctx context.Context, file string) {
	ctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	require.NoError(t, chromedp.Do(ctx, chromedp.EmulateViewport(720, 900), chromedp.Navigate("file://"+file)))
	b, err := chromedp.Run(ctx, chromedp.ScreenshotScale("#sec-sweep", 1))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(readmeShot, b, 0o644))
}

// checkCatches shows that the browser checks can fail: a page that loads an image is caught by the CSP
// probe (with a policy) and by the request log (without), and an empty chart is seen as empty.
func checkCatches(t *testing.T, bctx context.Context) {
	file := filepath.Join(t.TempDir(), "bad.html")
	require.NoError(t, os.WriteFile(file, []byte(`<!DOCTYPE html><html><head>`+
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`+
		`</head><body><img src="http://127.0.0.1:9/x.png"><svg class="chart" id="c"></svg></body></html>`), 0o644))
	info := load(t, bctx, file)
	assert.NotEmpty(t, info.violations)
	require.Len(t, info.charts, 1)
	assert.Zero(t, info.charts[0].Rects)
	assert.Empty(t, info.charts[0].Title)

	file2 := filepath.Join(t.TempDir(), "open.html")
	require.NoError(t, os.WriteFile(file2, []byte(`<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">`), 0o644))
	assert.NotEmpty(t, load(t, bctx, file2).requests)
}
