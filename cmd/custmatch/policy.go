package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/custmatch/custmatch/policy"
)

const policyHead = `Usage: custmatch policy [flags]

Prints the comparison logic in effect under the policy flags (the same flags as batch and compare), for
the payment provider's customer care: the policy version, every setting as set, every rule in plain words
with examples computed under these settings, and the meaning of every code a verdict carries. The
provider's onboarding asks each merchant to provide it.

Exit codes: 0 printed; 1 write error; 2 usage error (bad flag, unsupported language or format).

Flags:
`

// runPolicy implements "custmatch policy".
func runPolicy(args []string, stdout, stderr io.Writer) int {
	const name = "custmatch policy"
	var p policyFlags
	fs := flag.NewFlagSet("policy", flag.ContinueOnError)
	p.register(fs)
	format := fs.String("format", "md", "output format: md (Markdown), html (one page) or json")
	lang := fs.String("lang", "en", "language of the document: "+policyLanguages())
	pos, code, ok := parseFlags(fs, args, policyHead, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, name, fmt.Sprintf("unexpected argument %q", pos[0]))
	}
	write := map[string]func(*policy.Document, io.Writer) error{
		"md": (*policy.Document).WriteMarkdown, "html": (*policy.Document).WriteHTML, "json": (*policy.Document).WriteJSON,
	}[*format]
	if write == nil {
		return usageError(stderr, name, "--format: want md, html or json")
	}
	// matcher validates the flags (through match.New) and completes p.opts (date order, reference date).
	if _, err := p.matcher(); err != nil {
		return usageError(stderr, name, err.Error())
	}
	tag, err := language.Parse(*lang)
	if err != nil {
		return usageError(stderr, name, "--lang: want one of "+policyLanguages())
	}
	d, err := policy.Describe(p.opts, tag)
	if errors.Is(err, policy.ErrLanguage) {
		return usageError(stderr, name, "--lang: want one of "+policyLanguages())
	}
	if err == nil {
		err = write(d, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitFailure
	}
	return exitOK
}

// policyLanguages lists the languages of the policy document: "en, de".
func policyLanguages() string {
	var s string
	for i, t := range policy.Languages() {
		if i > 0 {
			s += ", "
		}
		s += t.String()
	}
	return s
}
