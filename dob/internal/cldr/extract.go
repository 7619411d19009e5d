//go:build ignore

// extract is stage 1 of the dob language tables: it fetches the Unicode CLDR
// package cldr-dates-full from the npm registry (npm pack, into a temporary
// directory that is removed afterwards) and writes dates.json, the few
// Gregorian-calendar fields dob needs for the locales it reads. Stage 2
// (go generate in dob, no network) turns dates.json into cldr_tables.go.
//
// Run from this directory: go run extract.go [-version 48.2.0]
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// locales are the CLDR locales dob reads: every language the customer
// messages speak, their neighbours, and the CJK locales for their markers.
var locales = []string{
	"en", "en-GB", "de", "de-AT", "de-CH", "fr", "fr-CA", "es", "es-MX", "it", "nl", "pt", "pt-PT",
	"pl", "cs", "sk", "sl", "hu", "ro", "el", "tr", "ru", "uk", "bg", "sv", "da", "nb", "nn", "fi",
	"hr", "ja", "zh", "ko",
}

// The output: per locale, the fields below. Weekdays run from Sunday.
type localeData struct {
	Months      map[string][12]string `json:"months"`      // "format-wide", "stand-alone-abbreviated", ...
	Days        map[string][7]string  `json:"days"`        // "format-wide", "format-short", ...
	Eras        []string              `json:"eras"`        // the names of the common era (AD/CE), all widths and variants
	DateFormats map[string]string     `json:"dateFormats"` // full, long, medium, short
	Available   map[string]string     `json:"available"`   // availableFormats with year, month and day
	AtTime      []string              `json:"atTime"`      // date-time glue patterns ({1} date, {0} time)
	TimeFormats []string              `json:"timeFormats"` // full..short, variants, and the H, Hm, Hms skeletons
}

type output struct {
	Source  string                 `json:"source"`
	Version string                 `json:"version"`
	Locales map[string]*localeData `json:"locales"`
}

func main() {
	version := flag.String("version", "48.2.0", "cldr-dates-full version")
	out := flag.String("o", "dates.json", "output file")
	flag.Parse()
	tmp, err := os.MkdirTemp("", "cldr")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("npm", "pack", "--loglevel=error", "cldr-dates-full@"+*version, "--pack-destination", tmp)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	name, err := cmd.Output()
	if err != nil {
		log.Fatalf("npm pack: %v\n%s", err, stderr.Bytes())
	}
	files, err := untar(filepath.Join(tmp, strings.TrimSpace(string(name))))
	if err != nil {
		log.Fatal(err)
	}
	var pkg struct{ Name, Version string }
	if err := json.Unmarshal(files["package/package.json"], &pkg); err != nil {
		log.Fatal(err)
	}
	o := output{Source: "npm " + pkg.Name, Version: pkg.Version, Locales: map[string]*localeData{}}
	for _, loc := range locales {
		raw, ok := files["package/main/"+loc+"/ca-gregorian.json"]
		if !ok {
			log.Fatalf("no gregorian calendar for %s", loc)
		}
		d, err := extract(raw, loc)
		if err != nil {
			log.Fatalf("%s: %v", loc, err)
		}
		o.Locales[loc] = d
	}
	b, err := json.MarshalIndent(o, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		log.Fatal(err)
	}
}

func untar(path string) (map[string][]byte, error) {
	f, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(f))
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Name == "package/package.json" || strings.HasSuffix(h.Name, "/ca-gregorian.json") {
			b, err := io.ReadAll(tr)
			if err != nil {
				return nil, err
			}
			files[h.Name] = b
		}
	}
}

type gregorian struct {
	Months   map[string]map[string]map[string]string `json:"months"`
	Days     map[string]map[string]map[string]string `json:"days"`
	Eras     map[string]map[string]string            `json:"eras"`
	DateFmts map[string]string                       `json:"dateFormats"`
	TimeFmts map[string]string                       `json:"timeFormats"`
	DateTime struct {
		Available map[string]string `json:"availableFormats"`
	} `json:"dateTimeFormats"`
	AtTime map[string]map[string]string `json:"dateTimeFormats-atTime"`
}

var dayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

func extract(raw []byte, loc string) (*localeData, error) {
	var doc struct {
		Main map[string]struct {
			Dates struct {
				Calendars struct {
					Gregorian gregorian `json:"gregorian"`
				} `json:"calendars"`
			} `json:"dates"`
		} `json:"main"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	g := doc.Main[loc].Dates.Calendars.Gregorian
	d := &localeData{Months: map[string][12]string{}, Days: map[string][7]string{},
		DateFormats: map[string]string{}, Available: map[string]string{}}
	for _, ctx := range []string{"format", "stand-alone"} {
		for _, w := range []string{"wide", "abbreviated"} {
			var m [12]string
			for i := range m {
				m[i] = g.Months[ctx][w][fmt.Sprint(i+1)]
				if m[i] == "" {
					return nil, fmt.Errorf("month %d %s %s missing", i+1, ctx, w)
				}
			}
			d.Months[ctx+"-"+w] = m
		}
		for _, w := range []string{"wide", "abbreviated", "short"} {
			var m [7]string
			for i, k := range dayKeys {
				m[i] = g.Days[ctx][w][k]
			}
			d.Days[ctx+"-"+w] = m
		}
	}
	eras := map[string]bool{}
	for _, w := range []string{"eraNames", "eraAbbr", "eraNarrow"} {
		for _, k := range []string{"1", "1-alt-variant"} {
			if e := g.Eras[w][k]; e != "" {
				eras[e] = true
			}
		}
	}
	d.Eras = sorted(eras)
	for _, k := range []string{"full", "long", "medium", "short"} {
		d.DateFormats[k] = g.DateFmts[k]
	}
	for k, v := range g.DateTime.Available {
		// Skeletons with a year, a numeric or named month and a day.
		if strings.HasPrefix(k, "y") && strings.Contains(k, "M") && strings.Contains(k, "d") &&
			!strings.ContainsAny(k, "GQwWhHmsBa") {
			d.Available[k] = v
		}
	}
	at := map[string]bool{}
	for _, v := range g.AtTime["standard"] {
		at[v] = true
	}
	d.AtTime = sorted(at)
	tf := map[string]bool{}
	for _, v := range g.TimeFmts {
		tf[v] = true
	}
	for _, k := range []string{"H", "Hm", "Hms"} {
		if v := g.DateTime.Available[k]; v != "" {
			tf[v] = true
		}
	}
	d.TimeFormats = sorted(tf)
	return d, nil
}

func sorted(m map[string]bool) []string {
	s := make([]string, 0, len(m))
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}
